#pragma once

#include "consent/channel.h"
#include "error.h"

#include <QByteArray>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace bw {

class ExportStaging;

// Writes one (already redacted) photo for a channel: resized to the channel's profile,
// encoded as a bare JPEG and staged; ExportStaging::commit publishes it under a neutral
// name. It only ever gets pixels, never the original file, so originals cannot be altered
// and no metadata of theirs (EXIF, GPS, XMP face tags, IPTC captions, camera serials) can
// travel along (DOMAIN.md product rule 4).
class PhotoExporter {
public:
    explicit PhotoExporter(ExportProfile profile);

    const ExportProfile &profile() const { return m_profile; }

    // Scaled down (INTER_AREA) so that the long side is profile.longSide; never scaled up;
    // longSide 0 keeps the full size. Returns the input itself when no scaling is needed.
    static cv::Mat resizedForProfile(const cv::Mat &image, const ExportProfile &profile);

    // A JPEG holding pixels only: no EXIF, XMP, IPTC, ICC or comment segment.
    static Result<QByteArray> encodeJpeg(const cv::Mat &image, int quality);

    // Resizes, encodes and stages the `index`-th photo of a run; returns the staged path.
    // Errors are WriteFailed (or InvalidArgument for an unusable image) and leave no file
    // behind.
    Result<QString> stage(const cv::Mat &image, const ExportStaging &staging, int index) const;

private:
    ExportProfile m_profile;
};

} // namespace bw
