#pragma once

#include "facedescription.h"
#include "facedescriptor.h"
#include "facematch.h"
#include "facematcher.h"

#include <optional>
#include <vector>

namespace bw {

// One face of a batch photo as same-day matching sees it: its description, and what the
// teacher said about it.
struct BatchFace {
    FaceDescription description;
    std::optional<qint64> confirmedPupilId;   // the teacher named this pupil for the face
    bool dismissed = false;                   // she hid it or said it is no pupil

    bool operator==(const BatchFace &) const = default;
};

// The faces of one photo, in detection order.
using BatchPhoto = std::vector<BatchFace>;

// Matches every face of a batch (several photos of one day) against the enrolled gallery
// and, when `sameDayReferences` is set, against same-day references: faces of the batch
// the teacher confirmed, or that matched an enrolled reference at least as surely as
// batchReferenceBar(). Pure: one FaceMatch per face, in order; a face matched only thanks
// to a same-day reference has byBatchReference set.
//
// The rules (DOMAIN.md section 8, DESIGN.md): only pupils in `gallery` (those with
// face-recognition consent) get same-day references; a face the teacher dismissed never
// becomes one; matched-by-batch faces do not become references themselves (no chains);
// a photo is never matched against its own faces (one pupil per photo), and no face of a
// photo becomes a reference for a pupil the teacher named on another face of it. Matching
// uses the very same accept distance and margin: a same-day reference can only turn an
// unknown face into a match the way an enrolled one would. Unknown faces are never
// compared with each other: only faces already known as a consenting pupil are references.
// The descriptors stay in the caller's memory; nothing is stored.
std::vector<std::vector<FaceMatch>> matchBatch(const std::vector<BatchPhoto> &photos,
                                               const std::vector<ReferenceDescriptor> &gallery,
                                               const MatchSettings &settings, bool sameDayReferences = true);

} // namespace bw
