#include "facelabels.h"

#include "readingorder.h"

#include <algorithm>

namespace bw::gui {

namespace {

constexpr double kGap = 2.0;

// Above the box, then below it; kept inside the area from left to right.
std::vector<QRectF> candidatesFor(const QRectF &box, const QSizeF &size, const QRectF &area)
{
    QRectF above(QPointF(), size);
    above.moveBottomLeft(box.topLeft() - QPointF(0, kGap));
    QRectF below(QPointF(), size);
    below.moveTopLeft(box.bottomLeft() + QPointF(0, kGap));
    std::vector<QRectF> candidates;
    for (QRectF tag : {above, below}) {
        if (tag.right() > area.right())
            tag.moveRight(area.right());
        if (tag.left() < area.left())
            tag.moveLeft(area.left());
        if (tag.top() >= area.top())
            candidates.push_back(tag);
    }
    return candidates;
}

} // namespace

std::vector<std::optional<QRectF>> placeFaceLabels(const std::vector<QRectF> &boxes,
                                                   const std::vector<QSizeF> &labelSizes, int selected,
                                                   const QRectF &area)
{
    std::vector<std::optional<QRectF>> placed(boxes.size());
    std::vector<int> order = readingOrder(boxes);
    if (selected >= 0 && selected < int(boxes.size())) {
        std::erase(order, selected);
        order.insert(order.begin(), selected);
    }
    std::vector<QRectF> taken;
    for (const int index : order) {
        const QRectF &box = boxes[std::size_t(index)];
        for (const QRectF &tag : candidatesFor(box, labelSizes[std::size_t(index)], area)) {
            const bool free = std::none_of(taken.begin(), taken.end(),
                                           [&](const QRectF &other) { return other.intersects(tag); });
            if (free) {
                placed[std::size_t(index)] = tag;
                taken.push_back(tag);
                break;
            }
        }
    }
    return placed;
}

} // namespace bw::gui
