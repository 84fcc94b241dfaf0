#pragma once

#include <QDate>

#include <array>
#include <optional>

namespace bw {

// dlib's 128-d face descriptor: biometric data, it never leaves the machine.
using FaceDescriptor = std::array<float, 128>;

double descriptorDistance(const FaceDescriptor &a, const FaceDescriptor &b);

// A reference descriptor of one pupil, from one reference photo.
struct ReferenceDescriptor {
    qint64 pupilId = 0;
    FaceDescriptor descriptor{};
    QDate photoDate;            // when the reference photo was taken; old ones are flagged

    bool operator==(const ReferenceDescriptor &) const = default;
};

} // namespace bw
