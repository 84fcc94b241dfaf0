#pragma once

#include "error.h"
#include "photo.h"

#include <QString>

namespace bw {

struct ImportSettings {
    // Photos with more pixels are refused before decoding (decompression bombs). 100 MP
    // is above every phone and most system cameras.
    qint64 maxPixels = 100'000'000;
    // Files larger than this are not read at all.
    qint64 maxFileBytes = 512LL * 1024 * 1024;

    bool operator==(const ImportSettings &) const = default;
};

// Reads a photo once: hashes the original bytes (SHA-256), checks the pixel limit from the
// header, decodes JPEG, PNG, WebP, TIFF, BMP (OpenCV) or HEIC/HEIF (libheif), turns it
// upright by its orientation (EXIF, or HEIF's own transforms) and into 8-bit BGR, and reads
// the capture time from EXIF. Every failure is an Error naming the file and the reason.
// Unreadable metadata alone is not a failure: the photo is loaded as stored, with
// Photo::metadataError saying why its orientation is unknown.
Result<DecodedPhoto> loadPhoto(const QString &path, const ImportSettings &settings = {});

// The same for bytes already in memory (loadPhoto reads the file and calls this); `name`
// becomes the photo's sourcePath and names it in errors. The fuzz harness enters here.
Result<DecodedPhoto> loadPhotoFromBytes(const QByteArray &bytes, const QString &name,
                                        const ImportSettings &settings = {});

} // namespace bw
