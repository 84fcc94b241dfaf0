#include "photoconsentrule.h"

namespace bw {

namespace {

// An answer that does not count yet (a parent answered for a pupil of 16, say) is no answer.
bool isUnanswered(Reason reason)
{
    return reason == Reason::NoAnswer || reason == Reason::NeedsPupilConsent
        || reason == Reason::NeedsParentConsent;
}

Reason hidingReason(Reason reason)
{
    return reason == Reason::Refused || reason == Reason::Withdrawn ? Reason::PhotoConsentRefused : reason;
}

} // namespace

QStringList applyPhotoConsent(std::vector<ScreenedFace> &faces, const QString &photoSha256,
                              const ConsentSnapshot &consent)
{
    QStringList waiting;
    for (ScreenedFace &face : faces) {
        // Only a pupil the general consent shows needs an answer; everyone else is hidden.
        if (!face.decision.visible || !face.pupilId)
            continue;
        const ConsentDecision *answer = consent.findPhotoConsent(*face.pupilId, photoSha256);
        if (answer == nullptr || (!answer->allowed && isUnanswered(answer->reason))) {
            waiting << face.pupilName;
            continue;
        }
        face.photoBasis = answer->basis;
        if (!answer->allowed)
            face.decision = {false, hidingReason(answer->reason)};
    }
    return waiting;
}

} // namespace bw
