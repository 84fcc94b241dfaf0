#pragma once

#include "facedetector.h"

#include <opencv2/core/types.hpp>

#include <vector>

namespace bw {

// One network input of a pass: a region of the pass image. A face cut by an inner border
// lies whole in a neighbouring tile or is found by a coarser pass, so fragments touching an
// inner border are dropped.
struct DetectionTile {
    cv::Rect region;   // in the pass image (scaled and padded)
    bool innerLeft = false, innerTop = false, innerRight = false, innerBottom = false;

    bool operator==(const DetectionTile &) const = default;
};

// One scale at which the detector looks at the photo: the photo resized by `scale`, padded
// by `border` pixels on every side (room for the part of a face the frame cut off), and cut
// into tiles of one input size.
struct DetectionPass {
    double scale = 1.0;    // scaledSize.width / the photo's width
    cv::Size scaledSize;   // the resized photo, without the border
    int border = 0;
    std::vector<DetectionTile> tiles;

    bool operator==(const DetectionPass &) const = default;
};

// The passes that find every face from settings.minFaceSize up to the whole photo, finest
// first. Pure: the plan depends only on the photo's size and the settings.
std::vector<DetectionPass> planDetection(cv::Size photoSize, const DetectorSettings &settings);

} // namespace bw
