#pragma once

#include "error.h"

#include <QImage>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace bw::documents {

// The one place where core's pixels (cv::Mat, 8-bit BGR, upright) become a QImage.
class ImageConversion {
public:
    // A deep copy; longSide > 0 scales it down (smoothly) to at most that many pixels.
    static QImage toQImage(const cv::Mat &bgr, int longSide = 0);

    // Decodes a photo with core's loader (so orientation matches the face boxes), turns it
    // by the teacher's quarter turns and converts it; safe to call on any thread.
    static Result<QImage> loadForDisplay(const QString &path, int longSide, int quarterTurns = 0);
};

} // namespace bw::documents
