#include "facematcher.h"

#include <algorithm>
#include <limits>
#include <map>

namespace bw {

MatchSettings fromStrictness(Strictness strictness)
{
    // dlib's ResNet separates adults at 0.6 (99.38% on LFW). Children, and siblings above
    // all, sit closer together, and a wrong accept shows a child without consent, while a
    // wrong reject only blurs a face that might have been shown. Measured with the fetched
    // photos (tst_facerecognition): the same adult in three photos lies 0.33-0.44 apart,
    // two different adults 0.82-0.87. Normal accepts just above the largest same-person
    // distance (0.45) and leaves the band 0.45-0.6, where children get confused, unknown;
    // each stricter level takes 0.05 off and asks a larger margin over the runner-up
    // pupil. Quality floors: below ~40 px the 150 px alignment chip is mostly upscaled
    // blur, and a chip sharpness (Laplacian variance) under 15 is motion blur or focus
    // miss (a sharp portrait scores ~1100, the same face blurred with sigma 6 scores 6).
    // Suggestions (0.55 at every level) stay below dlib's adult threshold of 0.6: a face
    // further away than that is no "lijkt op" worth a teacher's look. They are never accepted.
    MatchSettings settings;
    switch (strictness) {
    case Strictness::Normal:
        settings.acceptDistance = 0.45;
        settings.minMargin = 0.08;
        settings.qualityFloor = {40.0f, 15.0};
        break;
    case Strictness::Strict:
        settings.acceptDistance = 0.40;
        settings.minMargin = 0.10;
        settings.qualityFloor = {56.0f, 20.0};
        break;
    case Strictness::VeryStrict:
        settings.acceptDistance = 0.35;
        settings.minMargin = 0.12;
        settings.qualityFloor = {72.0f, 25.0};
        break;
    }
    settings.suggestDistance = 0.55;
    return settings;
}

MatchSettings batchReferenceBar()
{
    // A same-day reference makes further matches, so only a match as sure as the table
    // allows may become one: the very strict row (under 0.35, 0.12 clear of the runner-up,
    // 72 px wide and sharp), well inside strict's 0.40 and 0.10, and at the low end of the
    // measured same-person distances (0.33-0.44). At very strict every accepted match
    // clears it, as that school already accepts nothing less sure.
    return fromStrictness(Strictness::VeryStrict);
}

namespace {

// Only a recognisable face gets a suggestion: a too small or blurred one has no reliable
// nearest pupil to offer.
void suggestNearest(FaceMatch &match, const MatchSettings &settings)
{
    if (match.nearestPupilId && match.distance < settings.suggestDistance)
        match.suggestedPupilId = match.nearestPupilId;
}

// The nearest pupil, its distance and the margin to the runner-up. A pupil's distance is
// that of their closest reference photo: references are all genuine pictures of the pupil,
// and the margin to the runner-up guards the minimum against a lucky look-alike.
void measureNearest(FaceMatch &match, const FaceDescriptor &descriptor, const std::vector<ReferenceDescriptor> &gallery)
{
    std::map<qint64, double> nearestPerPupil;
    for (const ReferenceDescriptor &reference : gallery) {
        const double distance = descriptorDistance(descriptor, reference.descriptor);
        auto [it, inserted] = nearestPerPupil.try_emplace(reference.pupilId, distance);
        if (!inserted)
            it->second = std::min(it->second, distance);
    }
    double runnerUp = std::numeric_limits<double>::infinity();
    for (const auto &[pupil, distance] : nearestPerPupil) {
        if (distance < match.distance) {
            runnerUp = match.distance;
            match.distance = distance;
            match.nearestPupilId = pupil;
        } else if (distance < runnerUp) {
            runnerUp = distance;
        }
    }
    match.margin = runnerUp - match.distance;   // infinite with a single pupil
}

FaceMatch matchOne(const FaceDescription &face, const std::vector<ReferenceDescriptor> &gallery,
                   const MatchSettings &settings)
{
    FaceMatch match;
    if (face.descriptor)
        measureNearest(match, *face.descriptor, gallery);
    // Quality first: the describer leaves a face below its floor without a descriptor, and
    // such a face is too small or too blurred, not undescribed. A face without a descriptor
    // whose quality was never measured (a possible face) has width 0.
    const bool measured = face.descriptor || face.quality.widthPx > 0.0f;
    if (measured && face.quality.widthPx < settings.qualityFloor.minWidthPx)
        match.status = MatchStatus::TooSmall;
    else if (measured && face.quality.sharpness < settings.qualityFloor.minSharpness)
        match.status = MatchStatus::TooBlurred;
    else if (!face.descriptor)
        match.status = MatchStatus::NotDescribed;
    else if (!match.nearestPupilId || !(match.distance < settings.acceptDistance))
        match.status = MatchStatus::NoMatch;
    else if (!(match.margin >= settings.minMargin))
        match.status = MatchStatus::Ambiguous;
    else {
        match.status = MatchStatus::Matched;
        match.pupilId = match.nearestPupilId;
    }
    if (match.status == MatchStatus::NoMatch || match.status == MatchStatus::Ambiguous)
        suggestNearest(match, settings);
    return match;
}

} // namespace

std::vector<FaceMatch> matchFaces(const std::vector<FaceDescription> &faces,
                                  const std::vector<ReferenceDescriptor> &gallery, const MatchSettings &settings)
{
    std::vector<FaceMatch> matches;
    matches.reserve(faces.size());
    for (const FaceDescription &face : faces)
        matches.push_back(matchOne(face, gallery, settings));

    // One pupil appears at most once in a photo: the closest face keeps the pupil, every
    // other face that claimed them becomes unknown (and is hidden downstream).
    std::map<qint64, std::size_t> best;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        if (matches[i].status != MatchStatus::Matched)
            continue;
        auto [it, inserted] = best.try_emplace(*matches[i].pupilId, i);
        if (!inserted && matches[i].distance < matches[it->second].distance)
            it->second = i;
    }
    for (std::size_t i = 0; i < matches.size(); ++i) {
        if (matches[i].status == MatchStatus::Matched && best.at(*matches[i].pupilId) != i) {
            matches[i].status = MatchStatus::DuplicatePupil;
            matches[i].pupilId.reset();
        }
    }
    return matches;
}

std::vector<FaceMatch> matchFaces(const std::vector<AnalysedFace> &faces,
                                  const std::vector<ReferenceDescriptor> &gallery, const MatchSettings &settings)
{
    std::vector<FaceDescription> descriptions;
    descriptions.reserve(faces.size());
    for (const AnalysedFace &face : faces)
        descriptions.push_back(FaceDescription{face.descriptor, face.quality, face.recognisable});
    return matchFaces(descriptions, gallery, settings);
}

bool isReferenceOutdated(const QDate &photoDate, const QDate &moment, int maxAgeMonths)
{
    if (!photoDate.isValid() || !moment.isValid())
        return true;
    return photoDate.addMonths(maxAgeMonths) < moment;
}

} // namespace bw
