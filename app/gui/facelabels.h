#pragma once

#include <QRectF>
#include <QSizeF>

#include <optional>
#include <vector>

namespace bw::gui {

// Where the name tags of a photo's faces go (widget coordinates): above each box, or below
// it when there is no room above or another tag is there. Tags never overlap, also on a
// crowded photo (51 faces overlapped into an unreadable mess): a tag that finds no free
// place is left out, and that face's name shows when it is selected. The selected face is
// placed first, then the others in reading order. One entry per box.
std::vector<std::optional<QRectF>> placeFaceLabels(const std::vector<QRectF> &boxes,
                                                   const std::vector<QSizeF> &labelSizes, int selected,
                                                   const QRectF &area);

} // namespace bw::gui
