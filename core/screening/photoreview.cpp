#include "photoreview.h"

#include "imaging/quarterturn.h"

namespace bw {

PhotoReview turnedReview(const PhotoReview &review, const std::vector<FaceBox> &detected,
                         cv::Size size, int quarterTurns)
{
    PhotoReview turned;
    turned.excluded = review.excluded;
    turned.quarterTurns = normalisedQuarterTurns(review.quarterTurns + quarterTurns);
    const auto keepHidden = [&](const cv::Rect2f &rect) {
        FaceBox box;
        box.rect = turnedRect(rect, size, quarterTurns);
        box.drawnByHand = true;
        turned.drawnFaces.push_back(box);
    };
    for (const auto &[index, override] : review.overrides) {
        if (override.kind != FaceOverride::Kind::AssignPupil && index >= 0 && index < int(detected.size()))
            keepHidden(detected[std::size_t(index)].rect);
    }
    for (const FaceBox &drawn : review.drawnFaces)
        keepHidden(drawn.rect);
    return turned;
}

} // namespace bw
