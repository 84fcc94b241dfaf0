// requests make --channel ID --out DIR PHOTO_OR_DIR...: for each photo that waits for
// per-photo consent, one letter per pupil (PDF and e-mail-ready HTML, DIR/CODE.pdf and
// DIR/CODE.html) and the overview DIR/verzoeken.csv of the requests of this run.
#include "commands.h"

#include "enrolment/recognitiongallery.h"
#include "faces/modellocator.h"
#include "pdfdocument.h"
#include "printablecontent.h"
#include "requests/photorequestmaker.h"
#include "requests/requestoverview.h"
#include "screening/screener.h"
#include "screening/screeningjob.h"
#include "storage/registry.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>

namespace bw::cli {

namespace {

// Written whole or not at all (a temporary file renamed into place).
bool writeFile(CliContext &context, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    context.err << "beeldwacht-cli: cannot write " << path << ": " << file.errorString() << Qt::endl;
    return false;
}

bool writeLetter(CliContext &context, const QDir &out, const MadeRequest &made)
{
    const QString base = out.filePath(made.request.code);
    if (Result<void> pdf = documents::writePdf(documents::printable(made.letter), base + QStringLiteral(".pdf")); !pdf) {
        context.err << "beeldwacht-cli: " << pdf.error().message << Qt::endl;
        return false;
    }
    return writeFile(context, base + QStringLiteral(".html"), standaloneHtml(made.letter));
}

// The letters for every photo; the rows of the overview. False after the first failure.
bool makeAll(CliContext &context, PhotoAnalyser &analyser, PhotoRequestMaker &maker, const QStringList &sources,
             const QDir &out, std::vector<RequestRow> &rows)
{
    for (const QString &source : sources) {
        Result<AnalysedPhoto> photo = analyser.analyse(source);
        if (!photo) {
            // Never a letter from a photo whose faces are not all known: skip it, say so.
            context.err << "beeldwacht-cli: skipped " << source << ": " << photo.error().message << Qt::endl;
            continue;
        }
        Result<std::vector<MadeRequest>> made = maker.make(*photo);
        if (!made) {
            failRun(context, made.error().message);
            return false;
        }
        for (const MadeRequest &request : *made) {
            if (!writeLetter(context, out, request))
                return false;
            rows.push_back({request.request, request.pupil});
        }
    }
    return true;
}

} // namespace

int makeRequests(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption channelOption(QStringLiteral("channel"), QStringLiteral("Channel id."), QStringLiteral("ID"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the letters."), QStringLiteral("DIR"));
    parser.addOptions({channelOption, outOption});
    if (!parser.parse(QStringList{QStringLiteral("requests make")} + arguments) || !parser.isSet(channelOption)
        || !parser.isSet(outOption) || parser.positionalArguments().isEmpty())
        return failRun(context, QStringLiteral("usage: requests make --channel ID --out DIR PHOTO_OR_DIR..."));

    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    const QDate today = QDate::currentDate();
    Result<ScreeningJob> job = prepareScreeningJob(**registry, parser.value(channelOption), today);
    if (!job)
        return failRun(context, job.error().message);
    if (!job->consent.channel.rules.perPhotoConsent)
        return failRun(context, QStringLiteral("channel %1 does not ask consent per photo (for the website: "
                                               "`settings website_per_photo_consent ja`)")
                                    .arg(job->consent.channel.id));
    Result<SchoolSettings> settings = (*registry)->schoolSettings();
    Result<ModelFiles> models = ModelLocator::locate(context.applicationDir);
    Result<std::vector<ReferenceDescriptor>> gallery = recognitionGallery(**registry, today);
    for (const Error *error : {settings ? nullptr : &settings.error(), models ? nullptr : &models.error(),
                               gallery ? nullptr : &gallery.error()}) {
        if (error != nullptr)
            return failRun(context, error->message);
    }
    const QStringList sources = Screener::collectPhotos(parser.positionalArguments());
    if (sources.isEmpty())
        return failRun(context, QStringLiteral("no photos found in %1").arg(parser.positionalArguments().join(QStringLiteral(", "))));
    const QDir out(parser.value(outOption));
    if (!QDir().mkpath(out.path()))
        return failRun(context, QStringLiteral("cannot create the folder %1").arg(out.path()));

    PhotoAnalyser analyser(*models, std::move(*gallery), job->match());
    if (Result<void> prepared = analyser.prepare(); !prepared)
        return failRun(context, prepared.error().message);
    PhotoRequestMaker maker(**registry, job->consent, *settings, job->redaction);
    std::vector<RequestRow> rows;
    if (!makeAll(context, analyser, maker, sources, out, rows))
        return 1;
    const QString overview = out.filePath(QStringLiteral("verzoeken.csv"));
    if (!writeFile(context, overview, requestOverviewCsv(rows, today)))
        return 1;
    context.out << rows.size() << " requests for " << sources.size() << " photos on " << job->consent.channel.id
                << "; letters and overview in " << out.path() << Qt::endl;
    return 0;
}

} // namespace bw::cli
