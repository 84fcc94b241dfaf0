#include "exifmetadata.h"

#include "imageformat.h"

#include <exiv2/exiv2.hpp>

#include <QtEndian>

#include <climits>
#include <mutex>
#include <optional>
#include <tuple>
#include <utility>

namespace bw {

namespace {

QDateTime parseExifTime(const Exiv2::ExifData &exif)
{
    for (const char *key : {"Exif.Photo.DateTimeOriginal", "Exif.Photo.DateTimeDigitized"}) {
        const auto it = exif.findKey(Exiv2::ExifKey(key));
        if (it == exif.end())
            continue;
        // EXIF stores local time without a zone: "YYYY:MM:DD HH:MM:SS".
        const QDateTime time = QDateTime::fromString(QString::fromStdString(it->toString()).trimmed(),
                                                     QStringLiteral("yyyy:MM:dd HH:mm:ss"));
        if (time.isValid())
            return time;
    }
    return {};
}

void readExifInto(const Exiv2::ExifData &exif, ExifMetadata &metadata)
{
    const auto it = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    if (it != exif.end() && it->count() > 0) {
        const long value = it->toLong();
        metadata.orientation = value >= 1 && value <= 8 ? int(value) : 1;
    }
    metadata.captureTime = parseExifTime(exif);
}

const Exiv2::byte *dataOf(const QByteArray &bytes)
{
    return reinterpret_cast<const Exiv2::byte *>(bytes.constData());
}

// A PNG's size stands at a fixed place, in its first chunk (IHDR). exiv2's copy below would
// allocate whatever length a damaged chunk announces: 1.9 GB for a 2.5 KB file, found by
// fuzz_photoloader (tests/fuzz/regressions/photoloader/png-chunk-length-1.9gb.png).
std::optional<std::pair<int, int>> pngHeaderSize(const QByteArray &bytes)
{
    if (bytes.size() < 24 || bytes.mid(12, 4) != QByteArrayLiteral("IHDR"))
        return std::nullopt;
    const quint32 width = qFromBigEndian<quint32>(bytes.constData() + 16);
    const quint32 height = qFromBigEndian<quint32>(bytes.constData() + 20);
    if (width == 0 || height == 0 || width > quint32(INT_MAX) || height > quint32(INT_MAX))
        return std::nullopt;
    return std::pair<int, int>(int(width), int(height));
}

// The metadata could not be read. exiv2 writes a copy of the image without any metadata
// (it copies the image data and skips the metadata segments without parsing them) and reads
// the size from that (a PNG's size is read from its header instead). When even that fails,
// the header itself is damaged. Only JPEG and PNG are read this way (they keep their
// metadata apart from the image data; in a TIFF it is the image's structure).
Result<ExifMetadata> readWithoutMetadata(const QByteArray &bytes, const QString &fileName,
                                         const QString &problem)
{
    const auto damagedHeader = [&] {
        return fail(ErrorCode::CorruptImage, MessageId::ImageHeaderDamaged, fileName, problem);
    };
    const ImageFormat format = sniffImageFormat(bytes);
    // Not WebP: exiv2's copy of a WebP allocates whatever size a damaged chunk announces too
    // (3 GB, found by fuzz_photoloader), and its size has no fixed place to read it from.
    if (format != ImageFormat::Jpeg && format != ImageFormat::Png)
        return damagedHeader();
    ExifMetadata metadata;
    if (format == ImageFormat::Png) {
        const std::optional<std::pair<int, int>> size = pngHeaderSize(bytes);
        if (!size)
            return damagedHeader();
        std::tie(metadata.pixelWidth, metadata.pixelHeight) = *size;
        metadata.problem = QStringLiteral("%1: unreadable metadata (%2)").arg(fileName, problem);
        return metadata;
    }
    try {
        auto image = Exiv2::ImageFactory::open(dataOf(bytes), long(bytes.size()));
        if (!image.get())
            return fail(ErrorCode::UnsupportedFormat, MessageId::NotAnImage, fileName);
        image->clearMetadata();
        image->writeMetadata();
        image->readMetadata();
        metadata.pixelWidth = image->pixelWidth();
        metadata.pixelHeight = image->pixelHeight();
    } catch (const std::exception &) {
        return damagedHeader();
    }
    metadata.problem = QStringLiteral("%1: unreadable metadata (%2)").arg(fileName, problem);
    return metadata;
}

} // namespace

Result<ExifMetadata> readExifMetadata(const QByteArray &bytes, const QString &fileName)
{
    // exiv2's XMP parser must be set up once before worker threads read photos in parallel.
    static std::once_flag xmpReady;
    std::call_once(xmpReady, [] { Exiv2::XmpParser::initialize(); });
    ExifMetadata metadata;
    QString problem;
    try {
        auto image = Exiv2::ImageFactory::open(dataOf(bytes), long(bytes.size()));
        if (!image.get())
            return fail(ErrorCode::UnsupportedFormat, MessageId::NotAnImage, fileName);
        image->readMetadata();
        metadata.pixelWidth = image->pixelWidth();
        metadata.pixelHeight = image->pixelHeight();
        readExifInto(image->exifData(), metadata);
        return metadata;
    } catch (const Exiv2::AnyError &e) {
        problem = QString::fromStdString(e.what());
    } catch (const std::exception &e) {
        problem = QString::fromUtf8(e.what());
    }
    return readWithoutMetadata(bytes, fileName, problem);
}

ExifMetadata readExifBlock(const QByteArray &tiffData)
{
    ExifMetadata metadata;
    try {
        Exiv2::ExifData exif;
        Exiv2::ExifParser::decode(exif, dataOf(tiffData), uint32_t(tiffData.size()));
        readExifInto(exif, metadata);
    } catch (const std::exception &) {
        // A damaged EXIF block inside an intact HEIF costs only the capture time.
    }
    return metadata;
}

} // namespace bw
