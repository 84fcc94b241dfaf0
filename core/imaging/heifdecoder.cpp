#include "heifdecoder.h"

#include "exifmetadata.h"

#include <libheif/heif.h>

#include <opencv2/imgproc.hpp>

#include <memory>

namespace bw {

namespace {

struct ContextDeleter {
    void operator()(heif_context *context) const { heif_context_free(context); }
};
struct HandleDeleter {
    void operator()(heif_image_handle *handle) const { heif_image_handle_release(handle); }
};
struct ImageDeleter {
    void operator()(heif_image *image) const { heif_image_release(image); }
};

QString heifMessage(const heif_error &error)
{
    return QString::fromUtf8(error.message ? error.message : "unknown libheif error");
}

// HEIF stores EXIF behind a 4-byte offset to its TIFF header.
QDateTime captureTimeOf(heif_image_handle *handle)
{
    heif_item_id id = 0;
    if (heif_image_handle_get_list_of_metadata_block_IDs(handle, "Exif", &id, 1) < 1)
        return {};
    const std::size_t size = heif_image_handle_get_metadata_size(handle, id);
    if (size <= 4)
        return {};
    QByteArray block(qsizetype(size), Qt::Uninitialized);
    if (heif_image_handle_get_metadata(handle, id, block.data()).code != heif_error_Ok)
        return {};
    const auto *data = reinterpret_cast<const unsigned char *>(block.constData());
    const quint32 offset = (quint32(data[0]) << 24) | (quint32(data[1]) << 16) | (quint32(data[2]) << 8) | data[3];
    if (qsizetype(offset) + 4 >= block.size())
        return {};
    return readExifBlock(block.mid(4 + qsizetype(offset))).captureTime;
}

} // namespace

Result<HeifPicture> decodeHeif(const QByteArray &bytes, const QString &fileName, const ImportSettings &settings)
{
    std::unique_ptr<heif_context, ContextDeleter> context(heif_context_alloc());
    if (!context)
        return fail(ErrorCode::CorruptImage, MessageId::HeifDecoderUnavailable, fileName);
    heif_error error = heif_context_read_from_memory_without_copy(context.get(), bytes.constData(),
                                                                  std::size_t(bytes.size()), nullptr);
    if (error.code != heif_error_Ok)
        return fail(ErrorCode::CorruptImage, MessageId::HeifDamaged, fileName, heifMessage(error));
    heif_image_handle *rawHandle = nullptr;
    error = heif_context_get_primary_image_handle(context.get(), &rawHandle);
    if (error.code != heif_error_Ok)
        return fail(ErrorCode::CorruptImage, MessageId::HeifWithoutImage, fileName, heifMessage(error));
    std::unique_ptr<heif_image_handle, HandleDeleter> handle(rawHandle);

    const qint64 width = heif_image_handle_get_width(handle.get());
    const qint64 height = heif_image_handle_get_height(handle.get());
    if (width <= 0 || height <= 0)
        return fail(ErrorCode::CorruptImage, MessageId::HeifWithoutSize, fileName);
    if (width * height > settings.maxPixels)
        return fail(ErrorCode::ImageTooLarge, MessageId::ImageTooManyPixels, fileName, width, height, settings.maxPixels);

    heif_image *rawImage = nullptr;
    // Default decoding options apply the container's rotation and mirroring (irot/imir),
    // which is what HEIF viewers show; the EXIF orientation inside HEIF is informative only.
    error = heif_decode_image(handle.get(), &rawImage, heif_colorspace_RGB, heif_chroma_interleaved_RGB, nullptr);
    if (error.code != heif_error_Ok)
        return fail(ErrorCode::CorruptImage, MessageId::HeifUndecodable, fileName, heifMessage(error));
    std::unique_ptr<heif_image, ImageDeleter> image(rawImage);
    int stride = 0;
    const uint8_t *pixels = heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int decodedWidth = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int decodedHeight = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (!pixels || decodedWidth <= 0 || decodedHeight <= 0)
        return fail(ErrorCode::CorruptImage, MessageId::HeifWithoutPixels, fileName);
    // The limit above was checked against the size the container announces (ispe), but a
    // grid image's own header sets the canvas that libheif decodes: fuzz_photoloader found
    // an 872-byte HEIC announcing 32 x 24 that decodes to 14895 x 12056. Check again.
    if (qint64(decodedWidth) * decodedHeight > settings.maxPixels)
        return fail(ErrorCode::ImageTooLarge, MessageId::HeifDecodesTooLarge, fileName, decodedWidth, decodedHeight,
                    width, height, settings.maxPixels);

    HeifPicture picture;
    const cv::Mat rgb(decodedHeight, decodedWidth, CV_8UC3, const_cast<uint8_t *>(pixels), std::size_t(stride));
    cv::cvtColor(rgb, picture.image, cv::COLOR_RGB2BGR);
    picture.captureTime = captureTimeOf(handle.get());
    return picture;
}

} // namespace bw
