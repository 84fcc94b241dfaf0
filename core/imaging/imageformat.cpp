#include "imageformat.h"

#include <QByteArrayList>

namespace bw {

namespace {

bool startsWith(const QByteArray &bytes, int offset, const char *signature, int length)
{
    return bytes.size() >= offset + length && bytes.mid(offset, length) == QByteArray(signature, length);
}

// The JPEG must hold an end-of-image marker after the start of its first scan. Marker
// segments are walked up to the scan so that an EXIF thumbnail (a whole JPEG inside APP1)
// cannot supply the end marker of a truncated main image.
bool jpegHasEndMarker(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype pos = 2;
    while (pos + 4 <= size) {
        if (data[pos] != 0xFF)
            return false;
        const unsigned char marker = data[pos + 1];
        if (marker == 0xFF) {
            ++pos;
            continue;
        }
        const qsizetype length = (qsizetype(data[pos + 2]) << 8) | data[pos + 3];
        if (marker == 0xDA) {
            pos += 2 + length;
            break;
        }
        pos += 2 + length;
    }
    // Entropy-coded data escapes 0xFF as FF 00, so FF D9 after the scan start is the marker.
    return pos < size && bytes.indexOf(QByteArray("\xFF\xD9", 2), pos) >= 0;
}

bool pngHasEndChunk(const QByteArray &bytes)
{
    // Tools may append bytes after IEND; its chunk type near the end is enough.
    const qsizetype at = bytes.lastIndexOf(QByteArray("IEND", 4));
    return at >= 8 && at + 8 <= bytes.size();
}

} // namespace

ImageFormat sniffImageFormat(const QByteArray &bytes)
{
    if (startsWith(bytes, 0, "\xFF\xD8\xFF", 3))
        return ImageFormat::Jpeg;
    if (startsWith(bytes, 0, "\x89PNG\r\n\x1A\n", 8))
        return ImageFormat::Png;
    if (startsWith(bytes, 0, "RIFF", 4) && startsWith(bytes, 8, "WEBP", 4))
        return ImageFormat::WebP;
    if (startsWith(bytes, 0, "II*\0", 4) || startsWith(bytes, 0, "MM\0*", 4))
        return ImageFormat::Tiff;
    if (startsWith(bytes, 0, "BM", 2) && bytes.size() >= 26)
        return ImageFormat::Bmp;
    if (startsWith(bytes, 4, "ftyp", 4)) {
        const QByteArray brand = bytes.mid(8, 4);
        static const QByteArrayList heifBrands = {"heic", "heix", "hevc", "hevx", "heim", "heis",
                                                  "hevm", "hevs", "mif1", "msf1", "avif"};
        if (heifBrands.contains(brand))
            return ImageFormat::Heif;
    }
    return ImageFormat::Unknown;
}

QString imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg: return QStringLiteral("JPEG");
    case ImageFormat::Png: return QStringLiteral("PNG");
    case ImageFormat::WebP: return QStringLiteral("WebP");
    case ImageFormat::Tiff: return QStringLiteral("TIFF");
    case ImageFormat::Bmp: return QStringLiteral("BMP");
    case ImageFormat::Heif: return QStringLiteral("HEIF");
    case ImageFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool isCompleteImageData(ImageFormat format, const QByteArray &bytes)
{
    switch (format) {
    case ImageFormat::Jpeg: return jpegHasEndMarker(bytes);
    case ImageFormat::Png: return pngHasEndChunk(bytes);
    default: return true;   // the decoder itself fails on truncated data of these formats
    }
}

} // namespace bw
