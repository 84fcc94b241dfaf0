#pragma once

#include "consent/consentstatement.h"
#include "faces/facebox.h"
#include "faces/facematch.h"
#include "reason.h"

#include <QString>

#include <optional>

namespace bw {

// Visible or hidden, and why; the report and the UI read the reason's code and text.
// Visible faces carry Reason::Consent, or Reason::NotAFace for a possible face the teacher
// dismissed; every other reason means hidden.
struct FaceDecision {
    bool visible = false;
    Reason reason = Reason::Unknown;

    bool operator==(const FaceDecision &) const = default;
};

// Who named the pupil of a face: automatic recognition against the reference photos, or
// against a same-day reference (a face of the same batch, core/faces/batchmatcher.h), or
// the teacher by hand (which is not biometric processing). None: unknown.
enum class MatchedBy { None, Reference, Batch, Teacher };

// "reference", "batch", "teacher", or an empty string for None (the report writes null).
QString matchedByCode(MatchedBy matchedBy);

// One face of a screened photo with everything the report and the review pane show.
struct ScreenedFace {
    FaceBox box;
    FaceMatch match;
    std::optional<qint64> pupilId;          // after the teacher's review
    QString pupilName;                      // empty when unknown
    FaceDecision decision;
    std::optional<ConsentStatement> basis;  // the statement that allowed (or refused) it
    MatchedBy matchedBy = MatchedBy::None;
    // For MatchedBy::Reference and Batch: the face-recognition statement that allowed the matching.
    std::optional<ConsentStatement> recognitionBasis;
    // On a channel with per-photo consent: the answer for this very photo that allowed (or
    // refused) the pupil, next to the general `basis`.
    std::optional<ConsentStatement> photoBasis = {};

    bool operator==(const ScreenedFace &) const = default;
};

} // namespace bw
