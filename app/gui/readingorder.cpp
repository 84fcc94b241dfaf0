#include "readingorder.h"

#include <algorithm>
#include <numeric>

namespace bw::gui {

std::vector<int> readingOrder(const std::vector<QRectF> &faces)
{
    std::vector<int> byTop(faces.size());
    std::iota(byTop.begin(), byTop.end(), 0);
    std::stable_sort(byTop.begin(), byTop.end(), [&](int a, int b) {
        return faces[std::size_t(a)].center().y() < faces[std::size_t(b)].center().y();
    });

    // A new row starts where the next head (top to bottom) is clearly lower than the one
    // before: more than 0.8 of their face height. Heads in one row vary less than that, rows
    // in a group photo are further apart.
    std::vector<std::vector<int>> rows;
    const QRectF *previous = nullptr;
    for (const int index : byTop) {
        const QRectF &face = faces[std::size_t(index)];
        const bool newRow = previous == nullptr
                            || face.center().y() - previous->center().y()
                                   > 0.8 * (face.height() + previous->height()) / 2;
        if (newRow)
            rows.emplace_back();
        rows.back().push_back(index);
        previous = &face;
    }

    std::vector<int> order;
    order.reserve(faces.size());
    for (std::vector<int> &row : rows) {
        std::stable_sort(row.begin(), row.end(), [&](int a, int b) {
            return faces[std::size_t(a)].center().x() < faces[std::size_t(b)].center().x();
        });
        order.insert(order.end(), row.begin(), row.end());
    }
    return order;
}

std::vector<int> readingOrder(const std::vector<ScreenedFace> &faces)
{
    std::vector<QRectF> rects;
    rects.reserve(faces.size());
    for (const ScreenedFace &face : faces)
        rects.emplace_back(face.box.rect.x, face.box.rect.y, face.box.rect.width, face.box.rect.height);
    return readingOrder(rects);
}

} // namespace bw::gui
