#include "commands.h"

#include "consent/consentform.h"
#include "pdfdocument.h"
#include "storage/registry.h"

#include <QDate>
#include <QSet>

namespace bw::cli {

namespace {

const QString kUsage = QStringLiteral("usage: consent form --out FORM.pdf [--class GROUP]");

// consent form --out FORM.pdf [--class GROUP]: one printable Dutch form per active pupil
// (of the class), with the school's questions and the face-recognition question apart.
int writeForms(CliContext &context, const QStringList &arguments)
{
    QString out;
    QString className;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--out") && i + 1 < arguments.size())
            out = arguments[++i];
        else if (arguments[i] == QLatin1String("--class") && i + 1 < arguments.size())
            className = arguments[++i];
        else
            return failRun(context, kUsage);
    }
    if (out.isEmpty())
        return failRun(context, kUsage);

    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    const Result<std::vector<Pupil>> all = (*registry)->pupils();
    const Result<QStringList> categories = (*registry)->categories();
    const Result<SchoolSettings> settings = (*registry)->schoolSettings();
    for (const Error *error : {all ? nullptr : &all.error(), categories ? nullptr : &categories.error(),
                               settings ? nullptr : &settings.error()}) {
        if (error != nullptr)
            return failRun(context, error->message);
    }
    const ConsentForm form = consentForm(*all, *categories, *settings, QDate::currentDate(), className);
    if (form.pupils == 0) {
        QSet<QString> classes;
        for (const Pupil &pupil : *all)
            classes.insert(pupil.className);
        QStringList known(classes.begin(), classes.end());
        known.sort();
        return failRun(context, className.isEmpty()
                                    ? QStringLiteral("the registry has no pupils; import the pupils first")
                                    : QStringLiteral("no pupils in class '%1' (classes: %2)")
                                          .arg(className, known.join(QStringLiteral(", "))));
    }
    if (Result<void> written = documents::writePdf(documents::PrintableDocument{form.title, form.html, {}}, out); !written)
        return failRun(context, written.error().message);
    context.out << "consent forms for " << form.pupils << " pupils written to " << out << Qt::endl;
    return 0;
}

} // namespace

int runConsent(CliContext &context, const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("form"))
        return failRun(context, kUsage);
    return writeForms(context, arguments.mid(1));
}

} // namespace bw::cli
