#include "photorequestmaker.h"

#include "requestcode.h"
#include "requestletter.h"
#include "screening/screeningpolicy.h"
#include "storage/registry.h"

namespace bw {

PhotoRequestMaker::PhotoRequestMaker(Registry &registry, ConsentSnapshot consent, SchoolSettings settings,
                                     RedactionSettings redaction)
    : m_registry(registry), m_consent(std::move(consent)), m_settings(std::move(settings)), m_redaction(redaction)
{
}

Result<MadeRequest> PhotoRequestMaker::requestFor(const Pupil &pupil, const Photo &photo, const QString &source,
                                                  const QDateTime &now)
{
    PhotoRequests requests = m_registry.photoRequests();
    const QString sha = QString::fromLatin1(photo.sha256Hex).toLower();
    const Result<std::optional<PhotoRequest>> earlier = requests.latestFor(pupil.id, sha, m_consent.channel.category);
    if (!earlier)
        return std::unexpected(earlier.error());
    if (*earlier && (*earlier)->stateOn(now.date()) == PhotoRequest::State::Open)
        return MadeRequest{**earlier, pupil, {}, true};

    PhotoRequest request;
    request.pupilId = pupil.id;
    request.photoSha256 = sha;
    request.photoPath = source;
    request.channel = m_consent.channel.id;
    request.category = m_consent.channel.category;
    request.createdAt = now.toUTC();
    request.expiresOn = now.date().addDays(m_settings.photoRequestDays);
    // A new code each time; one already taken (a chance of 1 in 10^11) is drawn again.
    for (int attempt = 0; attempt < 5 && request.code.isEmpty(); ++attempt) {
        const QString code = makeRequestCode();
        const Result<std::optional<PhotoRequest>> taken = requests.find(code);
        if (!taken)
            return std::unexpected(taken.error());
        if (!*taken)
            request.code = code;
    }
    if (Result<void> added = requests.add(request); !added)
        return std::unexpected(added.error());
    return MadeRequest{request, pupil, {}, false};
}

Result<std::vector<MadeRequest>> PhotoRequestMaker::make(const AnalysedPhoto &photo, const QDateTime &now)
{
    const PhotoAnalysis &analysis = photo.analysis;
    const PhotoVerdict verdict = decideAnalysedPhoto(analysis.photo, analysis.faces, m_consent, {});
    std::vector<cv::Rect2f> boxes;
    for (const ScreenedFace &face : verdict.faces)
        boxes.push_back(face.box.rect);

    std::vector<MadeRequest> made;
    for (std::size_t i = 0; i < verdict.faces.size(); ++i) {
        const ScreenedFace &face = verdict.faces[i];
        if (!face.pupilId || !verdict.pupilsNeedingPhotoConsent.contains(face.pupilName))
            continue;
        const PupilConsent *consent = m_consent.find(*face.pupilId);
        if (consent == nullptr)
            continue;
        Result<MadeRequest> request = requestFor(consent->pupil, analysis.photo, analysis.source, now);
        if (!request)
            return std::unexpected(request.error());
        const RequestLetterFacts facts{consent->pupil, request->request, m_consent.channel, m_settings.schoolName,
                                       now.date(), isOwnConsentAge(consent->pupil.birthDate, now.date())};
        request->letter = requestLetter(facts, requestPicture(photo.decoded.image, boxes, i,
                                                              m_consent.channel.profile, m_redaction));
        made.push_back(std::move(*request));
    }
    return made;
}

} // namespace bw
