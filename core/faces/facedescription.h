#pragma once

#include "facedescriptor.h"

#include <optional>

namespace bw {

// How well a face can be recognised: its width in source pixels and the sharpness of its
// aligned 150x150 chip (variance of the Laplacian; lower is blurrier).
struct FaceQuality {
    float widthPx = 0.0f;
    double sharpness = 0.0;

    bool operator==(const FaceQuality &) const = default;
};

// The least quality a face needs before its descriptor is trusted. A face below it is
// "unknown", whatever its nearest pupil: too small or too blurred to tell two children apart.
struct QualityFloor {
    float minWidthPx = 40.0f;
    double minSharpness = 15.0;

    bool operator==(const QualityFloor &) const = default;
};

// The recognition result for one face.
struct FaceDescription {
    // Absent when the face could not be described, or was below the describer's floor.
    std::optional<FaceDescriptor> descriptor;
    FaceQuality quality;
    bool recognisable = false;                  // descriptor present and quality above the floor

    bool operator==(const FaceDescription &) const = default;
};

} // namespace bw
