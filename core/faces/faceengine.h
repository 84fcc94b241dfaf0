#pragma once

#include "error.h"
#include "facebox.h"
#include "facedescriber.h"
#include "facedescription.h"
#include "facedetector.h"
#include "modellocator.h"

#include <opencv2/core/mat.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace bw {

struct FaceEngineSettings {
    DetectorSettings detector;
    DescriberSettings describer;

    bool operator==(const FaceEngineSettings &) const = default;
};

// One face of a photo with what recognition needs.
struct AnalysedFace {
    FaceBox box;
    std::optional<FaceDescriptor> descriptor;
    FaceQuality quality;
    bool recognisable = false;

    bool operator==(const AnalysedFace &) const = default;
};

// Detector plus describer for one worker thread. The models are not thread-safe and take a
// moment to load: every worker thread creates one engine, once, and never shares it.
class FaceEngine {
public:
    static Result<std::unique_ptr<FaceEngine>> create(const ModelFiles &models,
                                                      const FaceEngineSettings &settings = {});
    ~FaceEngine();
    FaceEngine(const FaceEngine &) = delete;
    FaceEngine &operator=(const FaceEngine &) = delete;

    // Detects every face and describes them all in one batch.
    Result<std::vector<AnalysedFace>> analyse(const cv::Mat &bgr);

    // The two stages separately (also for reference photos and hand-drawn boxes). Possible
    // faces are never described: their description stays empty, so they are never matched.
    Result<std::vector<FaceBox>> detect(const cv::Mat &bgr);
    Result<std::vector<FaceDescription>> describe(const cv::Mat &bgr, const std::vector<FaceBox> &faces);

private:
    FaceEngine(std::unique_ptr<FaceDetector> detector, std::unique_ptr<FaceDescriber> describer);
    std::unique_ptr<FaceDetector> m_detector;
    std::unique_ptr<FaceDescriber> m_describer;
};

} // namespace bw
