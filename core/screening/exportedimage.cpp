#include "exportedimage.h"

#include "export/photoexporter.h"
#include "redaction/redactor.h"

namespace bw {

cv::Mat redactedForExport(const cv::Mat &image, const PhotoVerdict &verdict, const RedactionSettings &redaction)
{
    // Whole boxes with their landmarks: the hidden area follows a turned or tilted head.
    std::vector<FaceBox> hidden;
    for (const ScreenedFace &face : verdict.faces) {
        if (!face.decision.visible)
            hidden.push_back(face.box);
    }
    return hidden.empty() ? image : redact(image, hidden, redaction);
}

cv::Mat exportedImage(const cv::Mat &image, const PhotoVerdict &verdict, const ExportProfile &profile,
                      const RedactionSettings &redaction)
{
    return PhotoExporter::resizedForProfile(redactedForExport(image, verdict, redaction), profile);
}

} // namespace bw
