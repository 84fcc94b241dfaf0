#include "batchrematch.h"

namespace bw {

BatchPhoto batchPhotoOf(const PhotoAnalysis &analysis, const PhotoReview &review)
{
    BatchPhoto photo;
    photo.reserve(analysis.faces.size());
    for (std::size_t i = 0; i < analysis.faces.size(); ++i) {
        BatchFace face{analysis.faces[i].description, std::nullopt, false};
        const auto override = review.overrides.find(int(i));
        if (override != review.overrides.end()) {
            const FaceOverride &decided = override->second;
            // Naming without a reason does not count (screeningpolicy): no confirmation.
            if (decided.kind == FaceOverride::Kind::AssignPupil && !decided.reason.trimmed().isEmpty())
                face.confirmedPupilId = decided.pupilId;
            else
                face.dismissed = true;
        }
        photo.push_back(std::move(face));
    }
    return photo;
}

std::vector<std::size_t> rematchBatch(std::vector<PhotoAnalysis> &analyses, const std::vector<PhotoReview> &reviews,
                                      const std::vector<ReferenceDescriptor> &gallery, const MatchSettings &settings,
                                      bool sameDayReferences)
{
    Q_ASSERT(analyses.size() == reviews.size());
    std::vector<BatchPhoto> photos;
    photos.reserve(analyses.size());
    for (std::size_t i = 0; i < analyses.size(); ++i)
        photos.push_back(analyses[i].error ? BatchPhoto{} : batchPhotoOf(analyses[i], reviews[i]));
    const std::vector<std::vector<FaceMatch>> matches = matchBatch(photos, gallery, settings, sameDayReferences);

    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < analyses.size(); ++i) {
        bool photoChanged = false;
        for (std::size_t f = 0; f < analyses[i].faces.size() && f < matches[i].size(); ++f) {
            if (analyses[i].faces[f].match == matches[i][f])
                continue;
            analyses[i].faces[f].match = matches[i][f];
            photoChanged = true;
        }
        if (photoChanged)
            changed.push_back(i);
    }
    return changed;
}

} // namespace bw
