#include "batchmatcher.h"

#include <set>

namespace bw {

namespace {

struct SameDayReference {
    std::size_t photo = 0;
    ReferenceDescriptor reference;
};

bool meetsFloor(const FaceDescription &face, const QualityFloor &floor)
{
    return face.descriptor && face.quality.widthPx >= floor.minWidthPx
           && face.quality.sharpness >= floor.minSharpness;
}

std::vector<FaceDescription> descriptionsOf(const BatchPhoto &photo)
{
    std::vector<FaceDescription> descriptions;
    descriptions.reserve(photo.size());
    for (const BatchFace &face : photo)
        descriptions.push_back(face.description);
    return descriptions;
}

// The pupil a face may stand for as a same-day reference, if any: the one the teacher named
// (above the job's quality floor), or a very sure match on the enrolled references alone
// that no teacher's naming in the same photo contradicts.
std::optional<qint64> referencePupil(const BatchFace &face, const FaceMatch &enrolled,
                                     const std::set<qint64> &namedInPhoto, const std::set<qint64> &consenting,
                                     const MatchSettings &settings)
{
    if (face.dismissed)
        return std::nullopt;
    if (face.confirmedPupilId) {
        if (consenting.contains(*face.confirmedPupilId) && meetsFloor(face.description, settings.qualityFloor))
            return face.confirmedPupilId;
        return std::nullopt;
    }
    const MatchSettings bar = batchReferenceBar();
    if (enrolled.status != MatchStatus::Matched || namedInPhoto.contains(*enrolled.pupilId)
        || !(enrolled.distance < bar.acceptDistance) || !(enrolled.margin >= bar.minMargin)
        || !meetsFloor(face.description, bar.qualityFloor))
        return std::nullopt;
    return enrolled.pupilId;
}

std::vector<SameDayReference> collectSameDayReferences(const std::vector<BatchPhoto> &photos,
                                                       const std::vector<std::vector<FaceMatch>> &enrolled,
                                                       const std::vector<ReferenceDescriptor> &gallery,
                                                       const MatchSettings &settings)
{
    std::set<qint64> consenting;
    for (const ReferenceDescriptor &reference : gallery)
        consenting.insert(reference.pupilId);
    std::vector<SameDayReference> references;
    for (std::size_t p = 0; p < photos.size(); ++p) {
        std::set<qint64> namedInPhoto;
        for (const BatchFace &face : photos[p]) {
            if (face.confirmedPupilId)
                namedInPhoto.insert(*face.confirmedPupilId);
        }
        for (std::size_t f = 0; f < photos[p].size(); ++f) {
            const BatchFace &face = photos[p][f];
            const std::optional<qint64> pupil = referencePupil(face, enrolled[p][f], namedInPhoto, consenting, settings);
            if (pupil)
                references.push_back({p, ReferenceDescriptor{*pupil, *face.description.descriptor, {}}});
        }
    }
    return references;
}

} // namespace

std::vector<std::vector<FaceMatch>> matchBatch(const std::vector<BatchPhoto> &photos,
                                               const std::vector<ReferenceDescriptor> &gallery,
                                               const MatchSettings &settings, bool sameDayReferences)
{
    std::vector<std::vector<FaceMatch>> enrolled;
    enrolled.reserve(photos.size());
    for (const BatchPhoto &photo : photos)
        enrolled.push_back(matchFaces(descriptionsOf(photo), gallery, settings));
    if (!sameDayReferences)
        return enrolled;
    const std::vector<SameDayReference> references = collectSameDayReferences(photos, enrolled, gallery, settings);
    if (references.empty())
        return enrolled;

    std::vector<std::vector<FaceMatch>> matches;
    matches.reserve(photos.size());
    for (std::size_t p = 0; p < photos.size(); ++p) {
        // A photo's own faces are never its references: a pupil is on a photo at most once.
        std::vector<ReferenceDescriptor> extended = gallery;
        for (const SameDayReference &reference : references) {
            if (reference.photo != p)
                extended.push_back(reference.reference);
        }
        std::vector<FaceMatch> photoMatches = matchFaces(descriptionsOf(photos[p]), extended, settings);
        for (std::size_t f = 0; f < photoMatches.size(); ++f) {
            const FaceMatch &before = enrolled[p][f];
            photoMatches[f].byBatchReference = photoMatches[f].status == MatchStatus::Matched
                                               && !(before.status == MatchStatus::Matched
                                                    && before.pupilId == photoMatches[f].pupilId);
        }
        matches.push_back(std::move(photoMatches));
    }
    return matches;
}

} // namespace bw
