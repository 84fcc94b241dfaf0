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
// A face turned away shows its cheek and ear on one side and the back of its head beyond
// them: per unit of turn (poseOf) the ellipse moves this much of the box width towards the
// back of the head, and grows by kTurnWiden of it.
constexpr float kTurnShift = 0.25f;
constexpr float kTurnWiden = 0.5f;
// CenterFace's boxes are about this wide for their height (0.72-0.8 on the labelled faces of
// tests/data/eval-identities.json). The detector trims a box to the frame; a face cut by the
// frame is hidden as if whole (wholeFace), so its ellipse and cells keep the head's size.
constexpr float kBoxAspect = 0.75f;

// Blurring happens on a small upsampled copy of the cell grid, this many pixels per cell,
// so that its cost does not grow with the face size.
constexpr int kSmoothPixelsPerCell = 8;

bool isUsable(const cv::Rect2f &face)
{
    return std::isfinite(face.x) && std::isfinite(face.y) && std::isfinite(face.width)
        && std::isfinite(face.height) && face.width > 0.0f && face.height > 0.0f;
}

FaceBox boxOnly(const cv::Rect2f &rect)
{
    FaceBox face;
    face.rect = rect;
    return face;
}

// How a face sits in its box, from CenterFace's landmarks: the roll of its eye line, and
// its turn: the nose's offset from between the eyes along the eye line, in eye distances
// (0 frontal, about 0.4 in three-quarter view, 1 and more in profile; positive when the
// nose points to the image's right).
struct Pose {
    float rollDegrees = 0.0f;
    float turn = 0.0f;
};

Pose poseOf(const FaceBox &box)
{
    if (!box.hasLandmarks)
        return {};
    const cv::Point2f eyes = box.landmarks[1] - box.landmarks[0];
    const float distance = std::hypot(eyes.x, eyes.y);
    if (!std::isfinite(distance) || distance < 0.05f * box.rect.width)
        return {};
    const cv::Point2f axis = eyes * (1.0f / distance);
    const cv::Point2f nose = box.landmarks[2] - (box.landmarks[0] + box.landmarks[1]) * 0.5f;
    const float roll = float(std::atan2(axis.y, axis.x) * 180.0 / CV_PI);
    return {std::clamp(roll, -60.0f, 60.0f), std::clamp(nose.dot(axis) / distance, -1.5f, 1.5f)};
}

// The box of a face the frame cuts, grown beyond the frame's edge back to a face's aspect:
// the ellipse then reaches the hair and chin that stay inside the photo, as for a whole face.
FaceBox wholeFace(FaceBox face, cv::Size imageSize)
{
    // Trimmed means ending at the edge: a box reaching beyond the frame is whole already.
    cv::Rect2f &r = face.rect;
    const auto trimmed = [](float side, float edge) { return std::abs(side - edge) <= 1.0f; };
    const bool left = trimmed(r.x, 0.0f), right = trimmed(r.br().x, float(imageSize.width));
    const bool top = trimmed(r.y, 0.0f), bottom = trimmed(r.br().y, float(imageSize.height));
    if ((left || right) && !(left && right) && r.width < kBoxAspect * r.height) {
        const float grow = kBoxAspect * r.height - r.width;
        r.x -= left ? grow : 0.0f;
        r.width += grow;
    }
    if ((top || bottom) && !(top && bottom) && r.height < r.width / kBoxAspect) {
        const float grow = r.width / kBoxAspect - r.height;
        r.y -= top ? grow : 0.0f;
        r.height += grow;
    }
    return face;
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
    return headEllipseFor(boxOnly(face));
}

cv::Rect Redactor::headRegionFor(const cv::Rect2f &face, cv::Size imageSize)
{
    return headRegionFor(boxOnly(face), imageSize);
}

cv::RotatedRect Redactor::headEllipseFor(const FaceBox &box)
{
    // In the face's own frame (x along the eye line, y from crown to chin), then turned by
    // the face's roll about the box centre: a tilted head keeps its hair and chin covered.
    const cv::Rect2f &face = box.rect;
    const Pose pose = poseOf(box);
    const cv::Size2f size((kWidthFactor + kTurnWiden * std::abs(pose.turn)) * face.width,
                          (1.0f + kGrowUp + kGrowDown) * face.height);
    const cv::Point2f offset(-kTurnShift * pose.turn * face.width, (kGrowDown - kGrowUp) / 2.0f * face.height);
    const double roll = pose.rollDegrees * CV_PI / 180.0;
    const cv::Point2f turned(float(offset.x * std::cos(roll) - offset.y * std::sin(roll)),
                             float(offset.x * std::sin(roll) + offset.y * std::cos(roll)));
    const cv::Point2f centre(face.x + face.width / 2.0f, face.y + face.height / 2.0f);
    return cv::RotatedRect(centre + turned, size, pose.rollDegrees);
}

cv::Rect Redactor::headRegionFor(const FaceBox &box, cv::Size imageSize)
{
    if (!isUsable(box.rect))
        return {};
    const FaceBox face = wholeFace(box, imageSize);
    const cv::Rect2f bounds = headEllipseFor(face).boundingRect2f() | headEllipseFor(face.rect).boundingRect2f();
    // Grow outward to whole pixels so that the drawn ellipses never poke out of the box.
    const double left = std::floor(bounds.x);
    const double top = std::floor(bounds.y);
    const double right = std::ceil(bounds.x + bounds.width) + 1.0;
    const double bottom = std::ceil(bounds.y + bounds.height) + 1.0;
    const int x0 = int(std::clamp(left, 0.0, double(imageSize.width)));
    const int y0 = int(std::clamp(top, 0.0, double(imageSize.height)));
    const int x1 = int(std::clamp(right, 0.0, double(imageSize.width)));
    const int y1 = int(std::clamp(bottom, 0.0, double(imageSize.height)));
    if (x1 <= x0 || y1 <= y0)
        return {};
    return {x0, y0, x1 - x0, y1 - y0};
}

cv::Mat Redactor::redact(const cv::Mat &image, const std::vector<FaceBox> &faces) const
{
    cv::Mat result = image.clone();
    if (result.empty())
        return result;
    for (const FaceBox &face : faces)
        hideHead(result, face);
    return result;
}

cv::Mat Redactor::redact(const cv::Mat &image, const std::vector<cv::Rect2f> &faces) const
{
    std::vector<FaceBox> boxes;
    for (const cv::Rect2f &face : faces)
        boxes.push_back(boxOnly(face));
    return redact(image, boxes);
}

void Redactor::hideHead(cv::Mat &image, const FaceBox &box) const
{
    const cv::Rect region = headRegionFor(box, image.size());
    if (region.empty())
        return;
    const FaceBox face = wholeFace(box, image.size());

    // The upright ellipse of the box alone and the one that follows the landmarks: a wrong
    // landmark can only add to what is hidden, never take from it.
    cv::Mat mask = cv::Mat::zeros(region.size(), CV_8UC1);
    float headWidth = 0.0f;
    for (cv::RotatedRect ellipse : {headEllipseFor(face.rect), headEllipseFor(face)}) {
        ellipse.center -= cv::Point2f(float(region.x), float(region.y));
        cv::ellipse(mask, ellipse, cv::Scalar(255), cv::FILLED, cv::LINE_8);
        headWidth = std::max(headWidth, ellipse.size.width);
    }

    cv::Mat roi = image(region);
    cv::Mat hidden;

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

cv::Mat redact(const cv::Mat &image, const std::vector<FaceBox> &faces, const RedactionSettings &settings)
{
    return Redactor(settings).redact(image, faces);
}

cv::Mat redact(const cv::Mat &image, const std::vector<cv::Rect2f> &faces, const RedactionSettings &settings)
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
