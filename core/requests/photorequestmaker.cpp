#include "photorequestmaker.h"

#include "requestcode.h"
#include "screening/screeningpolicy.h"
#include "storage/registry.h"

namespace bw {

PhotoRequestMaker::PhotoRequestMaker(Registry &registry, ConsentSnapshot consent, SchoolSettings settings)
    : m_registry(registry), m_consent(std::move(consent)), m_settings(std::move(settings))
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
        return MadeRequest{**earlier, pupil, 0, true};

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
    return MadeRequest{request, pupil, 0, false};
}

Result<PhotoRequestSet> PhotoRequestMaker::make(const PhotoAnalysis &analysis, const PhotoReview &review,
                                                const QDateTime &now)
{
    const PhotoVerdict verdict = decideAnalysedPhoto(analysis.photo, analysis.faces, m_consent, review);
    PhotoRequestSet set{analysis, {}, {}};
    for (const ScreenedFace &face : verdict.faces)
        set.faces.push_back(face.box.rect);
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
        request->face = i;
        set.requests.push_back(std::move(*request));
    }
    return set;
}

} // namespace bw
