#pragma once

#include <QString>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace bw {

// Why a decision came out as it did: why a pupil may or may not appear on a channel, why a
// face is visible or hidden, why a photo is not exported. Each value has one row in the
// table in reason.cpp: its stable snake_case code (reports, JSON, CSV, audit log: it never
// changes) and its Dutch text for people, translated to English in resources/translations.
// Adding a reason: a value here, its row there, its English in beeldwacht_en.ts.
enum class Reason {
    // A face. The default is the fail-closed one: not recognised, so hidden.
    Unknown,                 // no registered pupil is close enough
    UncertainMatch,          // two pupils about equally close, or too far from both
    TooSmall,
    TooBlurred,
    NotRecognised,           // no descriptor could be computed
    DuplicatePupil,          // the pupil is already on the photo elsewhere
    UnknownPupil,            // named, but not in the registry
    HiddenByTeacher,
    NotAPupil,               // the teacher says: not a pupil (a parent, a passer-by)
    AssignmentWithoutReason, // naming a pupil is less privacy: without a reason it does not count
    DrawnByTeacher,          // a face the detector missed, boxed by the teacher
    PossibleFace,            // the detector is unsure it is a face: hidden to be safe
    NotAFace,                // a possible face the teacher dismissed ("geen gezicht"): visible
    // A pupil and a channel (the consent policy, DOMAIN.md §2-§5). Consent is the only
    // reason that shows a face.
    Consent,
    NoAnswer,
    Refused,
    Withdrawn,
    Expired,
    OtherParentObjects,
    NeedsPupilConsent,       // 16 or older: only the pupil's own statement counts
    NeedsParentConsent,      // under 16: only a parent's statement counts
    NeedsPhotoConsent,       // the channel asks for consent for each photo
    PhotoConsentRefused,     // per-photo consent: "nee" (or withdrawn) for this very photo
    PhotoRequestExpired,     // per-photo consent: the request expired unanswered, which counts as no
    PupilInactive,
    // A photo that is not exported as is.
    ExcludedByTeacher,
    PupilWithoutConsent,     // class photo: a pupil who may not be on it at all
    SingleSubject,           // social media: group photos only
    DominantFace,
    PhotoConsentNeeded,
    ReadError,
    AnalysisError,
    WriteError,
    MetadataUnreadable,      // the pixels decode, the metadata does not: orientation unknown
    // A stored reference descriptor that is deleted (besides the consent reasons above).
    RetentionExpired,        // the school's retention period for reference photos is over
};

// The stable code, e.g. "other_parent_objects".
QString reasonCode(Reason reason);
std::optional<Reason> reasonFromCode(QStringView code);
QStringList reasonCodes(const QList<Reason> &reasons);

// For people, in the language of the installed translator (Dutch without one).
QString reasonText(Reason reason);
// One or two words for a narrow table cell ("nee", "verlopen"); the full text if none.
QString reasonBriefText(Reason reason);
// The Dutch text whatever the UI language: documents for people (report, PDF) are Dutch.
QString reasonDutchText(Reason reason);

// Every reason, in the order of the enum (for tests and pickers).
const std::vector<Reason> &allReasons();

} // namespace bw
