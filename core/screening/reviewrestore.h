#pragma once

#include "photoreview.h"
#include "screeningpolicy.h"
#include "storage/keptreview.h"

#include <QByteArray>

#include <set>
#include <vector>

namespace bw {

// A face decision kept across a restart applies only to the face it was made about: a kept
// box and a detected face of the same photo (same SHA-256, same turn) must overlap at least
// this much (intersection over union), and be each other's best match. The same file
// analysed again gives the same boxes (IoU 1); a changed detector setting may move a box a
// little, never onto a neighbour.
inline constexpr float kRestoreMinIoU = 0.7f;

// The teacher's review of one photo as ReviewStore keeps it: each decision by its face's
// box (in the turned photo), the faces she confirmed, her drawn boxes, exclusion and turn.
// `faces` are the photo's detected faces the review's face indices refer to.
KeptReview keptReviewOf(const QByteArray &sha256Hex, const PhotoReview &review,
                        const std::vector<DetectedFace> &faces, const std::set<int> &confirmedFaces);

// What a kept review gives back for the faces detected now (at kept.quarterTurns).
struct RestoredReview {
    PhotoReview review;
    std::set<int> confirmedFaces;
    int matched = 0;     // kept face decisions that found their face again
    int unmatched = 0;   // those that did not: see restoredReview
};

// Restores a kept review onto `faces`. A decision whose face is not found cleanly falls back
// to the fail-closed default: a hidden face (hide, no pupil) stays hidden as a drawn box at
// its kept place; a step towards less privacy (a named pupil, "geen gezicht") and a
// confirmation are dropped, so that face is judged by the tool again (hidden unless known).
RestoredReview restoredReview(const KeptReview &kept, const std::vector<DetectedFace> &faces);

} // namespace bw
