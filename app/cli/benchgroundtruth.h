#pragma once

#include "faces/facebox.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <map>
#include <utility>
#include <vector>

// Ground truth for `bench`: synthetic group photos with known face boxes, the annotated
// faces-pascal set, and detection recall against them.
namespace bw::cli {

struct GroundTruthPhoto {
    QString path;
    std::vector<cv::Rect2f> faces;
};

struct RecallCount {
    int truth = 0, found = 0, spurious = 0, photos = 0;
};

// Paste real faces at 20..400 px into a 4000 x 3000 photo (fixed seed): a reproducible
// 12-megapixel group photo with known face boxes. Returns the boxes.
std::vector<cv::Rect2f> composeGroupPhoto(const std::vector<std::pair<cv::Mat, cv::Rect2f>> &sources,
                                          int seed, cv::Mat &canvas);

// The photos of faces-pascal (testing.xml, training.xml) with their face boxes, and its
// photo of dogs without any.
std::vector<GroundTruthPhoto> readPascal(const QString &dir);

// A face counts as found when a box overlaps it with IoU >= 0.3; boxes that found no face
// are spurious. `bySize` counts found/total per face width.
void countRecall(const std::vector<cv::Rect2f> &truth, const std::vector<FaceBox> &found, RecallCount &count,
                 std::map<int, std::pair<int, int>> *bySize = nullptr);

} // namespace bw::cli
