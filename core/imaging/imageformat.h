#pragma once

#include <QByteArray>
#include <QString>

namespace bw {

enum class ImageFormat { Unknown, Jpeg, Png, WebP, Tiff, Bmp, Heif };

// The format by the file's signature (never by its name: a renamed file is still found).
ImageFormat sniffImageFormat(const QByteArray &bytes);

QString imageFormatName(ImageFormat format);

// Whether the encoded data ends properly. Decoders may return a half-decoded image from a
// truncated file with only a warning; such a photo would hide the faces in its missing part.
bool isCompleteImageData(ImageFormat format, const QByteArray &bytes);

} // namespace bw
