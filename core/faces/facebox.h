#pragma once

#include <opencv2/core/types.hpp>

#include <array>

namespace bw {

// One face found in a photo, in the upright source image's pixels.
// Landmarks follow CenterFace's order: left eye, right eye, nose, left and right mouth
// corner (left/right as seen in the image). A box drawn by a teacher has no landmarks.
// A possible face scored below the face threshold but above the candidate threshold: it is
// hidden like an unknown face but never described or matched (DetectorSettings).
struct FaceBox {
    cv::Rect2f rect;
    std::array<cv::Point2f, 5> landmarks{};
    float score = 0.0f;
    bool hasLandmarks = false;
    bool drawnByHand = false;
    bool possibleFace = false;

    bool operator==(const FaceBox &) const = default;
};

} // namespace bw
