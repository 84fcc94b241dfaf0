#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace bw {

// One imported photo as the report describes it. Sizes are of the upright (oriented) image.
struct Photo {
    QString sourcePath;
    QByteArray sha256Hex;      // of the original file's bytes
    int width = 0;
    int height = 0;
    QDateTime captureTime;     // from EXIF; invalid when the photo does not say

    bool operator==(const Photo &) const = default;
};

// A photo with its pixels: BGR, 8-bit, 3 channels, EXIF orientation already applied.
struct DecodedPhoto {
    Photo photo;
    cv::Mat image;
};

} // namespace bw
