#include "redaction/redactor.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace bw {

namespace {

// Detector boxes are tight around brows, eyes, mouth and chin. The head ellipse is the
// box grown to 1.6x its width and 1.75x its height, most of the growth upward (hair and
// forehead identify a child as much as the face does). With these factors the ellipse
// still contains all four corners of the box.
constexpr float kWidthFactor = 1.6f;
constexpr float kGrowUp = 0.5f;       // of the box height, above the box
constexpr float kGrowDown = 0.25f;    // of the box height, below the box (chin, neck)

// Blurring happens on a small upsampled copy of the cell grid, this many pixels per cell,
// so that its cost does not grow with the face size.
constexpr int kSmoothPixelsPerCell = 8;

bool isUsable(const cv::Rect2f &face)
{
    return std::isfinite(face.x) && std::isfinite(face.y) && std::isfinite(face.width)
        && std::isfinite(face.height) && face.width > 0.0f && face.height > 0.0f;
}

cv::Size cellGrid(const cv::Size &region, float cellSize)
{
    return {std::max(1, int(std::ceil(float(region.width) / cellSize))),
            std::max(1, int(std::ceil(float(region.height) / cellSize)))};
}

} // namespace

Redactor::Redactor(RedactionSettings settings)
    : m_settings(settings)
{
}

cv::RotatedRect Redactor::headEllipseFor(const cv::Rect2f &face)
{
    const float top = face.y - kGrowUp * face.height;
    const float bottom = face.y + (1.0f + kGrowDown) * face.height;
    const cv::Point2f centre(face.x + face.width / 2.0f, (top + bottom) / 2.0f);
    return cv::RotatedRect(centre, cv::Size2f(kWidthFactor * face.width, bottom - top), 0.0f);
}

cv::Rect Redactor::headRegionFor(const cv::Rect2f &face, cv::Size imageSize)
{
    if (!isUsable(face))
        return {};
    const cv::RotatedRect ellipse = headEllipseFor(face);
    const float halfWidth = ellipse.size.width / 2.0f;
    const float halfHeight = ellipse.size.height / 2.0f;
    // Grow outward to whole pixels so that the drawn ellipse never pokes out of the box.
    const double left = std::floor(ellipse.center.x - halfWidth);
    const double top = std::floor(ellipse.center.y - halfHeight);
    const double right = std::ceil(ellipse.center.x + halfWidth) + 1.0;
    const double bottom = std::ceil(ellipse.center.y + halfHeight) + 1.0;
    const int x0 = int(std::clamp(left, 0.0, double(imageSize.width)));
    const int y0 = int(std::clamp(top, 0.0, double(imageSize.height)));
    const int x1 = int(std::clamp(right, 0.0, double(imageSize.width)));
    const int y1 = int(std::clamp(bottom, 0.0, double(imageSize.height)));
    if (x1 <= x0 || y1 <= y0)
        return {};
    return {x0, y0, x1 - x0, y1 - y0};
}

cv::Mat Redactor::redact(const cv::Mat &image, const std::vector<cv::Rect2f> &faces) const
{
    cv::Mat result = image.clone();
    if (result.empty())
        return result;
    for (const cv::Rect2f &face : faces)
        hideHead(result, face);
    return result;
}

void Redactor::hideHead(cv::Mat &image, const cv::Rect2f &face) const
{
    const cv::Rect region = headRegionFor(face, image.size());
    if (region.empty())
        return;

    cv::RotatedRect ellipse = headEllipseFor(face);
    ellipse.center -= cv::Point2f(float(region.x), float(region.y));
    cv::Mat mask = cv::Mat::zeros(region.size(), CV_8UC1);
    cv::ellipse(mask, ellipse, cv::Scalar(255), cv::FILLED, cv::LINE_8);

    cv::Mat roi = image(region);
    cv::Mat hidden;
    const float headWidth = ellipse.size.width;

    switch (m_settings.mode) {
    case RedactionMode::Solid:
        hidden = cv::Mat(region.size(), image.type(), m_settings.solidColour);
        break;
    case RedactionMode::Pixelate: {
        // Cell size follows the head, not the clipped region, so a face at the border is
        // hidden as strongly as one in the middle.
        const int cells = std::clamp(m_settings.pixelCells, 1, kMaxPixelCells);
        cv::Mat grid;
        cv::resize(roi, grid, cellGrid(region.size(), headWidth / float(cells)), 0, 0, cv::INTER_AREA);
        cv::resize(grid, hidden, region.size(), 0, 0, cv::INTER_NEAREST);
        break;
    }
    case RedactionMode::Blur: {
        // A Gaussian blur alone is a linear filter that deconvolution can partly undo,
        // more so on a large face. Averaging into a handful of cells first throws the
        // detail away for good: only a few dozen mean colours are left, and the blur
        // afterwards merely hides the block edges. Noise would add nothing here (a fixed
        // seed could be subtracted again), so none is added.
        const int cells = std::clamp(m_settings.blurCells, 1, kMaxBlurCells);
        const cv::Size gridSize = cellGrid(region.size(), headWidth / float(cells));
        cv::Mat grid;
        cv::resize(roi, grid, gridSize, 0, 0, cv::INTER_AREA);
        cv::Mat smooth;
        cv::resize(grid, smooth, gridSize * kSmoothPixelsPerCell, 0, 0, cv::INTER_NEAREST);
        cv::GaussianBlur(smooth, smooth, cv::Size(), kSmoothPixelsPerCell * 0.5,
                         kSmoothPixelsPerCell * 0.5, cv::BORDER_REPLICATE);
        cv::resize(smooth, hidden, region.size(), 0, 0, cv::INTER_LINEAR);
        break;
    }
    }
    hidden.copyTo(roi, mask);
}

cv::Mat redact(const cv::Mat &image, const std::vector<cv::Rect2f> &faces,
               const RedactionSettings &settings)
{
    return Redactor(settings).redact(image, faces);
}

cv::Mat redactAllBut(const cv::Mat &image, const std::vector<cv::Rect2f> &faces, std::size_t keep,
                     const RedactionSettings &settings)
{
    std::vector<cv::Rect2f> others;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        if (i != keep)
            others.push_back(faces[i]);
    }
    return redact(image, others, settings);
}

} // namespace bw
