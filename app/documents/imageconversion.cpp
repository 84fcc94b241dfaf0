#include "imageconversion.h"

#include "imaging/photoloader.h"
#include "imaging/quarterturn.h"

namespace bw::documents {

QImage ImageConversion::toQImage(const cv::Mat &bgr, int longSide)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return {};
    const QImage view(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888);
    if (longSide > 0 && std::max(bgr.cols, bgr.rows) > longSide)
        return view.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_RGB32);
    return view.convertToFormat(QImage::Format_RGB32);
}

Result<QImage> ImageConversion::loadForDisplay(const QString &path, int longSide, int quarterTurns)
{
    Result<DecodedPhoto> decoded = loadPhoto(path);
    if (!decoded)
        return std::unexpected(decoded.error());
    turnClockwise(*decoded, quarterTurns);
    return toQImage(decoded->image, longSide);
}

} // namespace bw::documents
