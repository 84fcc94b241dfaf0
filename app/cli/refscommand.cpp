#include "commands.h"

#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "enrolment/referenceimporter.h"
#include "enrolment/referenceoverview.h"
#include "storage/registry.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bw::cli {

namespace {

const QString kUsage = QStringLiteral("usage: refs import DIR   (DIR/<pupil name>/*.jpg|png|heic) | refs list [--json]");

int importReferences(CliContext &context, const QString &dir)
{
    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    Result<ModelFiles> models = ModelLocator::locate(context.applicationDir);
    if (!models)
        return failRun(context, models.error().message);
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    if (!engine)
        return failRun(context, engine.error().message);

    ReferenceImporter importer(**registry);
    Result<std::vector<ReferenceResult>> results = importer.importFolder(**engine, dir);
    if (!results)
        return failRun(context, results.error().message);

    int stored = 0;
    int known = 0;
    int refused = 0;
    for (const ReferenceResult &result : *results) {
        if (!result.check.usable()) {
            ++refused;
            context.err << "refused: " << result.check.error->message << Qt::endl;
            continue;
        }
        result.stored ? ++stored : ++known;
        if (result.check.outdated)
            context.err << "warning: " << result.check.file
                        << " is more than a year old; a newer photo recognises this pupil better" << Qt::endl;
    }
    context.out << stored << " reference photos stored, " << known << " already known, " << refused
                << " refused" << Qt::endl;
    return 0;
}

QJsonObject pupilJson(const PupilReferences &entry)
{
    QJsonArray references;
    for (const ReferenceDates &dates : entry.references) {
        references.append(QJsonObject{{QStringLiteral("taken"), dates.taken.toString(Qt::ISODate)},
                                      {QStringLiteral("added"), dates.added.toString(Qt::ISODate)},
                                      {QStringLiteral("expires"), dates.expires.toString(Qt::ISODate)},
                                      {QStringLiteral("outdated"), dates.outdated}});
    }
    return QJsonObject{{QStringLiteral("leerling"), entry.pupil.name},
                       {QStringLiteral("groep"), entry.pupil.className},
                       {QStringLiteral("biometrics"), QJsonObject{{QStringLiteral("allowed"), entry.recognitionAllowed},
                                                                  {QStringLiteral("reason"), reasonCode(entry.reason)}}},
                       {QStringLiteral("references"), references}};
}

QString pupilLine(const PupilReferences &entry)
{
    QStringList dates;
    for (const ReferenceDates &reference : entry.references) {
        dates << QStringLiteral("taken %1 added %2 expires %3%4")
                     .arg(reference.taken.toString(Qt::ISODate), reference.added.toString(Qt::ISODate),
                          reference.expires.toString(Qt::ISODate),
                          reference.outdated ? QStringLiteral(" outdated") : QString());
    }
    return QStringLiteral("%1\t%2\trecognition=%3\t%4 references%5")
        .arg(entry.pupil.name, entry.pupil.className,
             entry.recognitionAllowed ? QStringLiteral("yes") : reasonCode(entry.reason))
        .arg(entry.references.size())
        .arg(dates.isEmpty() ? QString() : QStringLiteral(": ") + dates.join(QStringLiteral("; ")));
}

int listReferences(CliContext &context, bool json)
{
    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    const Result<std::vector<PupilReferences>> overview = referenceOverview(**registry, QDate::currentDate());
    if (!overview)
        return failRun(context, overview.error().message);
    QJsonArray array;
    for (const PupilReferences &entry : *overview) {
        if (json)
            array.append(pupilJson(entry));
        else
            context.out << pupilLine(entry) << "\n";
    }
    if (json)
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    context.out.flush();
    return 0;
}

} // namespace

int runRefs(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("import") && arguments.size() == 2)
        return importReferences(context, arguments[1]);
    if (sub == QLatin1String("list") && arguments.size() <= 2
        && (arguments.size() == 1 || arguments[1] == QLatin1String("--json")))
        return listReferences(context, arguments.size() == 2);
    return failRun(context, kUsage);
}

} // namespace bw::cli
