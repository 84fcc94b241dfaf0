#include "facedetector.h"

#include "nms.h"

#include <QFile>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <list>

namespace bw {

namespace {

// CenterFace predicts on a grid four times coarser than its input, and its input sides
// must be multiples of 32.
constexpr int kStride = 4;
constexpr int kAlign = 32;

int alignUp(int value)
{
    return (value + kAlign - 1) / kAlign * kAlign;
}

// One tile of one pass: a region of the scaled image, fed to the network padded to kAlign.
struct Tile {
    cv::Rect region;       // in the scaled image
    bool innerLeft = false, innerTop = false, innerRight = false, innerBottom = false;
};

// Splits a scaled image into as few overlapping tiles of at most tileSize as cover it. All
// tiles of an image have one size (one network input shape), spread evenly so that no
// tile overlaps its neighbour much more than needed.
std::vector<Tile> tilesFor(cv::Size scaled, int tileSize, int overlap)
{
    auto spans = [&](int length) {
        std::vector<std::pair<int, int>> result;
        if (length <= tileSize) {
            result.push_back({0, length});
            return result;
        }
        const int count = int(std::ceil(double(length - overlap) / double(tileSize - overlap)));
        const int span = std::min(tileSize, alignUp(int(std::ceil(double(length + (count - 1) * overlap) / count))));
        const double stride = double(length - span) / (count - 1);
        for (int i = 0; i < count; ++i)
            result.push_back({int(std::lround(i * stride)), span});
        return result;
    };
    std::vector<Tile> tiles;
    const auto columns = spans(scaled.width);
    const auto rows = spans(scaled.height);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            Tile tile;
            tile.region = cv::Rect(columns[c].first, rows[r].first, columns[c].second, rows[r].second);
            tile.innerLeft = c > 0;
            tile.innerRight = c + 1 < columns.size();
            tile.innerTop = r > 0;
            tile.innerBottom = r + 1 < rows.size();
            tiles.push_back(tile);
        }
    }
    return tiles;
}

} // namespace

struct FaceDetector::Impl {
    std::vector<uchar> onnx;
    // OpenCV 4.6 computes some of CenterFace's internal shapes once: a net fed a second
    // input size returns garbage (a whole-image box with score 1). So one net per input
    // size; building one from the in-memory model takes ~15 ms, and a photo needs at most
    // one tile size per pass, the same for every photo of a camera.
    std::list<std::pair<cv::Size, cv::dnn::Net>> nets;
    DetectorSettings settings;
    std::vector<cv::String> outputNames;

    cv::dnn::Net &netFor(cv::Size inputSize);

    // Runs the network on one padded tile and appends its faces in source pixels.
    void detectTile(const cv::Mat &scaledImage, const Tile &tile, double scale,
                    std::vector<FaceBox> &faces);
    std::vector<double> passScales(cv::Size source) const;
};

std::vector<double> FaceDetector::Impl::passScales(cv::Size source) const
{
    const double longSide = std::max(source.width, source.height);
    const double fine = settings.minFaceInNetwork / std::max(1.0f, settings.minFaceSize);
    const double coarse = std::min<double>(settings.maxUpscale, settings.coarseLongSide / longSide);
    // One untiled pass sees small and full-frame faces alike when the photo fits one tile.
    if (coarse >= fine || longSide * fine <= settings.tileSize)
        return {std::max(fine, coarse)};
    // Each finer pass must find every face too large for its tiles' overlap; the next
    // coarser pass takes over from where a face is minFaceInNetwork wide in it.
    const double step = std::max(1.5, double(settings.tileOverlap) / settings.minFaceInNetwork);
    std::vector<double> scales;
    for (double s = fine; s > coarse * 1.05; s /= step)
        scales.push_back(s);
    scales.push_back(coarse);
    return scales;
}

cv::dnn::Net &FaceDetector::Impl::netFor(cv::Size inputSize)
{
    constexpr std::size_t kMaxNets = 3;
    for (auto it = nets.begin(); it != nets.end(); ++it) {
        if (it->first == inputSize) {
            nets.splice(nets.begin(), nets, it);
            return nets.front().second;
        }
    }
    cv::dnn::Net net = cv::dnn::readNetFromONNX(reinterpret_cast<const char *>(onnx.data()), onnx.size());
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    nets.emplace_front(inputSize, std::move(net));
    if (nets.size() > kMaxNets)
        nets.pop_back();
    return nets.front().second;
}

void FaceDetector::Impl::detectTile(const cv::Mat &scaledImage, const Tile &tile, double scale,
                                    std::vector<FaceBox> &faces)
{
    cv::Mat input;
    const cv::Mat region = scaledImage(tile.region);
    cv::copyMakeBorder(region, input, 0, alignUp(region.rows) - region.rows, 0,
                       alignUp(region.cols) - region.cols, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    // CenterFace takes BGR 0..255 without mean or scaling (as in its reference code).
    const cv::Mat blob = cv::dnn::blobFromImage(input, 1.0, cv::Size(), cv::Scalar(), false, false);
    cv::dnn::Net &net = netFor(input.size());
    net.setInput(blob);
    std::vector<cv::Mat> outputs;
    net.forward(outputs, outputNames);
    const cv::Mat &heatmap = outputs[0];
    const cv::Mat &scales = outputs[1];
    const cv::Mat &offsets = outputs[2];
    const cv::Mat &landmarks = outputs[3];
    const int gridH = heatmap.size[2];
    const int gridW = heatmap.size[3];
    const int plane = gridH * gridW;
    const float *heat = heatmap.ptr<float>();
    const float *scaleData = scales.ptr<float>();
    const float *offsetData = offsets.ptr<float>();
    const float *landmarkData = landmarks.ptr<float>();
    const float threshold = std::min(settings.candidateThreshold, settings.scoreThreshold);
    const float edge = 2.0f;
    const float regionW = float(tile.region.width);
    const float regionH = float(tile.region.height);
    for (int y = 0; y < gridH; ++y) {
        for (int x = 0; x < gridW; ++x) {
            const int i = y * gridW + x;
            const float score = heat[i];
            if (score < threshold)
                continue;
            const float h = std::exp(scaleData[i]) * kStride;
            const float w = std::exp(scaleData[plane + i]) * kStride;
            const float cy = (y + offsetData[i] + 0.5f) * kStride;
            const float cx = (x + offsetData[plane + i] + 0.5f) * kStride;
            float x1 = std::clamp(cx - w / 2, 0.0f, regionW);
            float y1 = std::clamp(cy - h / 2, 0.0f, regionH);
            const float x2 = std::clamp(x1 + w, 0.0f, regionW);
            const float y2 = std::clamp(y1 + h, 0.0f, regionH);
            // A face cut by an inner tile border lies whole in the neighbouring tile (when it
            // is smaller than the overlap) or is found by the next coarser pass (passScales):
            // drop the fragment, lest it win the NMS and only half a face be hidden.
            if ((tile.innerLeft && x1 <= edge) || (tile.innerTop && y1 <= edge)
                || (tile.innerRight && x2 >= regionW - edge) || (tile.innerBottom && y2 >= regionH - edge))
                continue;
            FaceBox face;
            const float inv = float(1.0 / scale);
            const float ox = float(tile.region.x), oy = float(tile.region.y);
            face.rect = cv::Rect2f((x1 + ox) * inv, (y1 + oy) * inv, (x2 - x1) * inv, (y2 - y1) * inv);
            for (int k = 0; k < 5; ++k) {
                const float ly = landmarkData[(2 * k) * plane + i] * h + y1;
                const float lx = landmarkData[(2 * k + 1) * plane + i] * w + x1;
                face.landmarks[std::size_t(k)] = cv::Point2f((lx + ox) * inv, (ly + oy) * inv);
            }
            face.hasLandmarks = true;
            face.score = score;
            face.possibleFace = score < settings.scoreThreshold;
            faces.push_back(face);
        }
    }
}

FaceDetector::FaceDetector(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

FaceDetector::~FaceDetector() = default;

const DetectorSettings &FaceDetector::settings() const
{
    return m_impl->settings;
}

Result<std::unique_ptr<FaceDetector>> FaceDetector::create(const QString &onnxPath,
                                                           const DetectorSettings &settings)
{
    if (!QFileInfo(onnxPath).isFile())
        return fail(ErrorCode::ModelMissing, MessageId::DetectionModelMissing, onnxPath);
    if (settings.tileSize % kAlign != 0 || settings.tileSize <= settings.tileOverlap * 2 || settings.minFaceSize <= 0.0f
        || settings.minFaceInNetwork <= 0.0f || settings.coarseLongSide < kAlign
        || !(settings.candidateThreshold > 0.0f))
        return fail(ErrorCode::InvalidArgument, MessageId::DetectorSettingsInvalid);
    auto impl = std::make_unique<Impl>();
    impl->settings = settings;
    QFile file(onnxPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::ModelMissing, MessageId::DetectionModelUnreadable, onnxPath, file.errorString());
    const QByteArray bytes = file.readAll();
    impl->onnx.assign(bytes.begin(), bytes.end());
    try {
        // Outputs in CenterFace's order: heatmap, scale, offset, landmarks.
        impl->outputNames = {"537", "538", "539", "540"};
        const std::vector<cv::String> names = impl->netFor(cv::Size(kAlign, kAlign)).getUnconnectedOutLayersNames();
        for (const cv::String &name : impl->outputNames) {
            if (std::find(names.begin(), names.end(), name) == names.end())
                return fail(ErrorCode::ModelInvalid, MessageId::DetectionModelWrong, onnxPath, QString::fromStdString(name));
        }
    } catch (const cv::Exception &e) {
        return fail(ErrorCode::ModelInvalid, MessageId::DetectionModelInvalid, onnxPath, e.what());
    }
    return std::unique_ptr<FaceDetector>(new FaceDetector(std::move(impl)));
}

Result<std::vector<FaceBox>> FaceDetector::detect(const cv::Mat &bgr)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return fail(ErrorCode::InvalidArgument, MessageId::DetectionNeedsBgr);
    std::vector<FaceBox> faces;
    try {
        for (const double scale : m_impl->passScales(bgr.size())) {
            cv::Mat scaled;
            const cv::Size size(std::max(1, int(std::lround(bgr.cols * scale))),
                                std::max(1, int(std::lround(bgr.rows * scale))));
            if (size == bgr.size())
                scaled = bgr;
            else
                cv::resize(bgr, scaled, size, 0, 0, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
            const double sx = double(size.width) / bgr.cols;
            for (const Tile &tile : tilesFor(size, m_impl->settings.tileSize, m_impl->settings.tileOverlap))
                m_impl->detectTile(scaled, tile, sx, faces);
        }
    } catch (const cv::Exception &e) {
        return fail(ErrorCode::DetectionFailed, MessageId::DetectionFailed, e.what());
    } catch (const std::exception &e) {
        return fail(ErrorCode::DetectionFailed, MessageId::DetectionFailed, e.what());
    }
    const float minSide = m_impl->settings.minFaceSize * 0.5f;
    std::erase_if(faces, [&](const FaceBox &f) { return f.rect.width < minSide && f.rect.height < minSide; });
    return suppressOverlaps(std::move(faces), m_impl->settings.nmsIouThreshold, 0.8f);
}

} // namespace bw
