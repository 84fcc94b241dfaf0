#pragma once

#include <opencv2/core/types.hpp>

namespace bw {

// How a hidden face is made unrecognisable. Every mode covers the same head region.
enum class RedactionMode {
    Blur,       // default: coarse cells, then smoothed; looks calm, cannot be undone
    Pixelate,   // visible blocks
    Solid,      // a flat colour
};

// Strength is expressed in cells across the head region, so a 400 px face and a 30 px
// face end up equally unrecognisable. The redactor clamps these to a safe maximum: a
// setting can make hiding stronger, never weak enough to recognise a face.
struct RedactionSettings {
    RedactionMode mode = RedactionMode::Blur;
    int blurCells = 5;                  // cells across the head before smoothing
    int pixelCells = 7;                 // blocks across the head
    cv::Scalar solidColour{128, 128, 128};

    bool operator==(const RedactionSettings &) const = default;
};

} // namespace bw
