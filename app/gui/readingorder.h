#pragma once

#include "screening/facedecision.h"

#include <QRectF>

#include <vector>

namespace bw::gui {

// The order in which N walks the faces of a photo: as a teacher reads a group photo, row by
// row from the top, left to right within a row, so that a slightly lower head in the middle
// of a row does not break it; possible faces after all the others. Returns face indices.
std::vector<int> readingOrder(const std::vector<QRectF> &faces);
std::vector<int> readingOrder(const std::vector<ScreenedFace> &faces);

} // namespace bw::gui
