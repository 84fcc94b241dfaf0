#include "commands.h"

#include "faces/faceengine.h"
#include "faces/facematcher.h"
#include "faces/modellocator.h"
#include "faces/nms.h"
#include "imaging/photoloader.h"
#include "screening/screener.h"
#include "storage/registry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QXmlStreamReader>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
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

struct GroundTruthPhoto {
    QString path;
    std::vector<cv::Rect2f> faces;
};

struct StageTotals {
    double decode = 0, detect = 0, describe = 0, match = 0;
    int photos = 0, faces = 0;
};

struct RecallCount {
    int truth = 0, found = 0, spurious = 0, photos = 0;
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

// Paste real faces at 20..400 px into a 4000 x 3000 photo (fixed seed): a reproducible
// 12-megapixel group photo with known face boxes. Returns the boxes.
std::vector<cv::Rect2f> composeGroupPhoto(const std::vector<std::pair<cv::Mat, cv::Rect2f>> &sources,
                                          int seed, cv::Mat &canvas)
{
    cv::RNG rng(uint64(seed) * 7919u + 17u);
    cv::Mat noise(300, 400, CV_8UC3);
    rng.fill(noise, cv::RNG::UNIFORM, cv::Scalar::all(40), cv::Scalar::all(220));
    cv::GaussianBlur(noise, noise, cv::Size(0, 0), 4.0);
    cv::resize(noise, canvas, cv::Size(4000, 3000), 0, 0, cv::INTER_CUBIC);
    static constexpr std::array<int, 8> kSizes{20, 28, 40, 60, 90, 140, 220, 400};
    std::vector<cv::Rect2f> placed;
    std::vector<cv::Rect> occupied;
    for (std::size_t i = 0; i < kSizes.size(); ++i) {
        const auto &[source, face] = sources[(i + std::size_t(seed)) % sources.size()];
        const double scale = kSizes[i] / double(face.width);
        // The head with some shoulders and background, as a face appears in a photo.
        const cv::Rect2f region(face.x - face.width * 0.6f, face.y - face.height * 0.5f, face.width * 2.2f, face.height * 2.0f);
        const cv::Rect crop = cv::Rect(region) & cv::Rect(0, 0, source.cols, source.rows);
        cv::Mat patch;
        cv::resize(source(crop), patch, cv::Size(), scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
        for (int attempt = 0; attempt < 200; ++attempt) {
            const cv::Rect where(rng.uniform(0, canvas.cols - patch.cols), rng.uniform(0, canvas.rows - patch.rows),
                                 patch.cols, patch.rows);
            if (std::any_of(occupied.begin(), occupied.end(), [&](const cv::Rect &o) { return (o & where).area() > 0; }))
                continue;
            patch.copyTo(canvas(where));
            occupied.push_back(where);
            placed.push_back(cv::Rect2f(float(where.x + (face.x - crop.x) * scale), float(where.y + (face.y - crop.y) * scale),
                                        float(face.width * scale), float(face.height * scale)));
            break;
        }
    }
    return placed;
}

std::vector<GroundTruthPhoto> readPascal(const QString &dir)
{
    std::vector<GroundTruthPhoto> photos;
    for (const char *name : {"testing.xml", "training.xml"}) {
        QFile file(QDir(dir).filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("image"))
                photos.push_back({QDir(dir).filePath(a.value(QLatin1String("file")).toString()), {}});
            else if (xml.name() == QLatin1String("box") && !photos.empty())
                photos.back().faces.push_back(cv::Rect2f(a.value(QLatin1String("left")).toFloat(), a.value(QLatin1String("top")).toFloat(),
                                                         a.value(QLatin1String("width")).toFloat(), a.value(QLatin1String("height")).toFloat()));
        }
    }
    if (!photos.empty())
        photos.push_back({QDir(dir).filePath(QStringLiteral("dogs.jpg")), {}});
    return photos;
}

void countRecall(const std::vector<cv::Rect2f> &truth, const std::vector<FaceBox> &found, RecallCount &count,
                 std::map<int, std::pair<int, int>> *bySize = nullptr)
{
    std::vector<bool> used(found.size(), false);
    for (const cv::Rect2f &expected : truth) {
        bool hit = false;
        for (std::size_t i = 0; i < found.size(); ++i) {
            if (boxIoU(found[i].rect, expected) >= 0.3f) {
                hit = true;
                used[i] = true;
            }
        }
        ++count.truth;
        count.found += hit ? 1 : 0;
        if (bySize) {
            auto &[sizeFound, sizeTotal] = (*bySize)[int(std::lround(expected.width))];
            sizeFound += hit ? 1 : 0;
            ++sizeTotal;
        }
    }
    count.spurious += int(std::count(used.begin(), used.end(), false));
    ++count.photos;
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
        else if (a.startsWith(QLatin1String("--")))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("bench: unknown option %1").arg(a));
        else
            options.photos << a;
        if (!ok)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("bench: bad value for %1").arg(a));
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

    // Real faces to paste, and a gallery made of them: pupil 1 = obama, pupil 2 = biden.
    std::vector<std::pair<cv::Mat, cv::Rect2f>> sources;
    std::vector<ReferenceDescriptor> gallery;
    const QStringList faceFiles{QStringLiteral("obama.jpg"), QStringLiteral("biden.jpg"), QStringLiteral("obama2.jpg"),
                                QStringLiteral("obama3.jpg")};
    for (const QString &name : faceFiles) {
        const Result<DecodedPhoto> photo = loadPhoto(QDir(options->facesDir).filePath(name));
        if (!photo)
            continue;
        const Result<std::vector<AnalysedFace>> faces = engine.analyse(photo->image);
        if (!faces || faces->size() != 1 || !(*faces)[0].descriptor)
            continue;
        sources.push_back({photo->image, (*faces)[0].box.rect});
        gallery.push_back({name.startsWith(QLatin1String("biden")) ? 2 : 1, *(*faces)[0].descriptor, QDate::currentDate()});
    }

    QTemporaryDir scratch;
    std::vector<GroundTruthPhoto> batch;
    if (sources.empty()) {
        out << "no real-face photos in '" << options->facesDir << "' (use --faces DIR): no synthetic photos\n";
    } else {
        for (int seed = 0; seed < options->syntheticPhotos; ++seed) {
            cv::Mat canvas;
            GroundTruthPhoto photo{scratch.filePath(QStringLiteral("group%1.jpg").arg(seed)), composeGroupPhoto(sources, seed, canvas)};
            cv::imwrite(photo.path.toStdString(), canvas, {cv::IMWRITE_JPEG_QUALITY, 92});
            batch.push_back(photo);
        }
    }
    for (const QString &path : options->photos)
        batch.push_back({path, {}});

    const MatchSettings matchSettings = fromStrictness(Strictness::Normal);
    StageTotals totals;
    RecallCount synthetic;
    std::map<MatchStatus, int> statuses;
    std::map<int, std::pair<int, int>> bySize;
    const std::clock_t cpuStart = std::clock();
    for (const GroundTruthPhoto &item : batch) {
        clock.restart();
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
            return failRun(context, boxes.error().message);
        clock.restart();
        const Result<std::vector<FaceDescription>> descriptions = engine.describe(photo->image, *boxes);
        const double describe = msSince(clock);
        if (!descriptions)
            return failRun(context, descriptions.error().message);
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
    if (totals.photos > 0) {
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
    if (!statuses.empty()) {
        static const std::map<MatchStatus, const char *> kNames{
            {MatchStatus::Matched, "matched"}, {MatchStatus::NoMatch, "no match"}, {MatchStatus::Ambiguous, "ambiguous"},
            {MatchStatus::TooSmall, "too small"}, {MatchStatus::TooBlurred, "too blurred"},
            {MatchStatus::DuplicatePupil, "duplicate pupil"}, {MatchStatus::NotDescribed, "not described"}};
        out << "match outcomes (strictness normal):";
        for (const auto &[status, count] : statuses)
            out << " " << kNames.at(status) << " " << count;
        out << "\n";
    }
    if (synthetic.truth > 0) {
        out << QStringLiteral("synthetic 12 MP: recall %1/%2, spurious boxes per photo %3; found by face width:")
                   .arg(synthetic.found).arg(synthetic.truth).arg(double(synthetic.spurious) / synthetic.photos, 0, 'f', 2);
        for (const auto &[width, count] : bySize)
            out << " " << width << "px " << count.first << "/" << count.second;
        out << "\n";
    }

    const std::vector<GroundTruthPhoto> pascal = options->pascalDir.isEmpty() ? std::vector<GroundTruthPhoto>{}
                                                                             : readPascal(options->pascalDir);
    if (pascal.empty()) {
        out << "faces-pascal not found (use --pascal DIR): no detection recall\n";
    } else {
        RecallCount count;
        int dogBoxes = 0;
        for (const GroundTruthPhoto &item : pascal) {
            const Result<DecodedPhoto> photo = loadPhoto(item.path);
            if (!photo)
                return failRun(context, photo.error().message);
            const Result<std::vector<FaceBox>> boxes = engine.detect(photo->image);
            if (!boxes)
                return failRun(context, boxes.error().message);
            if (item.faces.empty())
                dogBoxes += int(boxes->size());
            else
                countRecall(item.faces, *boxes, count);
        }
        out << QStringLiteral("faces-pascal: recall %1 (%2/%3), spurious boxes per photo %4, boxes on dogs.jpg %5\n")
                   .arg(double(count.found) / count.truth, 0, 'f', 3).arg(count.found).arg(count.truth)
                   .arg(double(count.spurious) / count.photos, 0, 'f', 2).arg(dogBoxes);
    }
    if (options->pipelinePhotos > 0 && options->syntheticPhotos > 0 && !sources.empty())
        benchPipeline(out, *models, gallery, options->engine, batch, options->syntheticPhotos,
                      options->pipelinePhotos, scratch.path());
    out << "peak memory: " << peakMemory() << Qt::endl;
    return 0;
}

} // namespace bw::cli
