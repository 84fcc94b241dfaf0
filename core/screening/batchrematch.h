#pragma once

#include "faces/batchmatcher.h"
#include "photoanalyser.h"
#include "photoreview.h"

#include <vector>

namespace bw {

// A photo's faces as same-day matching sees them: a pupil the teacher named with a reason
// is her confirmation; a face she hid or said is no pupil (or no face) is dismissed.
BatchPhoto batchPhotoOf(const PhotoAnalysis &analysis, const PhotoReview &review);

// Re-matches the faces of a batch's analysed photos in place with matchBatch: the one
// function behind the CLI's and the app's same-day references. `reviews` runs parallel to
// `analyses`; photos that could not be analysed are left alone. No detection runs again:
// the descriptors kept in the analyses are enough. Returns the indices of the photos whose
// matches changed (their verdicts need deciding again).
std::vector<std::size_t> rematchBatch(std::vector<PhotoAnalysis> &analyses, const std::vector<PhotoReview> &reviews,
                                      const std::vector<ReferenceDescriptor> &gallery, const MatchSettings &settings,
                                      bool sameDayReferences = true);

} // namespace bw
