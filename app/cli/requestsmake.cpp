// requests make --channel ID --out DIR PHOTO_OR_DIR...: for each photo that waits for
// per-photo consent, one request per pupil; the letters (one per family: PDF and e-mail-ready
// HTML, DIR/CODE.pdf and DIR/CODE.html) and the overview DIR/verzoeken.csv of the requests of
// this run, written by app/documents' writeRequestLetters (the app writes them there too).
#include "commands.h"

#include "enrolment/recognitiongallery.h"
#include "faces/modellocator.h"
#include "requestletterwriter.h"
#include "requests/photorequestmaker.h"
#include "screening/screener.h"
#include "screening/screeningjob.h"
#include "storage/registry.h"

#include <QCommandLineParser>

namespace bw::cli {

namespace {

// The requests of every photo that could be analysed; nullopt after a registry failure.
std::optional<std::vector<PhotoRequestSet>> makeAll(CliContext &context, PhotoAnalyser &analyser,
                                                    PhotoRequestMaker &maker, const QStringList &sources)
{
    std::vector<PhotoRequestSet> sets;
    for (const QString &source : sources) {
        Result<AnalysedPhoto> photo = analyser.analyse(source);
        if (!photo) {
            // Never a letter from a photo whose faces are not all known: skip it, say so.
            context.err << "beeldwacht-cli: skipped " << source << ": " << photo.error().message << Qt::endl;
            continue;
        }
        Result<PhotoRequestSet> made = maker.make(photo->analysis);
        if (!made) {
            failRun(context, made.error().message);
            return std::nullopt;
        }
        if (!made->requests.empty())
            sets.push_back(std::move(*made));
    }
    return sets;
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
    const QString out = parser.value(outOption);
    if (Result<void> folder = documents::prepareLetterFolder(out); !folder)
        return failRun(context, folder.error().message);

    PhotoAnalyser analyser(*models, std::move(*gallery), job->match());
    if (Result<void> prepared = analyser.prepare(); !prepared)
        return failRun(context, prepared.error().message);
    PhotoRequestMaker maker(**registry, job->consent, *settings);
    const std::optional<std::vector<PhotoRequestSet>> sets = makeAll(context, analyser, maker, sources);
    if (!sets)
        return 1;
    const LetterSettings letters{job->consent.channel, settings->schoolName, job->redaction, today};
    const Result<documents::WrittenLetters> written = documents::writeRequestLetters(out, *sets, letters, analyser);
    if (!written)
        return failRun(context, written.error().message);
    context.out << written->requests << " requests for " << sources.size() << " photos on " << job->consent.channel.id
                << "; " << written->letters << " letters and the overview in " << out << Qt::endl;
    return 0;
}

} // namespace bw::cli
