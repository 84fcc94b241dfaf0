#pragma once

#include "error.h"

#include <QByteArray>
#include <QDateTime>

namespace bw {

// What the import needs from a photo's header and EXIF, read by exiv2 without decoding
// pixels.
struct ExifMetadata {
    int pixelWidth = 0;        // as stored, before orientation; 0 when the header does not say
    int pixelHeight = 0;
    int orientation = 1;       // EXIF orientation 1..8; 1 when absent or invalid
    QDateTime captureTime;     // DateTimeOriginal (or DateTimeDigitized); invalid when absent

    bool operator==(const ExifMetadata &) const = default;
};

// Reads a whole encoded image (JPEG, PNG, WebP, TIFF, BMP). exiv2 exceptions become an
// error; fileName only names the file in the message.
Result<ExifMetadata> readExifMetadata(const QByteArray &bytes, const QString &fileName);

// Reads a bare EXIF block (a TIFF header and its directories), as HEIF stores it.
ExifMetadata readExifBlock(const QByteArray &tiffData);

} // namespace bw
