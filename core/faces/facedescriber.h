#pragma once

#include "error.h"
#include "facebox.h"
#include "facedescription.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <vector>

namespace bw {

struct DescriberSettings {
    QualityFloor qualityFloor;   // sets FaceDescription::recognisable
    // Faces below the floor get their quality measured but no descriptor: the ResNet is
    // most of the describe time, and such a face is unknown whatever it resembles.
    // Screening sets it (PhotoAnalyser, with the floor it matches at); off, every face is
    // described (reference checks, and tests that measure how recognisable a redacted
    // face still is).
    bool skipBelowFloor = false;

    bool operator==(const DescriberSettings &) const = default;
};

// Aligns faces with dlib's 5-point shape predictor and computes dlib ResNet's 128-d
// descriptor, all faces of a photo in one batch. Not thread-safe: every worker thread owns
// its own describer (see FaceEngine).
class FaceDescriber {
public:
    static Result<std::unique_ptr<FaceDescriber>> create(const QString &shapePredictorPath,
                                                         const QString &recognitionModelPath,
                                                         const DescriberSettings &settings = {});
    ~FaceDescriber();
    FaceDescriber(const FaceDescriber &) = delete;
    FaceDescriber &operator=(const FaceDescriber &) = delete;

    // One description per box, in the same order (see skipBelowFloor). dlib failures are
    // an error.
    Result<std::vector<FaceDescription>> describe(const cv::Mat &bgr, const std::vector<FaceBox> &faces);

private:
    struct Impl;
    explicit FaceDescriber(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace bw
