#include "commands.h"

#include "clioptions.h"
#include "faces/facematcher.h"
#include "faces/modellocator.h"
#include "enrolment/recognitiongallery.h"
#include "printablecontent.h"
#include "screening/readablereport.h"
#include "screening/screener.h"
#include "storage/registry.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QThreadPool>

namespace bw::cli {

int runScreen(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption channelOption(QStringLiteral("channel"), QStringLiteral("Channel id."), QStringLiteral("ID"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Export folder."), QStringLiteral("OUTDIR"));
    const QCommandLineOption reportOption(QStringLiteral("report"), QStringLiteral("Report JSON path."), QStringLiteral("REPORT.json"));
    const QCommandLineOption atOption(QStringLiteral("at"), QStringLiteral("Evaluate consent on this date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption strictnessOption(QStringLiteral("strictness"), QStringLiteral("normal, strict or very-strict (default: the school's setting; at least strict for extern channels)."), QStringLiteral("LEVEL"));
    const QCommandLineOption redactionOption(QStringLiteral("redaction"), QStringLiteral("blur, pixelate or solid."), QStringLiteral("MODE"), QStringLiteral("blur"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Worker threads (default: all cores)."), QStringLiteral("N"));
    const QCommandLineOption noBatchReferencesOption(QStringLiteral("no-batch-references"), QStringLiteral("Match against the reference photos only: no same-day references from this batch."));
    parser.addOptions({channelOption, outOption, reportOption, atOption, strictnessOption, redactionOption, threadsOption,
                       noBatchReferencesOption});
    parser.addPositionalArgument(QStringLiteral("PHOTO_OR_DIR"), QStringLiteral("Photos or folders of photos."));
    if (!parser.parse(QStringList{QStringLiteral("screen")} + arguments))
        return failRun(context, parser.errorText());
    for (const QCommandLineOption &required : {channelOption, outOption, reportOption}) {
        if (!parser.isSet(required))
            return failRun(context, QStringLiteral("screen needs --%1").arg(required.names().first()));
    }
    if (parser.positionalArguments().isEmpty())
        return failRun(context, QStringLiteral("screen needs at least one photo or folder"));

    Result<QDate> moment = parseMoment(parser.value(atOption));
    Result<std::optional<Strictness>> strictness = parseOptionalStrictness(parser.value(strictnessOption));
    Result<RedactionMode> redactionMode = parseRedactionMode(parser.value(redactionOption));
    for (const Error *error : {moment ? nullptr : &moment.error(), strictness ? nullptr : &strictness.error(),
                               redactionMode ? nullptr : &redactionMode.error()}) {
        if (error != nullptr)
            return failRun(context, error->message);
    }

    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    RedactionSettings redaction;
    redaction.mode = *redactionMode;
    Result<ScreeningJob> job = prepareScreeningJob(**registry, parser.value(channelOption), *moment,
                                                   redaction, *strictness);
    if (!job)
        return failRun(context, job.error().message);
    Result<ModelFiles> models = ModelLocator::locate(context.applicationDir);
    if (!models)
        return failRun(context, models.error().message);
    // Only pupils with face-recognition consent are candidates; expired ones are deleted first.
    Result<std::vector<ReferenceDescriptor>> gallery = recognitionGallery(**registry, *moment);
    if (!gallery)
        return failRun(context, gallery.error().message);

    const QStringList sources = Screener::collectPhotos(parser.positionalArguments());
    if (sources.isEmpty())
        return failRun(context, QStringLiteral("no photos found in %1").arg(parser.positionalArguments().join(QStringLiteral(", "))));

    PhotoAnalyser analyser(*models, std::move(*gallery), job->match());
    if (Result<void> prepared = analyser.prepare(); !prepared)
        return failRun(context, prepared.error().message);

    job->sources = sources;
    job->outputDir = parser.value(outOption);
    job->reportPath = parser.value(reportOption);
    job->batchReferences = !parser.isSet(noBatchReferencesOption);

    QThreadPool pool;
    if (parser.isSet(threadsOption))
        pool.setMaxThreadCount(qMax(1, parser.value(threadsOption).toInt()));
    Screener screener(analyser, std::move(*job));
    Result<ScreeningOutcome> outcome = screener.run(&pool, registry->get());
    if (!outcome)
        return failRun(context, outcome.error().message);
    // The readable report also as PDF, beside the JSON (REPORT.pdf), in Dutch.
    const QString &pdf = outcome->reportFiles.pdf;
    if (Result<void> written = documents::writePdf(documents::printable(readableReport(outcome->report)), pdf); !written)
        return failRun(context, written.error().message);
    context.out << "screened " << outcome->report.photos.size() << " photos for " << outcome->report.channel.id
                << ": " << outcome->exported << " exported, " << outcome->needsReview << " need review, "
                << outcome->excluded << " excluded, " << outcome->hiddenFaces << " faces hidden ("
                << outcome->hiddenPossibleFaces << " of them possible faces); report "
                << parser.value(reportOption) << Qt::endl;
    return 0;
}

} // namespace bw::cli
