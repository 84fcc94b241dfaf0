// bench_detector: recall and cost of the face detector on hard real faces, for one or more
// DetectorSettings side by side. Figures are printed, never asserted (DESIGN.md).
//
//   bench_detector [--config NAME:key=value,...]... [--batch DIR] [--repeat N] [--skip SECTIONS]
//                  [--list PHOTO]... [--threads N]
//
// The first --config is the baseline (default: the shipped settings). Sections: pascal
// (faces-pascal recall, extra boxes, dogs.jpg), sizes (20..400 px on 12 MP), small (every
// face of every set at 20 and 24 px, packed on 12-MP photos), cut (faces
// 40/50/60 % outside the frame; cut12mp: the slow part of it, along the edges of 12-MP
// photos), dim (darkened and flattened), time (detect cost per photo
// of DIR, e.g. made by tests/bench/make-batch.py; configs alternate photo by photo). --list
// prints every box each config finds on a photo. --threads N: OpenCV's threads (cv::setNumThreads;
// default: one per core).

#include "detectorknobs.h"
#include "faces/detectionplan.h"
#include "faces/facedetector.h"
#include "faces/modellocator.h"
#include "faces/nms.h"
#include "hardfaces.h"
#include "imaging/photoloader.h"
#include "peakmemory.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <ctime>
#include <map>

using namespace bw;
using namespace bw::test;

namespace {

QTextStream out(stdout);

struct Config {
    QString name;
    std::unique_ptr<FaceDetector> detector;
};

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

std::vector<FaceBox> run(FaceDetector &detector, const cv::Mat &image)
{
    Result<std::vector<FaceBox>> found = detector.detect(image);
    if (!found) {
        out << "detection failed: " << found.error().message << Qt::endl;
        std::exit(2);
    }
    return *found;
}

QString boxList(const std::vector<const FaceBox *> &boxes)
{
    QStringList parts;
    for (const FaceBox *box : boxes)
        parts << QStringLiteral("%1%2x%3 at (%4,%5) score %6")
                     .arg(box->possibleFace ? QStringLiteral("possible ") : QString())
                     .arg(qRound(box->rect.width)).arg(qRound(box->rect.height))
                     .arg(qRound(box->rect.x)).arg(qRound(box->rect.y)).arg(box->score, 0, 'f', 2);
    return parts.join(QStringLiteral(", "));
}

void benchList(Config &config, const QStringList &paths);

// faces-pascal: recall, and every box that is not an annotated face (per tier).
void benchPascal(Config &config, const std::vector<RealFace> &faces)
{
    Recall recall;
    std::map<const uchar *, std::vector<const RealFace *>> byPhoto;
    for (const RealFace &face : faces)
        byPhoto[face.photo.data].push_back(&face);
    int extraFaces = 0, extraPossible = 0;
    QStringList extras;
    for (const auto &[data, photoFaces] : byPhoto) {
        const cv::Mat &photo = photoFaces.front()->photo;
        const std::vector<FaceBox> found = run(*config.detector, photo);
        std::vector<bool> used(found.size(), false);
        for (const RealFace *face : photoFaces) {
            recall.count({face->label, {}, face->box}, found, photo.size());
            if (const FaceBox *hit = detectionOf(face->box, found, photo.size()))
                used[std::size_t(hit - found.data())] = true;
            for (std::size_t i = 0; i < found.size(); ++i)  // any other box on an annotated face
                used[i] = used[i] || boxIoU(found[i].rect, face->box) >= 0.3f;
        }
        std::vector<const FaceBox *> unused;
        for (std::size_t i = 0; i < found.size(); ++i) {
            if (!used[i]) {
                unused.push_back(&found[i]);
                (found[i].possibleFace ? extraPossible : extraFaces) += 1;
            }
        }
        if (!unused.empty())
            extras << photoFaces.front()->label.section(QLatin1Char(' '), 0, 0) + QStringLiteral(": ") + boxList(unused);
    }
    const double photos = double(byPhoto.size());
    out << QStringLiteral("  faces-pascal: %1; extra boxes per photo %2 faces + %3 possible faces\n")
               .arg(recall.summary()).arg(extraFaces / photos, 0, 'f', 2).arg(extraPossible / photos, 0, 'f', 2);
    for (const QString &extra : extras)
        out << "    extra " << extra << "\n";
    const QString dogs = QDir(pascalDir()).filePath(QStringLiteral("dogs.jpg"));
    if (QFileInfo::exists(dogs))
        benchList(config, {dogs});
}

// Every box on the given photos (--list).
void benchList(Config &config, const QStringList &paths)
{
    for (const QString &path : paths) {
        const Result<DecodedPhoto> photo = loadPhoto(path);
        if (!photo) {
            out << "  " << path << ": " << photo.error().message << "\n";
            continue;
        }
        const std::vector<FaceBox> found = run(*config.detector, photo->image);
        std::vector<const FaceBox *> all;
        for (const FaceBox &box : found)
            all.push_back(&box);
        out << QStringLiteral("  %1: %2 boxes %3\n").arg(QFileInfo(path).fileName()).arg(found.size()).arg(boxList(all));
    }
}

void benchCanvases(Config &config, const QString &name, const std::vector<Canvas> &canvases,
                   const std::function<cv::Mat(const cv::Mat &)> &change = {})
{
    Recall recall;
    for (const Canvas &canvas : canvases) {
        const cv::Mat image = change ? change(canvas.image) : canvas.image;
        const std::vector<FaceBox> found = run(*config.detector, image);
        for (const FacePhoto &face : canvas.faces)
            recall.count(face, found, image.size());
    }
    out << "  " << name << ": " << recall.summary() << "\n";
    for (const QString &missed : recall.missed.mid(0, 6))
        out << "    missed " << missed << "\n";
}

void benchPhotos(Config &config, const QString &name, const std::vector<FacePhoto> &photos)
{
    Recall recall;
    for (const FacePhoto &photo : photos)
        recall.count(photo, run(*config.detector, photo.image), photo.image.size());
    out << "  " << name << ": " << recall.summary() << "\n";
    for (const QString &missed : recall.missed.mid(0, 6))
        out << "    missed " << missed << "\n";
}

using FaceSets = std::vector<std::pair<QString, const std::vector<RealFace> *>>;

// Every face of every set at the smallest sizes that must be found, many per 12-MP photo.
void benchSmall(Config &config, const std::vector<RealFace> &pascal, const std::vector<RealFace> &fetched,
                const std::vector<RealFace> &heldout)
{
    const FaceSets sets{{QStringLiteral("pascal"), &pascal}, {QStringLiteral("fetched"), &fetched},
                        {QStringLiteral("held-out"), &heldout}};
    for (const double width : {20.0, 24.0}) {
        for (const auto &[setName, faces] : sets) {
            if (!faces->empty())
                benchCanvases(config, QStringLiteral("%1 at %2 px on 12 MP").arg(setName).arg(width),
                              smallFacesOn12Mp(*faces, width));
        }
    }
}

void benchCut(Config &config, const std::vector<RealFace> &pascal, const std::vector<RealFace> &fetched,
              const std::vector<RealFace> &development, const std::vector<RealFace> &heldout, bool on12Mp)
{
    std::vector<RealFace> portraits;
    for (const RealFace &face : fetched) {
        portraits.push_back(scaledFace(face, 60));
        portraits.push_back(scaledFace(face, 150));
    }
    for (const double outside : {0.4, 0.5, 0.6}) {
        const FaceSets sets{{QStringLiteral("pascal"), &pascal}, {QStringLiteral("fetched"), &fetched},
                            {QStringLiteral("development"), &development}, {QStringLiteral("held-out"), &heldout}};
        for (const auto &[setName, faces] : sets) {
            if (faces->empty())
                continue;
            std::vector<FacePhoto> photos;
            for (const RealFace &face : *faces) {
                for (const Side side : kSides)
                    photos.push_back(cutByFrame(face, side, outside));
            }
            benchPhotos(config, QStringLiteral("%1% outside, %2 photos cut").arg(qRound(outside * 100)).arg(setName), photos);
        }
        if (!on12Mp)
            continue;
        std::vector<RealFace> all = pascal;
        all.insert(all.end(), portraits.begin(), portraits.end());
        benchCanvases(config, QStringLiteral("%1% outside, at the edge of 12 MP").arg(qRound(outside * 100)),
                      cutFacesOn12Mp(all, outside));
    }
}

void benchDim(Config &config, const std::vector<RealFace> &pascal, const std::vector<RealFace> &fetched,
              const std::vector<RealFace> &heldout)
{
    struct Variant {
        QString name;
        std::function<cv::Mat(const cv::Mat &)> change;
    };
    const std::vector<Variant> variants{
        {QStringLiteral("as taken"), [](const cv::Mat &m) { return m; }},
        {QStringLiteral("gamma 2"), [](const cv::Mat &m) { return darkened(m, 2.0); }},
        {QStringLiteral("gamma 3"), [](const cv::Mat &m) { return darkened(m, 3.0); }},
        {QStringLiteral("contrast 0.3"), [](const cv::Mat &m) { return flattened(m, 0.3); }},
        {QStringLiteral("gamma 2 + contrast 0.5"), [](const cv::Mat &m) { return flattened(darkened(m, 2.0), 0.5); }},
    };
    std::vector<RealFace> all = pascal;
    all.insert(all.end(), fetched.begin(), fetched.end());
    for (const Variant &variant : variants) {
        std::vector<FacePhoto> photos;
        for (const RealFace &face : all)
            photos.push_back({face.label + u' ' + variant.name, variant.change(face.photo), face.box});
        benchPhotos(config, variant.name + QStringLiteral(", photos"), photos);
        std::vector<FacePhoto> held;
        for (const RealFace &face : heldout)
            held.push_back({face.label + u' ' + variant.name, variant.change(face.photo), face.box});
        if (!held.empty())
            benchPhotos(config, variant.name + QStringLiteral(", held-out photos"), held);
        benchCanvases(config, variant.name + QStringLiteral(", pascal on 12 MP x1"), photosOn12Mp(pascal, 1.0), variant.change);
        benchCanvases(config, variant.name + QStringLiteral(", pascal on 12 MP x0.6"), photosOn12Mp(pascal, 0.6), variant.change);
    }
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Pixels the network sees for one photo: every tile of every pass, padded to CenterFace's
// multiple of 32 as FaceDetector feeds it.
double networkMpx(cv::Size photo, const DetectorSettings &settings)
{
    auto aligned = [](int side) { return double((side + 31) / 32 * 32); };
    double pixels = 0.0;
    for (const DetectionPass &pass : planDetection(photo, settings)) {
        for (const DetectionTile &tile : pass.tiles)
            pixels += aligned(tile.region.width) * aligned(tile.region.height);
    }
    return pixels / 1e6;
}

// Photo by photo, every config in turn (rotating who goes first), so that load from other
// programs hits all configs alike. Process CPU time counts OpenCV's worker threads too.
void benchTime(std::vector<Config> &configs, const QString &dir, int repeat)
{
    QStringList files = QDir(dir).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    std::vector<cv::Mat> photos;
    for (const QString &file : files) {
        if (Result<DecodedPhoto> photo = loadPhoto(QDir(dir).filePath(file)))
            photos.push_back(photo->image);
    }
    if (photos.empty()) {
        out << "  no photos in " << dir << "\n";
        return;
    }
    std::vector<std::vector<double>> cpu(configs.size()), wall(configs.size());
    std::vector<std::pair<int, int>> boxes(configs.size()); // faces, possible faces
    for (Config &config : configs)
        run(*config.detector, photos.front()); // builds the nets for this photo size
    std::size_t turn = 0;
    for (int r = 0; r < repeat; ++r) {
        for (const cv::Mat &photo : photos) {
            for (std::size_t k = 0; k < configs.size(); ++k) {
                const std::size_t c = (k + turn) % configs.size();
                QElapsedTimer clock;
                clock.start();
                const double cpuStart = processCpuMs();
                const std::vector<FaceBox> found = run(*configs[c].detector, photo);
                cpu[c].push_back(processCpuMs() - cpuStart);
                wall[c].push_back(double(clock.nsecsElapsed()) / 1e6);
                for (const FaceBox &box : found)
                    ++(box.possibleFace ? boxes[c].second : boxes[c].first);
            }
            ++turn;
        }
    }
    for (std::size_t c = 0; c < configs.size(); ++c) {
        const auto [lo, hi] = std::minmax_element(cpu[c].begin(), cpu[c].end());
        const double runs = double(cpu[c].size());
        out << QStringLiteral("  %1: detect per %2x%3 photo: CPU median %4 ms (min %5, max %6), wall median %7 ms; "
                              "%8 runs; boxes per photo %9 faces + %10 possible faces; network %11 Mpx per photo\n")
                   .arg(configs[c].name).arg(photos.front().cols).arg(photos.front().rows)
                   .arg(median(cpu[c]), 0, 'f', 0).arg(*lo, 0, 'f', 0).arg(*hi, 0, 'f', 0)
                   .arg(median(wall[c]), 0, 'f', 0).arg(cpu[c].size())
                   .arg(boxes[c].first / runs, 0, 'f', 1).arg(boxes[c].second / runs, 0, 'f', 1)
                   .arg(networkMpx(photos.front().size(), configs[c].detector->settings()), 0, 'f', 2);
    }
    out << QStringLiteral("  peak memory of this process (all configs): %1 MB\n").arg(bench::peakMemoryMb(), 0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList specs, skip, listed;
    QString batch;
    int repeat = 3;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (args[i] == QLatin1String("--config"))
            specs << value;
        else if (args[i] == QLatin1String("--batch"))
            batch = value;
        else if (args[i] == QLatin1String("--repeat"))
            repeat = value.toInt();
        else if (args[i] == QLatin1String("--list"))
            listed << value;
        else if (args[i] == QLatin1String("--skip"))
            skip = value.split(QLatin1Char(','));
        else if (args[i] == QLatin1String("--threads"))
            cv::setNumThreads(value.toInt());
        else {
            out << "unknown option " << args[i] << "\n";
            return 1;
        }
        ++i;
    }
    if (specs.isEmpty())
        specs << QStringLiteral("shipped:");
    const Result<ModelFiles> models = ModelLocator::locate(QString());
    if (!models) {
        out << models.error().message << "\n";
        return 1;
    }
    std::vector<Config> configs;
    for (const QString &spec : specs) {
        Result<DetectorSettings> settings = parseKnobs(spec.section(QLatin1Char(':'), 1));
        if (!settings) {
            out << settings.error().message << "\n";
            return 1;
        }
        Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::create(models->centerFace, *settings);
        if (!detector) {
            out << detector.error().message << "\n";
            return 1;
        }
        configs.push_back({spec.section(QLatin1Char(':'), 0, 0), std::move(*detector)});
    }
    out << "OpenCV threads: " << cv::getNumThreads() << Qt::endl;
    const std::vector<RealFace> pascal = pascalFaces();
    const std::vector<RealFace> fetched = fetchedFaces([&](const cv::Mat &m) { return run(*configs.front().detector, m); });
    // The evaluation set's development split is for choosing settings; its held-out split
    // only says how a choice holds up on faces it was not made on.
    const std::vector<RealFace> development = evalFaces(QStringLiteral("development"));
    const std::vector<RealFace> heldout = evalFaces(QStringLiteral("heldout"));
    out << pascal.size() << " faces-pascal faces, " << fetched.size() << " fetched portraits, " << development.size()
        << " development faces, " << heldout.size() << " held-out faces" << Qt::endl;
    for (Config &config : configs) {
        out << "== " << config.name << " (" << specs[int(&config - configs.data())] << ")" << Qt::endl;
        benchList(config, listed);
        if (!skip.contains(QLatin1String("pascal")) && !pascal.empty())
            benchPascal(config, pascal);
        if (!skip.contains(QLatin1String("sizes")) && !fetched.empty())
            benchCanvases(config, QStringLiteral("20..400 px on 12 MP"), {faceSizesOn12Mp(fetched.front())});
        if (!skip.contains(QLatin1String("small")))
            benchSmall(config, pascal, fetched, heldout);
        if (!skip.contains(QLatin1String("cut")))
            benchCut(config, pascal, fetched, development, heldout, !skip.contains(QLatin1String("cut12mp")));
        if (!skip.contains(QLatin1String("dim")))
            benchDim(config, pascal, fetched, heldout);
        out.flush();
    }
    if (!batch.isEmpty() && !skip.contains(QLatin1String("time"))) {
        out << "== cost" << Qt::endl;
        benchTime(configs, batch, repeat);
    }
    return 0;
}
