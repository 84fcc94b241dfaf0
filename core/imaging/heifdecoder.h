#pragma once

#include "error.h"
#include "photoloader.h"

#include <QByteArray>
#include <QDateTime>

#include <opencv2/core/mat.hpp>

namespace bw {

struct HeifPicture {
    cv::Mat image;             // 8-bit BGR, upright (HEIF's rotation and mirroring applied)
    QDateTime captureTime;
};

// Decodes the primary image of a HEIC/HEIF file with libheif. The size is checked against
// settings.maxPixels from the container before any pixel is decoded.
Result<HeifPicture> decodeHeif(const QByteArray &bytes, const QString &fileName,
                               const ImportSettings &settings);

} // namespace bw
