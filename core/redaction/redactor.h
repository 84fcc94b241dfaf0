#pragma once

#include "faces/facebox.h"
#include "redaction/redactionsettings.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <vector>

namespace bw {

// Hides faces irreversibly (DOMAIN.md product rule 6). Pure: takes pixels and boxes,
// returns new pixels; the input is never modified.
class Redactor {
public:
    // The largest cell counts allowed; more cells would keep too much detail.
    static constexpr int kMaxBlurCells = 8;
    static constexpr int kMaxPixelCells = 10;

    explicit Redactor(RedactionSettings settings = {});

    const RedactionSettings &settings() const { return m_settings; }

    // A copy of `image` with every face's head region hidden. Boxes partly outside the
    // image are clipped; empty or non-finite boxes are ignored (they cover no pixels).
    cv::Mat redact(const cv::Mat &image, const std::vector<FaceBox> &faces) const;
    cv::Mat redact(const cv::Mat &image, const std::vector<cv::Rect2f> &faces) const;

    // The ellipse hidden for a face box: the box grown to cover hair, forehead, ears and
    // chin. Not clipped to the image.
    static cv::RotatedRect headEllipseFor(const cv::Rect2f &face);
    // The same ellipse following the face's landmarks: turned with a tilted head, moved
    // and widened towards the back of a turned head. A face with landmarks is hidden under
    // both ellipses (the box's and this one), so landmarks only ever add to the hidden area.
    static cv::RotatedRect headEllipseFor(const FaceBox &face);

    // The bounding box of the hidden ellipses, clipped to an image of `imageSize`; empty
    // when the head lies entirely outside the image. Every changed pixel lies inside it.
    static cv::Rect headRegionFor(const FaceBox &face, cv::Size imageSize);
    static cv::Rect headRegionFor(const cv::Rect2f &face, cv::Size imageSize);

private:
    void hideHead(cv::Mat &image, const FaceBox &face) const;

    RedactionSettings m_settings;
};

// Convenience for a single call: Redactor(settings).redact(image, faces).
cv::Mat redact(const cv::Mat &image, const std::vector<FaceBox> &faces,
               const RedactionSettings &settings = {});
cv::Mat redact(const cv::Mat &image, const std::vector<cv::Rect2f> &faces,
               const RedactionSettings &settings = {});

// One person's view of a group photo (an overview for a parent, a letter asking consent
// for one photo): only faces[keep] stays visible, every other face is hidden exactly as an
// export hides it. Where another head overlaps the kept face, that part is hidden too.
cv::Mat redactAllBut(const cv::Mat &image, const std::vector<cv::Rect2f> &faces, std::size_t keep,
                     const RedactionSettings &settings = {});

// Same as Redactor::headRegionFor, for callers that only show what is hidden.
inline cv::Rect headRegionFor(const cv::Rect2f &face, cv::Size imageSize)
{
    return Redactor::headRegionFor(face, imageSize);
}

} // namespace bw
