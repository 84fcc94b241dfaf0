#pragma once

#include "photo.h"

#include <opencv2/core/types.hpp>

namespace bw {

// Quarter turns clockwise normalised to 0..3 (-1, a turn to the left, is 3).
int normalisedQuarterTurns(int quarterTurns);

// Turns a decoded photo by quarter turns clockwise, as a teacher does by hand when the
// orientation is unknown (unreadable metadata). Its size and Photo::quarterTurns follow.
void turnClockwise(DecodedPhoto &photo, int quarterTurns);

// Where a rectangle of an image of `size` lies after the image is turned clockwise.
cv::Rect2f turnedRect(const cv::Rect2f &rect, cv::Size size, int quarterTurns);

} // namespace bw
