#include "reviewrestore.h"

#include "faces/nms.h"

#include <optional>

namespace bw {

namespace {

using Kind = FaceOverride::Kind;

QString decisionCode(Kind kind)
{
    switch (kind) {
    case Kind::Hide: return QStringLiteral("hide");
    case Kind::NotAPupil: return QStringLiteral("not_a_pupil");
    case Kind::AssignPupil: return QStringLiteral("assign_pupil");
    case Kind::NotAFace: return QStringLiteral("not_a_face");
    }
    return {};
}

std::optional<Kind> decisionKind(const QString &code)
{
    for (const Kind kind : {Kind::Hide, Kind::NotAPupil, Kind::AssignPupil, Kind::NotAFace}) {
        if (code == decisionCode(kind))
            return kind;
    }
    return std::nullopt;
}

// The detected face each kept decision found, or -1: the best overlap, at least
// kRestoreMinIoU, and the kept box is that face's best overlap too (one face, one decision).
std::vector<int> matchedFaces(const std::vector<KeptFaceDecision> &kept, const std::vector<DetectedFace> &faces)
{
    const auto best = [](std::size_t count, const auto &iou) {
        int found = -1;
        float highest = kRestoreMinIoU;
        for (std::size_t i = 0; i < count; ++i) {
            if (const float overlap = iou(i); overlap >= highest) {
                highest = overlap;
                found = int(i);
            }
        }
        return found;
    };
    std::vector<int> matched;
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const int face = best(faces.size(), [&](std::size_t i) { return boxIoU(kept[k].rect, faces[i].box.rect); });
        const bool mutual = face >= 0 && best(kept.size(), [&](std::size_t j) {
            return boxIoU(kept[j].rect, faces[std::size_t(face)].box.rect);
        }) == int(k);
        matched.push_back(mutual ? face : -1);
    }
    return matched;
}

// Whether the kept decision can apply to this face: a known decision with what it needs.
bool fits(const KeptFaceDecision &kept, std::optional<Kind> kind, const DetectedFace &face)
{
    if (kept.decision.isEmpty())
        return true;
    if (!kind)
        return false;
    if (*kind == Kind::NotAFace)
        return face.box.possibleFace;
    if (*kind == Kind::AssignPupil)
        return kept.pupilId != 0 && !kept.reason.trimmed().isEmpty();
    return true;
}

FaceBox drawnBox(const cv::Rect2f &rect)
{
    FaceBox box;
    box.rect = rect;
    box.drawnByHand = true;
    return box;
}

} // namespace

KeptReview keptReviewOf(const QByteArray &sha256Hex, const PhotoReview &review,
                        const std::vector<DetectedFace> &faces, const std::set<int> &confirmedFaces)
{
    KeptReview kept;
    kept.sha256Hex = sha256Hex;
    kept.quarterTurns = review.quarterTurns;
    kept.excluded = review.excluded;
    for (const FaceBox &drawn : review.drawnFaces)
        kept.drawnFaces.push_back(drawn.rect);
    std::set<int> decided = confirmedFaces;
    for (const auto &[index, override] : review.overrides)
        decided.insert(index);
    for (const int index : decided) {
        if (index < 0 || index >= int(faces.size()))
            continue;
        KeptFaceDecision face;
        face.rect = faces[std::size_t(index)].box.rect;
        face.confirmed = confirmedFaces.contains(index);
        if (const auto found = review.overrides.find(index); found != review.overrides.end()) {
            face.decision = decisionCode(found->second.kind);
            face.pupilId = found->second.pupilId;
            face.reason = found->second.reason;
        }
        kept.faces.push_back(face);
    }
    return kept;
}

RestoredReview restoredReview(const KeptReview &kept, const std::vector<DetectedFace> &faces)
{
    RestoredReview restored;
    restored.review.quarterTurns = kept.quarterTurns;
    restored.review.excluded = kept.excluded;
    for (const cv::Rect2f &rect : kept.drawnFaces)
        restored.review.drawnFaces.push_back(drawnBox(rect));
    const std::vector<int> matched = matchedFaces(kept.faces, faces);
    for (std::size_t k = 0; k < kept.faces.size(); ++k) {
        const KeptFaceDecision &decision = kept.faces[k];
        const std::optional<Kind> kind = decisionKind(decision.decision);
        const int face = matched[k];
        if (face >= 0 && fits(decision, kind, faces[std::size_t(face)])) {
            if (kind)
                restored.review.overrides[face] = {*kind, decision.pupilId, decision.reason};
            if (decision.confirmed)
                restored.confirmedFaces.insert(face);
            ++restored.matched;
            continue;
        }
        ++restored.unmatched;
        if (kind == Kind::Hide || kind == Kind::NotAPupil)
            restored.review.drawnFaces.push_back(drawnBox(decision.rect));
    }
    return restored;
}

} // namespace bw
