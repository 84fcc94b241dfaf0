#pragma once

#include "consent/channel.h"
#include "photoverdict.h"
#include "redaction/redactionsettings.h"

#include <opencv2/core/mat.hpp>

namespace bw {

// The pixels an export writes for a photo, before encoding: every face that is not visible
// by the verdict hidden (hidden is the default: a face without an explicit "visible" is
// redacted), at the photo's full size. The one place the export (Screener) and the review's
// preview (what the channel will show) take them from.
cv::Mat redactedForExport(const cv::Mat &image, const PhotoVerdict &verdict, const RedactionSettings &redaction);

// redactedForExport, scaled to the channel's profile exactly as PhotoExporter::stage scales
// it: what a parent will see, short of the JPEG encoding.
cv::Mat exportedImage(const cv::Mat &image, const PhotoVerdict &verdict, const ExportProfile &profile,
                      const RedactionSettings &redaction);

} // namespace bw
