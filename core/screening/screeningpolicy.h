#pragma once

#include "consentsnapshot.h"
#include "faces/facedescription.h"
#include "imaging/photo.h"
#include "photoreview.h"
#include "photoverdict.h"

#include <opencv2/core/types.hpp>

#include <vector>

namespace bw {

struct DetectedFace {
    FaceBox box;
    FaceMatch match;
    // Its descriptor and quality, kept in memory for same-day matching within the batch
    // (core/screening/batchrematch.h); biometric data, never written anywhere.
    FaceDescription description = {};
};

// The channel rule for social media: "only children in a group"; one clear subject (a single
// face, or one face much larger than the rest and large in the frame) excludes the photo.
struct GroupPhotoRule {
    double dominantWidthFraction = 0.12;  // of the image's long side
    double dominantSizeRatio = 2.0;       // width of the largest face vs the second largest
};

// Decides every face and the photo for one channel. Pure: same inputs, same verdict.
// Hidden is the default path; a face becomes visible only when it is matched (or assigned by
// the teacher) to a registered, active pupil whose consent for the channel's category allows it.
// On a channel with per-photo consent, photoSha256 (hex) finds the answers for this photo.
PhotoVerdict decidePhoto(const std::vector<DetectedFace> &faces, cv::Size imageSize,
                         const ConsentSnapshot &consent, const PhotoReview &review,
                         const GroupPhotoRule &groupRule = {}, const QString &photoSha256 = {});

// decidePhoto for an analysed photo (its size after the teacher's turn), plus what the photo
// itself tells: one whose metadata could not be read carries Reason::MetadataUnreadable
// (orientation unknown: the teacher may turn it), whatever its status.
PhotoVerdict decideAnalysedPhoto(const Photo &photo, const std::vector<DetectedFace> &faces,
                                 const ConsentSnapshot &consent, const PhotoReview &review);

// Why a face without a positive match is hidden.
Reason unrecognisedReason(MatchStatus status);

} // namespace bw
