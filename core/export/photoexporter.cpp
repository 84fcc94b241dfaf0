#include "export/photoexporter.h"

#include "export/exportstaging.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bw {

PhotoExporter::PhotoExporter(ExportProfile profile)
    : m_profile(profile)
{
}

cv::Mat PhotoExporter::resizedForProfile(const cv::Mat &image, const ExportProfile &profile)
{
    const int longSide = std::max(image.cols, image.rows);
    if (profile.longSide <= 0 || image.empty() || longSide <= profile.longSide)
        return image;
    const double scale = double(profile.longSide) / double(longSide);
    const auto scaled = [&](int side, bool isLong) {
        return isLong ? profile.longSide : std::max(1, int(std::lround(side * scale)));
    };
    const cv::Size size(scaled(image.cols, image.cols >= image.rows),
                        scaled(image.rows, image.rows > image.cols));
    cv::Mat resized;
    cv::resize(image, resized, size, 0, 0, cv::INTER_AREA);
    return resized;
}

Result<QByteArray> PhotoExporter::encodeJpeg(const cv::Mat &image, int quality)
{
    if (image.empty() || image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3))
        return fail(ErrorCode::InvalidArgument, MessageId::ExportImageUnsuitable, image.cols, image.rows,
                    image.channels(), image.depth());
    // OpenCV's JPEG writer emits SOI, a JFIF APP0 (version and pixel density only), the
    // tables and the scan: no APP1 (EXIF/XMP), APP13 (IPTC), APP2 (ICC) or COM segment.
    // No Huffman optimisation: it saves a few percent of bytes for a second encoding pass.
    const std::vector<int> parameters = {cv::IMWRITE_JPEG_QUALITY, std::clamp(quality, 1, 100)};
    std::vector<uchar> buffer;
    try {
        if (!cv::imencode(".jpg", image, buffer, parameters))
            return fail(ErrorCode::WriteFailed, MessageId::JpegEncodingFailed, "the encoder returned nothing");
    } catch (const cv::Exception &exception) {
        return fail(ErrorCode::WriteFailed, MessageId::JpegEncodingFailed, QString::fromStdString(exception.msg));
    }
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}

Result<QString> PhotoExporter::stage(const cv::Mat &image, const ExportStaging &staging, int index) const
{
    Result<QByteArray> jpeg = encodeJpeg(resizedForProfile(image, m_profile), m_profile.jpegQuality);
    if (!jpeg)
        return std::unexpected(jpeg.error());
    return staging.stage(index, *jpeg);
}

} // namespace bw
