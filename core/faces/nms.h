#pragma once

#include "facebox.h"

#include <vector>

namespace bw {

// Intersection over union of two rectangles; 0 when either is empty.
float boxIoU(const cv::Rect2f &a, const cv::Rect2f &b);

// Non-maximum suppression: keeps the highest-scoring box of every group of boxes that
// overlap by more than iouThreshold, ordered by descending score. A box that lies almost
// wholly inside a higher-scoring one (containment >= containmentThreshold of its own area)
// is also dropped: tiled passes see a large face twice, once cut off at the tile border.
std::vector<FaceBox> suppressOverlaps(std::vector<FaceBox> boxes, float iouThreshold,
                                      float containmentThreshold = 1.1f);

} // namespace bw
