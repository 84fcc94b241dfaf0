#include "photoloader.h"

#include "exifmetadata.h"
#include "heifdecoder.h"
#include "imageformat.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace bw {

namespace {

// Turns the stored pixels upright by their EXIF orientation (1..8).
void applyOrientation(cv::Mat &image, int orientation)
{
    switch (orientation) {
    case 2: cv::flip(image, image, 1); break;
    case 3: cv::flip(image, image, -1); break;
    case 4: cv::flip(image, image, 0); break;
    case 5: cv::transpose(image, image); break;
    case 6: cv::transpose(image, image); cv::flip(image, image, 1); break;
    case 7: cv::transpose(image, image); cv::flip(image, image, -1); break;
    case 8: cv::transpose(image, image); cv::flip(image, image, 0); break;
    default: break;
    }
}

// Every stage after import works on 8-bit BGR: 16-bit and float samples are scaled down,
// gray is expanded. Alpha is dropped: detection and export see the same colour pixels,
// so whatever a transparent area holds is screened like the rest.
Result<cv::Mat> toBgr8(const cv::Mat &decoded, const QString &fileName)
{
    cv::Mat eightBit;
    switch (decoded.depth()) {
    case CV_8U: eightBit = decoded; break;
    case CV_16U: decoded.convertTo(eightBit, CV_8U, 1.0 / 257.0); break;
    case CV_32F: decoded.convertTo(eightBit, CV_8U, 255.0); break;
    default:
        return fail(ErrorCode::UnsupportedFormat, MessageId::UnsupportedSampleType, fileName);
    }
    cv::Mat bgr;
    switch (eightBit.channels()) {
    case 1: cv::cvtColor(eightBit, bgr, cv::COLOR_GRAY2BGR); break;
    case 3: bgr = eightBit; break;
    case 4: cv::cvtColor(eightBit, bgr, cv::COLOR_BGRA2BGR); break;
    default:
        return fail(ErrorCode::UnsupportedFormat, MessageId::UnsupportedChannels, fileName, eightBit.channels());
    }
    return bgr;
}

Result<QByteArray> readAllBytes(const QString &path, const ImportSettings &settings)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::FileNotFound, MessageId::FileNotFound, path);
    if (!info.isFile())
        return fail(ErrorCode::FileUnreadable, MessageId::NotAFile, path);
    if (info.size() == 0)
        return fail(ErrorCode::CorruptImage, MessageId::FileEmpty, path);
    if (info.size() > settings.maxFileBytes)
        return fail(ErrorCode::ImageTooLarge, MessageId::FileTooLarge, path, info.size(), settings.maxFileBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, MessageId::FileUnreadable, path, file.errorString());
    QByteArray bytes = file.readAll();
    if (bytes.size() != info.size())
        return fail(ErrorCode::FileUnreadable, MessageId::FileReadShort, path, bytes.size(), info.size());
    return bytes;
}

// JPEG, PNG, WebP, TIFF, BMP: size from the header (exiv2), then OpenCV decodes the pixels
// as stored and the orientation is applied here, the same way for every format.
// Fills photo's capture time and metadata error from the metadata.
Result<cv::Mat> decodeWithOpenCv(const QByteArray &bytes, ImageFormat format, const QString &path,
                                 const ImportSettings &settings, Photo &photo)
{
    const Result<ExifMetadata> metadata = readExifMetadata(bytes, path);
    if (!metadata)
        return std::unexpected(metadata.error());
    const qint64 width = metadata->pixelWidth;
    const qint64 height = metadata->pixelHeight;
    if (width <= 0 || height <= 0)
        return fail(ErrorCode::CorruptImage, MessageId::ImageWithoutSize, path, imageFormatName(format));
    if (width * height > settings.maxPixels)
        return fail(ErrorCode::ImageTooLarge, MessageId::ImageTooManyPixels, path, width, height, settings.maxPixels);
    if (!isCompleteImageData(format, bytes))
        return fail(ErrorCode::CorruptImage, MessageId::ImageTruncated, path, imageFormatName(format));

    const cv::Mat encoded(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
    // IMREAD_UNCHANGED keeps depth and alpha and ignores EXIF orientation, which is
    // applied below from exiv2's reading, the same way for every format.
    const cv::Mat decoded = cv::imdecode(encoded, cv::IMREAD_UNCHANGED);
    if (decoded.empty())
        return fail(ErrorCode::CorruptImage, MessageId::ImageUndecodable, path, imageFormatName(format));
    // OpenCV's TIFF decoder applies the TIFF orientation tag itself, even with
    // IMREAD_UNCHANGED (tst_photoloader checks 3, 6 and 8, 8- and 16-bit): not twice.
    const bool decoderOriented = format == ImageFormat::Tiff;
    const bool turned = decoderOriented && metadata->orientation >= 5;
    const qint64 expectedWidth = turned ? height : width;
    const qint64 expectedHeight = turned ? width : height;
    if (decoded.cols != expectedWidth || decoded.rows != expectedHeight)
        return fail(ErrorCode::CorruptImage, MessageId::ImageSizeMismatch, path, decoded.cols, decoded.rows, width,
                    height);
    Result<cv::Mat> bgr = toBgr8(decoded, path);
    if (!bgr)
        return bgr;
    cv::Mat upright = bgr->data == decoded.data ? bgr->clone() : *bgr;
    if (!decoderOriented)
        applyOrientation(upright, metadata->orientation);
    photo.captureTime = metadata->captureTime;
    photo.metadataError = metadata->problem;
    return upright;
}

} // namespace

Result<DecodedPhoto> loadPhoto(const QString &path, const ImportSettings &settings)
{
    const Result<QByteArray> bytes = readAllBytes(path, settings);
    if (!bytes)
        return std::unexpected(bytes.error());
    return loadPhotoFromBytes(*bytes, path, settings);
}

Result<DecodedPhoto> loadPhotoFromBytes(const QByteArray &bytes, const QString &path, const ImportSettings &settings)
{
    if (bytes.isEmpty())
        return fail(ErrorCode::CorruptImage, MessageId::FileEmpty, path);
    if (bytes.size() > settings.maxFileBytes)
        return fail(ErrorCode::ImageTooLarge, MessageId::FileTooLarge, path, bytes.size(), settings.maxFileBytes);

    DecodedPhoto result;
    result.photo.sourcePath = path;
    result.photo.sha256Hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();

    const ImageFormat format = sniffImageFormat(bytes);
    if (format == ImageFormat::Unknown)
        return fail(ErrorCode::UnsupportedFormat, MessageId::UnsupportedImage, path);
    try {
        if (format == ImageFormat::Heif) {
            Result<HeifPicture> picture = decodeHeif(bytes, path, settings);
            if (!picture)
                return std::unexpected(picture.error());
            result.image = std::move(picture->image);
            result.photo.captureTime = picture->captureTime;
        } else {
            Result<cv::Mat> image = decodeWithOpenCv(bytes, format, path, settings, result.photo);
            if (!image)
                return std::unexpected(image.error());
            result.image = std::move(*image);
        }
    } catch (const cv::Exception &e) {
        return fail(ErrorCode::CorruptImage, MessageId::ImageDecodeFailed, path, e.what());
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::ImageTooLarge, MessageId::ImageOutOfMemory, path);
    } catch (const std::exception &e) {
        return fail(ErrorCode::CorruptImage, MessageId::ImageDecodeFailed, path, e.what());
    }
    result.photo.width = result.image.cols;
    result.photo.height = result.image.rows;
    return result;
}

} // namespace bw
