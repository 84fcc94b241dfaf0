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
    // Cells across the head before smoothing. 4, not 5: with 5 cells the light and dark
    // cells of a blurred head can line up like eyes and mouth, and CenterFace found one as a
    // face again (0.50, facetorch_test3.jpg face 20 tilted by -40 degrees; 0.62 with 6
    // cells, nothing with 4 or 3). tst_hiddenhead measures it on cut, turned and tilted heads.
    int blurCells = 4;
    int pixelCells = 7;                 // blocks across the head
    cv::Scalar solidColour{128, 128, 128};

    bool operator==(const RedactionSettings &) const = default;
};

} // namespace bw
