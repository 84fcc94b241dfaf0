#pragma once

#include "error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace bw {

// What the import needs from a photo's header and EXIF, read by exiv2 without decoding
// pixels.
struct ExifMetadata {
    int pixelWidth = 0;        // as stored, before orientation; 0 when the header does not say
    int pixelHeight = 0;
    int orientation = 1;       // EXIF orientation 1..8; 1 when absent or invalid
    QDateTime captureTime;     // DateTimeOriginal (or DateTimeDigitized); invalid when absent
    QString problem;           // why the metadata could not be read; empty when it could

    bool operator==(const ExifMetadata &) const = default;
};

// Reads a whole encoded image (JPEG, PNG, WebP, TIFF, BMP); fileName only names the file in
// messages. Damaged metadata (a phone's or messaging app's broken EXIF block) is not a
// damaged image: the size is then read from a copy without metadata, and `problem` says
// what was wrong (orientation 1, no capture time). Only a header that cannot be read even
// so is an error.
Result<ExifMetadata> readExifMetadata(const QByteArray &bytes, const QString &fileName);

// Reads a bare EXIF block (a TIFF header and its directories), as HEIF stores it.
ExifMetadata readExifBlock(const QByteArray &tiffData);

} // namespace bw
