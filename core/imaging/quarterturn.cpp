#include "quarterturn.h"

#include <opencv2/core.hpp>

namespace bw {

int normalisedQuarterTurns(int quarterTurns)
{
    return ((quarterTurns % 4) + 4) % 4;
}

void turnClockwise(DecodedPhoto &photo, int quarterTurns)
{
    const int turns = normalisedQuarterTurns(quarterTurns);
    static constexpr cv::RotateFlags kRotations[] = {cv::ROTATE_90_CLOCKWISE, cv::ROTATE_180,
                                                     cv::ROTATE_90_COUNTERCLOCKWISE};
    if (turns != 0 && !photo.image.empty()) {
        cv::Mat turned;
        cv::rotate(photo.image, turned, kRotations[turns - 1]);
        photo.image = turned;
    }
    photo.photo.width = photo.image.cols;
    photo.photo.height = photo.image.rows;
    photo.photo.quarterTurns = normalisedQuarterTurns(photo.photo.quarterTurns + turns);
}

cv::Rect2f turnedRect(const cv::Rect2f &rect, cv::Size size, int quarterTurns)
{
    cv::Rect2f turned = rect;
    float width = float(size.width);
    float height = float(size.height);
    for (int i = 0; i < normalisedQuarterTurns(quarterTurns); ++i) {
        // One clockwise turn: (x, y) in a W x H image goes to (H - y, x) in an H x W one.
        turned = cv::Rect2f(height - turned.y - turned.height, turned.x, turned.height, turned.width);
        std::swap(width, height);
    }
    return turned;
}

} // namespace bw
