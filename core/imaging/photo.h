#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace bw {

// One imported photo as the report describes it. Sizes are of the upright (oriented) image,
// after the teacher's quarter turns.
struct Photo {
    QString sourcePath;
    QByteArray sha256Hex;      // of the original file's bytes
    int width = 0;
    int height = 0;
    QDateTime captureTime;     // from EXIF; invalid when the photo does not say
    // Why the metadata (EXIF, XMP, IPTC) could not be read; empty when it could. The pixels
    // are fine, but orientation and capture time are unknown: the pixels are used as stored.
    QString metadataError;
    int quarterTurns = 0;      // clockwise quarter turns (0..3) a teacher gave it by hand

    bool operator==(const Photo &) const = default;
};

// A photo with its pixels: BGR, 8-bit, 3 channels, EXIF orientation already applied.
struct DecodedPhoto {
    Photo photo;
    cv::Mat image;
};

} // namespace bw
