// libFuzzer harness for the whole photo import: format sniffing, exiv2 header and EXIF
// reading, the truncation checks, OpenCV or libheif decoding, orientation and the 8-bit
// BGR conversion, all through loadPhotoFromBytes, which loadPhoto itself uses.
#include "fuzzcheck.h"

#include "imaging/photoloader.h"

#include <QByteArray>
#include <QString>

#include <exiv2/exiv2.hpp>
#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>

#include <cstddef>
#include <cstdint>

// exiv2 and OpenCV print a warning for most damaged headers; at thousands of inputs a
// second that is slow and buries the sanitizers' reports. loadPhoto reports failures as
// Errors, which the harness checks, so nothing is lost.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    // fromRawData does not copy: a read past the input is a read past libFuzzer's buffer,
    // which AddressSanitizer reports.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    bw::ImportSettings settings;
    // A lower pixel limit than the default keeps each run fast and within libFuzzer's
    // memory limit; the limit check itself is the same code either way.
    settings.maxPixels = 4'000'000;
    const QString name = QStringLiteral("fuzz-input");

    const bw::Result<bw::DecodedPhoto> photo = bw::loadPhotoFromBytes(bytes, name, settings);
    if (!photo) {
        // An error must say which file failed: an empty or anonymous error would reach
        // the report as an unexplained failure.
        BW_FUZZ_CHECK(!photo.error().message.isEmpty(), "error without a message");
        BW_FUZZ_CHECK(photo.error().message.contains(name), "error message does not name the file");
        return 0;
    }
    const cv::Mat &image = photo->image;
    BW_FUZZ_CHECK(!image.empty(), "success with an empty image");
    BW_FUZZ_CHECK(image.type() == CV_8UC3, "image is not 8-bit BGR");
    BW_FUZZ_CHECK(photo->photo.width == image.cols && photo->photo.height == image.rows,
                  "photo size differs from the image");
    BW_FUZZ_CHECK(qint64(image.cols) * image.rows <= settings.maxPixels, "pixel limit bypassed");
    BW_FUZZ_CHECK(photo->photo.sha256Hex.size() == 64, "SHA-256 is not 64 hex digits");
    BW_FUZZ_CHECK(photo->photo.sourcePath == name, "source path lost");
    return 0;
}
