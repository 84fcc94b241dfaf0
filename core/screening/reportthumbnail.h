#pragma once

#include "screenedphoto.h"

#include <opencv2/core/mat.hpp>

namespace bw {

// A small picture of an exported photo for the readable report: the exported image itself
// (so every face the export hides is hidden in it too), each face framed and numbered as
// in the report's table, green when shown and red when hidden. The number sits beside the
// frame, never on the face.
cv::Mat numberedThumbnail(const cv::Mat &exported, const ScreenedPhoto &photo, int longSide);

// Reads the exported file of `photo` and makes its numbered thumbnail; empty when the file
// cannot be read (moved away since the export: the report then has no picture of it).
cv::Mat loadNumberedThumbnail(const ScreenedPhoto &photo, int longSide);

} // namespace bw
