#include "screeningpolicy.h"

#include "photoconsentrule.h"

#include <algorithm>

namespace bw {

namespace {

// Starts hidden; only a registered, active pupil with consent turns the face visible.
FaceDecision decisionForPupil(const PupilConsent *consent)
{
    if (consent == nullptr)
        return {false, Reason::UnknownPupil};
    if (!consent->pupil.active)
        return {false, Reason::PupilInactive};
    if (!consent->allowed)
        return {false, consent->reason};
    return {true, Reason::Consent};
}

// The gallery holds only pupils with face-recognition consent; an analysis kept from before a
// withdrawal (a reviewed photo in the app) may not, so such a match names nobody and leaves
// nothing of itself in the report. False when the match was dropped.
bool keepRecognisedMatch(ScreenedFace &screened, const ConsentSnapshot &consent)
{
    const PupilConsent *pupilConsent = consent.find(screened.match.pupilId.value_or(0));
    if (pupilConsent != nullptr && pupilConsent->recognitionAllowed) {
        screened.recognitionBasis = pupilConsent->recognitionBasis;
        return true;
    }
    screened.matchedBy = MatchedBy::None;
    screened.match = FaceMatch{};
    screened.match.status = MatchStatus::NoMatch;
    screened.decision.reason = unrecognisedReason(MatchStatus::NoMatch);
    return false;
}

ScreenedFace screenFace(const DetectedFace &face, const FaceOverride *override,
                        const ConsentSnapshot &consent)
{
    ScreenedFace screened{face.box, face.match, std::nullopt, {}, {}, std::nullopt, MatchedBy::None, std::nullopt};
    std::optional<qint64> pupilId;
    if (face.match.status == MatchStatus::Matched) {
        pupilId = face.match.pupilId;
        screened.matchedBy = face.match.byBatchReference ? MatchedBy::Batch : MatchedBy::Reference;
    }
    // A possible face is never described, so it is never matched: hidden as what it is.
    screened.decision.reason = face.box.possibleFace ? Reason::PossibleFace : unrecognisedReason(face.match.status);

    if (override != nullptr) {
        switch (override->kind) {
        case FaceOverride::Kind::Hide:
        case FaceOverride::Kind::NotAFace:
            break;
        case FaceOverride::Kind::NotAPupil:
            pupilId.reset();
            screened.matchedBy = MatchedBy::None;
            screened.decision.reason = Reason::NotAPupil;
            break;
        case FaceOverride::Kind::AssignPupil:
            // Naming a pupil moves towards less privacy: without a reason it does not count.
            screened.matchedBy = MatchedBy::None;
            if (override->reason.trimmed().isEmpty()) {
                pupilId.reset();
                screened.decision.reason = Reason::AssignmentWithoutReason;
            } else {
                pupilId = override->pupilId;
                screened.matchedBy = MatchedBy::Teacher;
            }
            break;
        }
    }

    const bool recognised = screened.matchedBy == MatchedBy::Reference || screened.matchedBy == MatchedBy::Batch;
    if (recognised && !keepRecognisedMatch(screened, consent))
        pupilId.reset();

    if (pupilId) {
        const PupilConsent *pupilConsent = consent.find(*pupilId);
        screened.pupilId = pupilId;
        if (pupilConsent != nullptr) {
            screened.pupilName = pupilConsent->pupil.name;
            screened.basis = pupilConsent->basis;
        }
        screened.decision = decisionForPupil(pupilConsent);
    }
    if (override != nullptr && override->kind == FaceOverride::Kind::Hide)
        screened.decision = {false, Reason::HiddenByTeacher};
    // "Geen gezicht" dismisses a possible face only: a face the detector was sure of, or one
    // the teacher named, cannot be turned visible this way.
    if (override != nullptr && override->kind == FaceOverride::Kind::NotAFace && face.box.possibleFace
        && !pupilId)
        screened.decision = {true, Reason::NotAFace};
    return screened;
}

// A teacher's assignment beats an automatic match for the same pupil: one pupil appears at
// most once per photo, so the other face loses the name and stays hidden.
void resolveDuplicatePupils(std::vector<ScreenedFace> &faces, const PhotoReview &review)
{
    for (std::size_t i = 0; i < faces.size(); ++i) {
        const auto assigned = review.overrides.find(int(i));
        if (assigned == review.overrides.end()
            || assigned->second.kind != FaceOverride::Kind::AssignPupil || !faces[i].pupilId)
            continue;
        for (std::size_t j = 0; j < faces.size(); ++j) {
            if (j == i || faces[j].pupilId != faces[i].pupilId)
                continue;
            faces[j].pupilId.reset();
            faces[j].pupilName.clear();
            faces[j].basis.reset();
            faces[j].matchedBy = MatchedBy::None;
            faces[j].recognitionBasis.reset();
            faces[j].decision = {false, Reason::DuplicatePupil};
        }
    }
}

// "Only children in a group": a single face, or one face that is large in the frame and
// much larger than every other, makes the photo unsuitable for social media.
std::optional<Reason> groupRuleViolation(const std::vector<ScreenedFace> &faces,
                                         cv::Size imageSize, const GroupPhotoRule &rule)
{
    // Possible faces make no group: counting a dog's head would let a portrait pass.
    std::vector<float> widths;
    for (const ScreenedFace &face : faces) {
        if (!face.box.possibleFace || face.pupilId)
            widths.push_back(face.box.rect.width);
    }
    if (widths.empty())
        return {};
    if (widths.size() == 1)
        return Reason::SingleSubject;
    std::sort(widths.begin(), widths.end(), std::greater<>());
    const double longSide = std::max(imageSize.width, imageSize.height);
    if (widths[0] >= rule.dominantWidthFraction * longSide
        && widths[0] >= rule.dominantSizeRatio * widths[1])
        return Reason::DominantFace;
    return {};
}

} // namespace

QString matchedByCode(MatchedBy matchedBy)
{
    switch (matchedBy) {
    case MatchedBy::None: return {};
    case MatchedBy::Reference: return QStringLiteral("reference");
    case MatchedBy::Batch: return QStringLiteral("batch");
    case MatchedBy::Teacher: return QStringLiteral("teacher");
    }
    return {};
}

Reason unrecognisedReason(MatchStatus status)
{
    switch (status) {
    case MatchStatus::Matched: return Reason::Consent;
    case MatchStatus::NoMatch: return Reason::Unknown;
    case MatchStatus::Ambiguous: return Reason::UncertainMatch;
    case MatchStatus::TooSmall: return Reason::TooSmall;
    case MatchStatus::TooBlurred: return Reason::TooBlurred;
    case MatchStatus::DuplicatePupil: return Reason::DuplicatePupil;
    case MatchStatus::NotDescribed: return Reason::NotRecognised;
    }
    return Reason::Unknown;
}

PhotoVerdict decidePhoto(const std::vector<DetectedFace> &faces, cv::Size imageSize,
                         const ConsentSnapshot &consent, const PhotoReview &review,
                         const GroupPhotoRule &groupRule, const QString &photoSha256)
{
    PhotoVerdict verdict;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        const auto override = review.overrides.find(int(i));
        verdict.faces.push_back(screenFace(
            faces[i], override == review.overrides.end() ? nullptr : &override->second, consent));
    }
    resolveDuplicatePupils(verdict.faces, review);
    const ChannelRules &rules = consent.channel.rules;
    // Before the channel's other rules: a "nee" for this photo is a pupil without consent.
    const QStringList waitingForPhotoConsent =
        rules.perPhotoConsent ? applyPhotoConsent(verdict.faces, photoSha256, consent) : QStringList();
    for (const FaceBox &drawn : review.drawnFaces) {
        FaceBox box = drawn;
        box.drawnByHand = true;
        verdict.faces.push_back({box, FaceMatch{}, std::nullopt, {}, {false, Reason::DrawnByTeacher},
                                 std::nullopt, MatchedBy::None, std::nullopt});
    }

    verdict.status = PhotoStatus::Exported;
    if (review.excluded) {
        verdict.status = PhotoStatus::Excluded;
        verdict.reasons << Reason::ExcludedByTeacher;
        return verdict;
    }
    if (rules.excludeOnMissingConsent) {
        // A class photo is handed to all parents: a pupil without consent is not on it at all,
        // and blurring does not fix that. Any face that may be such a pupil excludes the photo.
        for (const ScreenedFace &face : verdict.faces) {
            if (face.decision.visible || face.decision.reason == Reason::NotAPupil)
                continue;
            if (face.pupilName.isEmpty())
                ++verdict.unknownFacesWithoutConsent;
            else
                verdict.pupilsWithoutConsent << face.pupilName;
        }
        if (!verdict.pupilsWithoutConsent.isEmpty() || verdict.unknownFacesWithoutConsent > 0) {
            verdict.status = PhotoStatus::Excluded;
            verdict.reasons << Reason::PupilWithoutConsent;
            return verdict;
        }
    }
    if (rules.groupPhotosOnly) {
        if (const std::optional<Reason> violation = groupRuleViolation(verdict.faces, imageSize, groupRule)) {
            verdict.status = PhotoStatus::Excluded;
            verdict.reasons << *violation;
            return verdict;
        }
    }
    if (!waitingForPhotoConsent.isEmpty()) {
        verdict.pupilsNeedingPhotoConsent = waitingForPhotoConsent;
        verdict.status = PhotoStatus::NeedsReview;
        verdict.reasons << Reason::PhotoConsentNeeded;
    }
    return verdict;
}

PhotoVerdict decideAnalysedPhoto(const Photo &photo, const std::vector<DetectedFace> &faces,
                                 const ConsentSnapshot &consent, const PhotoReview &review)
{
    PhotoVerdict verdict = decidePhoto(faces, cv::Size(photo.width, photo.height), consent, review, {},
                                       QString::fromLatin1(photo.sha256Hex));
    if (!photo.metadataError.isEmpty())
        verdict.reasons << Reason::MetadataUnreadable;
    return verdict;
}

QString photoStatusCode(PhotoStatus status)
{
    switch (status) {
    case PhotoStatus::Exported: return QStringLiteral("exported");
    case PhotoStatus::NeedsReview: return QStringLiteral("needs_review");
    case PhotoStatus::Excluded: return QStringLiteral("excluded");
    }
    return QStringLiteral("excluded");
}

int PhotoVerdict::hiddenFaceCount() const
{
    return int(std::count_if(faces.begin(), faces.end(),
                             [](const ScreenedFace &face) { return !face.decision.visible; }));
}

int PhotoVerdict::hiddenFacesInExport() const
{
    return status == PhotoStatus::Exported ? hiddenFaceCount() : 0;
}

int PhotoVerdict::hiddenPossibleFaceCount() const
{
    return int(std::count_if(faces.begin(), faces.end(), [](const ScreenedFace &face) {
        return !face.decision.visible && face.box.possibleFace;
    }));
}

} // namespace bw
