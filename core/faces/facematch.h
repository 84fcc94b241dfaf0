#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>

namespace bw {

// Why a face is (or is not) a known pupil. Anything but Matched means "unknown".
enum class MatchStatus {
    Matched,
    NoMatch,          // nearest pupil too far away
    Ambiguous,        // nearest and runner-up too close together
    TooSmall,         // face too small to recognise
    TooBlurred,       // face too blurred to recognise
    DuplicatePupil,   // another face in the photo is a better match for that pupil
    NotDescribed,     // no descriptor (e.g. a box drawn by hand)
};

struct FaceMatch {
    std::optional<qint64> pupilId;     // set only when status == Matched
    std::optional<qint64> nearestPupilId;
    // For a face that is not matched but recognisable: its nearest pupil when within the
    // wider suggestion band (MatchSettings::suggestDistance). Data for the teacher's faces
    // view only ("lijkt op Daan"): never accepted, the face stays hidden until she confirms.
    std::optional<qint64> suggestedPupilId;
    double distance = std::numeric_limits<double>::infinity();
    double margin = 0.0;               // runner-up distance minus nearest distance
    MatchStatus status = MatchStatus::NotDescribed;

    bool operator==(const FaceMatch &) const = default;
};

} // namespace bw
