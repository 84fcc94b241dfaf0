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
    // Possible faces come last: the teacher reads the sure faces first, then dismisses what
    // is no face (a dog, a poster) or leaves it hidden.
    std::vector<int> order;
    order.reserve(faces.size());
    for (const bool possible : {false, true}) {
        std::vector<int> indices;
        std::vector<QRectF> rects;
        for (std::size_t i = 0; i < faces.size(); ++i) {
            const cv::Rect2f &r = faces[i].box.rect;
            if (faces[i].box.possibleFace == possible) {
                indices.push_back(int(i));
                rects.emplace_back(r.x, r.y, r.width, r.height);
            }
        }
        for (const int k : readingOrder(rects))
            order.push_back(indices[std::size_t(k)]);
    }
    return order;
}

} // namespace bw::gui
