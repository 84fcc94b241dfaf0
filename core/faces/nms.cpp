#include "nms.h"

#include <algorithm>

namespace bw {

float boxIoU(const cv::Rect2f &a, const cv::Rect2f &b)
{
    const float intersection = (a & b).area();
    const float unionArea = a.area() + b.area() - intersection;
    return unionArea > 0.0f ? intersection / unionArea : 0.0f;
}

std::vector<FaceBox> suppressOverlaps(std::vector<FaceBox> boxes, float iouThreshold,
                                      float containmentThreshold)
{
    std::stable_sort(boxes.begin(), boxes.end(),
                     [](const FaceBox &a, const FaceBox &b) { return a.score > b.score; });
    std::vector<FaceBox> kept;
    kept.reserve(boxes.size());
    for (const FaceBox &candidate : boxes) {
        const bool suppressed = std::any_of(kept.begin(), kept.end(), [&](const FaceBox &k) {
            if (boxIoU(k.rect, candidate.rect) > iouThreshold)
                return true;
            const float area = candidate.rect.area();
            return area > 0.0f && (k.rect & candidate.rect).area() >= containmentThreshold * area;
        });
        if (!suppressed)
            kept.push_back(candidate);
    }
    return kept;
}

} // namespace bw
