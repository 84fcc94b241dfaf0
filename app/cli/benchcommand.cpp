#include "commands.h"

#include "benchgroundtruth.h"

#include "faces/faceengine.h"
#include "faces/facematcher.h"
#include "faces/modellocator.h"
#include "imaging/photoloader.h"
#include "screening/screener.h"
#include "storage/registry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>

#include <ctime>
#include <map>

// `bench`: the face stages on a reproducible batch. Figures are printed, never asserted.
namespace bw::cli {

namespace {

struct BenchOptions {
    int syntheticPhotos = 3;
    int pipelinePhotos = 0;   // > 0: also time the whole screen pipeline on this many photos
    QString facesDir;       // real-face photos to paste (the fetched test images)
    QString pascalDir;      // faces-pascal, for detection recall
    QStringList photos;     // extra photos to time
    FaceEngineSettings engine;
};

struct StageTotals {
    double decode = 0, detect = 0, describe = 0, match = 0;
    int photos = 0, faces = 0;
};

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// A folder next to the verified models in the build tree (share/beeldwacht/models links
// to fetched/models), so that `bench` works without options there.
QString besideModels(const ModelFiles &models, const QString &relative)
{
    const QString modelsDir = QFileInfo(QFileInfo(models.centerFace).canonicalFilePath()).absolutePath();
    const QString dir = QDir::cleanPath(modelsDir + QLatin1Char('/') + relative);
    return QFileInfo(dir).isDir() ? dir : QString();
}

Result<BenchOptions> parseOptions(const QStringList &arguments)
{
    BenchOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        auto value = [&]() -> QString { return i + 1 < arguments.size() ? arguments[++i] : QString(); };
        bool ok = true;
        if (a == QLatin1String("--synthetic"))
            options.syntheticPhotos = value().toInt(&ok);
        else if (a == QLatin1String("--pipeline"))
            options.pipelinePhotos = value().toInt(&ok);
        else if (a == QLatin1String("--faces"))
            options.facesDir = value();
        else if (a == QLatin1String("--pascal"))
            options.pascalDir = value();
        else if (a == QLatin1String("--min-face"))
            options.engine.detector.minFaceSize = value().toFloat(&ok);
        else if (a == QLatin1String("--net-face"))
            options.engine.detector.minFaceInNetwork = value().toFloat(&ok);
        else if (a == QLatin1String("--score"))
            options.engine.detector.scoreThreshold = value().toFloat(&ok);
        else if (a == QLatin1String("--coarse"))
            options.engine.detector.coarseLongSide = value().toInt(&ok);
        else if (a == QLatin1String("--tile"))
            options.engine.detector.tileSize = value().toInt(&ok);
        else if (a == QLatin1String("--overlap"))
            options.engine.detector.tileOverlap = value().toInt(&ok);
        else if (a.startsWith(QLatin1String("--")))
            return fail(ErrorCode::InvalidArgument, MessageId::InvalidOption, QStringLiteral("a bench option"), a,
                        QStringLiteral("one that bench knows"));
        else
            options.photos << a;
        if (!ok)
            return fail(ErrorCode::InvalidArgument, MessageId::InvalidOption, a, arguments.value(i),
                        QStringLiteral("a number"));
    }
    return options;
}

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("n/a");
}

// The whole `screen` pipeline (decode, detect, describe, match, decide, redact, encode, write)
// on all cores, as the CLI runs it, over `count` photos cycling through the synthetic ones.
void benchPipeline(QTextStream &out, const ModelFiles &models, const std::vector<ReferenceDescriptor> &gallery,
                   const FaceEngineSettings &engineSettings, const std::vector<GroundTruthPhoto> &batch,
                   int synthetic, int count, const QString &scratch)
{
    Result<std::unique_ptr<Registry>> registry = Registry::open(scratch + QStringLiteral("/registry"));
    Result<ScreeningJob> job = registry ? prepareScreeningJob(**registry, QStringLiteral("parro"), QDate::currentDate())
                                        : Result<ScreeningJob>(std::unexpected(registry.error()));
    if (!job) {
        out << "pipeline: " << job.error().message << "\n";
        return;
    }
    PhotoAnalyser analyser(models, gallery, job->match(), {}, engineSettings);
    if (Result<void> prepared = analyser.prepare(); !prepared) {
        out << "pipeline: " << prepared.error().message << "\n";
        return;
    }
    for (int i = 0; i < count; ++i)
        job->sources << batch[std::size_t(i % synthetic)].path;
    job->outputDir = scratch + QStringLiteral("/pipeline-out");
    job->reportPath = scratch + QStringLiteral("/pipeline-report.json");

    QThreadPool pool;
    QElapsedTimer clock;
    clock.start();
    const std::clock_t cpuStart = std::clock();
    Screener screener(analyser, std::move(*job));
    Result<ScreeningOutcome> outcome = screener.run(&pool, nullptr);
    const double wall = msSince(clock);
    const double cpu = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!outcome) {
        out << "pipeline: " << outcome.error().message << "\n";
        return;
    }
    const StageTimes &t = outcome->times;
    const double n = count;
    out << QStringLiteral("pipeline, %1 photos of 12 MP on %2 threads: %3 photos/s (%4 ms wall per photo, %5 ms CPU)\n")
               .arg(count).arg(pool.maxThreadCount()).arg(n * 1000.0 / wall, 0, 'f', 2)
               .arg(wall / n, 0, 'f', 0).arg(cpu / n, 0, 'f', 0);
    out << QStringLiteral("  per photo (thread time): decode %1, detect %2, align+describe %3, match %4, redact %5, "
                          "resize+encode+write %6 ms; %7 exported, %8 faces hidden\n")
               .arg(t.decode / n, 0, 'f', 0).arg(t.detect / n, 0, 'f', 0).arg(t.describe / n, 0, 'f', 0)
               .arg(t.match / n, 0, 'f', 2).arg(t.redact / n, 0, 'f', 0).arg(t.encode / n, 0, 'f', 0)
               .arg(outcome->exported).arg(outcome->hiddenFaces);
}

// Real faces to paste, and a gallery made of them: pupil 1 = obama, pupil 2 = biden.
struct FaceSources {
    std::vector<std::pair<cv::Mat, cv::Rect2f>> sources;
    std::vector<ReferenceDescriptor> gallery;
};

FaceSources loadFaceSources(FaceEngine &engine, const QString &facesDir)
{
    FaceSources faces;
    for (const QString &name : {QStringLiteral("obama.jpg"), QStringLiteral("biden.jpg"), QStringLiteral("obama2.jpg"),
                                QStringLiteral("obama3.jpg")}) {
        const Result<DecodedPhoto> photo = loadPhoto(QDir(facesDir).filePath(name));
        if (!photo)
            continue;
        const Result<std::vector<AnalysedFace>> found = engine.analyse(photo->image);
        if (!found || found->size() != 1 || !(*found)[0].descriptor)
            continue;
        faces.sources.push_back({photo->image, (*found)[0].box.rect});
        faces.gallery.push_back({name.startsWith(QLatin1String("biden")) ? 2 : 1, *(*found)[0].descriptor,
                                 QDate::currentDate()});
    }
    return faces;
}

// The synthetic 12 MP group photos (written into `scratch`) and the photos given.
std::vector<GroundTruthPhoto> makeBatch(const BenchOptions &options, const FaceSources &faces,
                                        const QTemporaryDir &scratch, QTextStream &out)
{
    std::vector<GroundTruthPhoto> batch;
    if (faces.sources.empty()) {
        out << "no real-face photos in '" << options.facesDir << "' (use --faces DIR): no synthetic photos\n";
    } else {
        for (int seed = 0; seed < options.syntheticPhotos; ++seed) {
            cv::Mat canvas;
            GroundTruthPhoto photo{scratch.filePath(QStringLiteral("group%1.jpg").arg(seed)),
                                   composeGroupPhoto(faces.sources, seed, canvas)};
            cv::imwrite(photo.path.toStdString(), canvas, {cv::IMWRITE_JPEG_QUALITY, 92});
            batch.push_back(photo);
        }
    }
    for (const QString &path : options.photos)
        batch.push_back({path, {}});
    return batch;
}

void printStageTotals(QTextStream &out, const StageTotals &totals, std::clock_t cpuStart)
{
    if (totals.photos == 0)
        return;
    const double n = totals.photos;
    const double total = totals.decode + totals.detect + totals.describe + totals.match;
    out << QStringLiteral("per photo: decode %1 ms, detect %2 ms, align+describe %3 ms, match %4 ms, total %5 ms\n")
               .arg(totals.decode / n, 0, 'f', 0).arg(totals.detect / n, 0, 'f', 0).arg(totals.describe / n, 0, 'f', 0)
               .arg(totals.match / n, 0, 'f', 2).arg(total / n, 0, 'f', 0);
    // CPU time over cores: on a busy machine wall time also counts waiting for a core.
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    out << QStringLiteral("CPU time per photo (all threads): %1 ms\n").arg(cpuMs / n, 0, 'f', 0);
    out << QStringLiteral("faces/s (whole pipeline): %1; describe: %2 ms per face\n")
               .arg(totals.faces / (total / 1000.0), 0, 'f', 1)
               .arg(totals.faces > 0 ? totals.describe / totals.faces : 0.0, 0, 'f', 1);
}

void printMatchOutcomes(QTextStream &out, const std::map<MatchStatus, int> &statuses)
{
    if (statuses.empty())
        return;
    static const std::map<MatchStatus, const char *> kNames{
        {MatchStatus::Matched, "matched"}, {MatchStatus::NoMatch, "no match"}, {MatchStatus::Ambiguous, "ambiguous"},
        {MatchStatus::TooSmall, "too small"}, {MatchStatus::TooBlurred, "too blurred"},
        {MatchStatus::DuplicatePupil, "duplicate pupil"}, {MatchStatus::NotDescribed, "not described"}};
    out << "match outcomes (strictness normal):";
    for (const auto &[status, count] : statuses)
        out << " " << kNames.at(status) << " " << count;
    out << "\n";
}

void printSyntheticRecall(QTextStream &out, const RecallCount &synthetic, const std::map<int, std::pair<int, int>> &bySize)
{
    if (synthetic.truth == 0)
        return;
    out << QStringLiteral("synthetic 12 MP: recall %1/%2, spurious boxes per photo %3; found by face width:")
               .arg(synthetic.found).arg(synthetic.truth).arg(double(synthetic.spurious) / synthetic.photos, 0, 'f', 2);
    for (const auto &[width, count] : bySize)
        out << " " << width << "px " << count.first << "/" << count.second;
    out << "\n";
}

// Decode, detect, describe and match each photo of the batch on this thread, with figures
// per photo and per stage, match outcomes and the synthetic photos' detection recall.
Result<void> benchStages(QTextStream &out, FaceEngine &engine, const std::vector<GroundTruthPhoto> &batch,
                         const std::vector<ReferenceDescriptor> &gallery)
{
    const MatchSettings matchSettings = fromStrictness(Strictness::Normal);
    StageTotals totals;
    RecallCount synthetic;
    std::map<MatchStatus, int> statuses;
    std::map<int, std::pair<int, int>> bySize;
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer clock;
    for (const GroundTruthPhoto &item : batch) {
        clock.start();
        const Result<DecodedPhoto> photo = loadPhoto(item.path);
        const double decode = msSince(clock);
        if (!photo) {
            out << "  " << photo.error().message << "\n";
            continue;
        }
        clock.restart();
        const Result<std::vector<FaceBox>> boxes = engine.detect(photo->image);
        const double detect = msSince(clock);
        if (!boxes)
            return std::unexpected(boxes.error());
        clock.restart();
        const Result<std::vector<FaceDescription>> descriptions = engine.describe(photo->image, *boxes);
        const double describe = msSince(clock);
        if (!descriptions)
            return std::unexpected(descriptions.error());
        clock.restart();
        const std::vector<FaceMatch> matches = matchFaces(*descriptions, gallery, matchSettings);
        const double match = msSince(clock);
        for (const FaceMatch &m : matches)
            ++statuses[m.status];
        const auto matched = std::count_if(matches.begin(), matches.end(), [](const FaceMatch &m) { return m.pupilId.has_value(); });
        out << QStringLiteral("  %1 (%2x%3): %4 faces, %5 matched; decode %6 ms, detect %7 ms, describe %8 ms, match %9 ms\n")
                   .arg(QFileInfo(item.path).fileName()).arg(photo->image.cols).arg(photo->image.rows).arg(boxes->size())
                   .arg(matched).arg(decode, 0, 'f', 0).arg(detect, 0, 'f', 0).arg(describe, 0, 'f', 0).arg(match, 0, 'f', 2);
        totals.decode += decode;
        totals.detect += detect;
        totals.describe += describe;
        totals.match += match;
        totals.faces += int(boxes->size());
        ++totals.photos;
        if (!item.faces.empty())
            countRecall(item.faces, *boxes, synthetic, &bySize);
    }
    printStageTotals(out, totals, cpuStart);
    printMatchOutcomes(out, statuses);
    printSyntheticRecall(out, synthetic, bySize);
    return {};
}

// Detection recall on the annotated faces-pascal set (and boxes on its photo of dogs).
Result<void> benchPascal(QTextStream &out, FaceEngine &engine, const QString &pascalDir)
{
    const std::vector<GroundTruthPhoto> pascal = pascalDir.isEmpty() ? std::vector<GroundTruthPhoto>{}
                                                                     : readPascal(pascalDir);
    if (pascal.empty()) {
        out << "faces-pascal not found (use --pascal DIR): no detection recall\n";
        return {};
    }
    RecallCount count;
    int dogBoxes = 0;
    for (const GroundTruthPhoto &item : pascal) {
        const Result<DecodedPhoto> photo = loadPhoto(item.path);
        if (!photo)
            return std::unexpected(photo.error());
        const Result<std::vector<FaceBox>> boxes = engine.detect(photo->image);
        if (!boxes)
            return std::unexpected(boxes.error());
        if (item.faces.empty())
            dogBoxes += int(boxes->size());
        else
            countRecall(item.faces, *boxes, count);
    }
    out << QStringLiteral("faces-pascal: recall %1 (%2/%3), spurious boxes per photo %4, boxes on dogs.jpg %5\n")
               .arg(double(count.found) / count.truth, 0, 'f', 3).arg(count.found).arg(count.truth)
               .arg(double(count.spurious) / count.photos, 0, 'f', 2).arg(dogBoxes);
    return {};
}

} // namespace

int runBench(CliContext &context, const QStringList &arguments)
{
    Result<BenchOptions> options = parseOptions(arguments);
    if (!options)
        return failRun(context, options.error().message);
    const Result<ModelFiles> models = ModelLocator::locate(context.applicationDir);
    if (!models)
        return failRun(context, models.error().message);
    if (options->facesDir.isEmpty())
        options->facesDir = besideModels(*models, QStringLiteral("../testimages"));
    if (options->pascalDir.isEmpty())
        options->pascalDir = besideModels(*models, QStringLiteral("../../../shared/testdata/faces-pascal"));

    QElapsedTimer clock;
    clock.start();
    Result<std::unique_ptr<FaceEngine>> created = FaceEngine::create(*models, options->engine);
    if (!created)
        return failRun(context, created.error().message);
    FaceEngine &engine = **created;
    QTextStream &out = context.out;
    out << "models loaded in " << qRound(msSince(clock)) << " ms; OpenCV threads: " << cv::getNumThreads() << "\n";

    const FaceSources faces = loadFaceSources(engine, options->facesDir);
    QTemporaryDir scratch;
    const std::vector<GroundTruthPhoto> batch = makeBatch(*options, faces, scratch, out);
    if (Result<void> timed = benchStages(out, engine, batch, faces.gallery); !timed)
        return failRun(context, timed.error().message);
    if (Result<void> recall = benchPascal(out, engine, options->pascalDir); !recall)
        return failRun(context, recall.error().message);
    if (options->pipelinePhotos > 0 && options->syntheticPhotos > 0 && !faces.sources.empty())
        benchPipeline(out, *models, faces.gallery, options->engine, batch, options->syntheticPhotos,
                      options->pipelinePhotos, scratch.path());
    out << "peak memory: " << peakMemory() << Qt::endl;
    return 0;
}

} // namespace bw::cli
