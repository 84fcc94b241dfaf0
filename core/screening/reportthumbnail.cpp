#include "reportthumbnail.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace bw {

namespace {

const cv::Scalar kShown(60, 150, 20);   // BGR green
const cv::Scalar kHidden(40, 40, 200);  // BGR red
const cv::Scalar kWhite(255, 255, 255);

void drawNumber(cv::Mat &image, const cv::Rect &frame, int number, const cv::Scalar &colour)
{
    const std::string text = std::to_string(number);
    const double scale = 0.5;
    int baseline = 0;
    const cv::Size size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, scale, 1, &baseline);
    const cv::Size tag(size.width + 6, size.height + baseline + 4);
    // Above the frame, or below it when the frame touches the top edge.
    int y = frame.y - tag.height;
    if (y < 0)
        y = std::min(frame.y + frame.height, image.rows - tag.height);
    const int x = std::clamp(frame.x, 0, std::max(0, image.cols - tag.width));
    const cv::Rect box(cv::Point(x, std::max(0, y)), tag);
    cv::rectangle(image, box & cv::Rect(0, 0, image.cols, image.rows), colour, cv::FILLED);
    cv::putText(image, text, cv::Point(box.x + 3, box.y + size.height + 2), cv::FONT_HERSHEY_SIMPLEX,
                scale, kWhite, 1, cv::LINE_AA);
}

} // namespace

cv::Mat numberedThumbnail(const cv::Mat &exported, const ScreenedPhoto &photo, int longSide)
{
    if (exported.empty())
        return {};
    const double shrink = std::min(1.0, double(longSide) / std::max(exported.cols, exported.rows));
    cv::Mat thumbnail;
    cv::resize(exported, thumbnail, cv::Size(), shrink, shrink, cv::INTER_AREA);
    // Face boxes are in the (turned) source photo's pixels; the export may be smaller.
    const double toThumbnail = photo.photo.width > 0 ? double(thumbnail.cols) / photo.photo.width : shrink;
    int number = 0;
    for (const ScreenedFace &face : photo.verdict.faces) {
        const cv::Rect2f &r = face.box.rect;
        const cv::Rect frame(cvRound(r.x * toThumbnail), cvRound(r.y * toThumbnail),
                             std::max(1, cvRound(r.width * toThumbnail)),
                             std::max(1, cvRound(r.height * toThumbnail)));
        const cv::Scalar &colour = face.decision.visible ? kShown : kHidden;
        cv::rectangle(thumbnail, frame & cv::Rect(0, 0, thumbnail.cols, thumbnail.rows), colour, 1);
        drawNumber(thumbnail, frame, ++number, colour);
    }
    return thumbnail;
}

cv::Mat loadNumberedThumbnail(const ScreenedPhoto &photo, int longSide)
{
    return numberedThumbnail(cv::imread(photo.outputFile.toStdString(), cv::IMREAD_COLOR), photo, longSide);
}

} // namespace bw
