#include "facedetector.h"

#include "detectionplan.h"
#include "nms.h"

#include <QFile>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <array>
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

struct RawFace {
    float score = 0.0f;
    cv::Rect2f box;                          // in input pixels, may reach beyond the input
    std::array<cv::Point2f, 5> landmarks{};
};

// CenterFace's outputs (heatmap, box scale, centre offset, landmarks relative to the box)
// for one input, as faces scoring at least `threshold`.
std::vector<RawFace> decodeCenterFace(const std::vector<cv::Mat> &outputs, float threshold)
{
    const cv::Mat &heatmap = outputs[0];
    const int gridH = heatmap.size[2];
    const int gridW = heatmap.size[3];
    const int plane = gridH * gridW;
    const float *heat = heatmap.ptr<float>();
    const float *scale = outputs[1].ptr<float>();
    const float *offset = outputs[2].ptr<float>();
    const float *landmark = outputs[3].ptr<float>();
    std::vector<RawFace> faces;
    for (int i = 0; i < plane; ++i) {
        if (heat[i] < threshold)
            continue;
        const float h = std::exp(scale[i]) * kStride;
        const float w = std::exp(scale[plane + i]) * kStride;
        const float cy = (float(i / gridW) + offset[i] + 0.5f) * kStride;
        const float cx = (float(i % gridW) + offset[plane + i] + 0.5f) * kStride;
        RawFace face{heat[i], cv::Rect2f(cx - w / 2, cy - h / 2, w, h), {}};
        for (int k = 0; k < 5; ++k)
            face.landmarks[std::size_t(k)] = cv::Point2f(landmark[(2 * k + 1) * plane + i] * w + face.box.x,
                                                         landmark[(2 * k) * plane + i] * h + face.box.y);
        faces.push_back(face);
    }
    return faces;
}

// At least a quarter of the box's width or height lies beyond the frame.
bool isCutByFrame(const cv::Rect2f &box, const cv::Rect2f &frame)
{
    const cv::Rect2f inside = box & frame;
    return inside.width < 0.75f * box.width || inside.height < 0.75f * box.height;
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

    // Runs the network on one tile of a pass image and appends its faces in source pixels.
    void detectTile(const cv::Mat &passImage, const DetectionPass &pass, const DetectionTile &tile,
                    std::vector<FaceBox> &faces);
    cv::Mat passImage(const cv::Mat &bgr, const DetectionPass &pass) const;
};

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

cv::Mat FaceDetector::Impl::passImage(const cv::Mat &bgr, const DetectionPass &pass) const
{
    cv::Mat scaled;
    if (pass.scaledSize == bgr.size())
        scaled = bgr;
    else
        cv::resize(bgr, scaled, pass.scaledSize, 0, 0, pass.scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    if (pass.border == 0)
        return scaled;
    cv::Mat padded;
    cv::copyMakeBorder(scaled, padded, pass.border, pass.border, pass.border, pass.border, cv::BORDER_REFLECT_101);
    // A corner mirrored both ways is four-fold symmetric, and CenterFace sees faces in it
    // (biden.jpg's curtains): the corners stay black.
    const int b = pass.border, right = padded.cols - b, bottom = padded.rows - b;
    for (const cv::Point corner : {cv::Point(0, 0), cv::Point(right, 0), cv::Point(0, bottom), cv::Point(right, bottom)})
        padded(cv::Rect(corner, cv::Size(b, b))).setTo(cv::Scalar::all(0));
    return padded;
}

void FaceDetector::Impl::detectTile(const cv::Mat &passImage, const DetectionPass &pass, const DetectionTile &tile,
                                    std::vector<FaceBox> &faces)
{
    cv::Mat input;
    const cv::Mat region = passImage(tile.region);
    cv::copyMakeBorder(region, input, 0, alignUp(region.rows) - region.rows, 0,
                       alignUp(region.cols) - region.cols, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    // CenterFace takes BGR 0..255 without mean or scaling (as in its reference code).
    const cv::Mat blob = cv::dnn::blobFromImage(input, 1.0, cv::Size(), cv::Scalar(), false, false);
    cv::dnn::Net &net = netFor(input.size());
    net.setInput(blob);
    std::vector<cv::Mat> outputs;
    net.forward(outputs, outputNames);
    const float candidate = std::min(settings.candidateThreshold, settings.scoreThreshold);
    const float threshold = std::min(candidate, settings.edgeCandidateThreshold);
    const cv::Rect2f frame(0, 0, float(pass.scaledSize.width / pass.scale), float(pass.scaledSize.height / pass.scale));
    const cv::Rect2f inTile(0, 0, float(tile.region.width), float(tile.region.height));
    const float edge = 2.0f;
    const float inv = float(1.0 / pass.scale);
    const cv::Point2f origin(float(tile.region.x - pass.border), float(tile.region.y - pass.border));
    for (const RawFace &raw : decodeCenterFace(outputs, threshold)) {
        const cv::Rect2f box = raw.box & inTile;
        // A face cut by an inner tile border lies whole in the neighbouring tile (when it
        // is smaller than the overlap) or is found by the next coarser pass (detectionplan):
        // drop the fragment, lest it win the NMS and only half a face be hidden.
        if (box.empty() || (tile.innerLeft && box.x <= edge) || (tile.innerTop && box.y <= edge)
            || (tile.innerRight && box.br().x >= inTile.width - edge)
            || (tile.innerBottom && box.br().y >= inTile.height - edge))
            continue;
        FaceBox face;
        face.rect = cv::Rect2f((box.tl() + origin) * inv, box.size() * inv);
        for (std::size_t k = 0; k < raw.landmarks.size(); ++k)
            face.landmarks[k] = (raw.landmarks[k] + origin) * inv;
        if (raw.score < candidate && !isCutByFrame(face.rect, frame))
            continue;
        face.hasLandmarks = true;
        face.score = raw.score;
        face.possibleFace = raw.score < settings.scoreThreshold;
        faces.push_back(face);
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
        || !(settings.candidateThreshold > 0.0f) || !(settings.edgeCandidateThreshold > 0.0f))
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
        for (const DetectionPass &pass : planDetection(bgr.size(), m_impl->settings)) {
            const cv::Mat image = m_impl->passImage(bgr, pass);
            for (const DetectionTile &tile : pass.tiles)
                m_impl->detectTile(image, pass, tile, faces);
        }
    } catch (const cv::Exception &e) {
        return fail(ErrorCode::DetectionFailed, MessageId::DetectionFailed, e.what());
    } catch (const std::exception &e) {
        return fail(ErrorCode::DetectionFailed, MessageId::DetectionFailed, e.what());
    }
    const float minSide = m_impl->settings.minFaceSize * 0.5f;
    const cv::Rect2f frame(0, 0, float(bgr.cols), float(bgr.rows));
    std::erase_if(faces, [&](const FaceBox &f) {
        return (f.rect.width < minSide && f.rect.height < minSide)
            || (f.rect & frame).area() < m_impl->settings.minInsideFraction * f.rect.area();
    });
    faces = suppressOverlaps(std::move(faces), m_impl->settings.nmsIouThreshold, 0.8f);
    // A box reaching into the mirrored border ends at the frame: only the photo's pixels
    // are hidden, described or shown.
    for (FaceBox &face : faces)
        face.rect &= frame;
    return faces;
}

} // namespace bw
