#include "benchgroundtruth.h"

#include "faces/nms.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace bw::cli {

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
                 std::map<int, std::pair<int, int>> *bySize)
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

} // namespace bw::cli
