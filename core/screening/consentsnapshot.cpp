#include "consentsnapshot.h"

#include "consent/recognitionconsent.h"
#include "storage/registry.h"

#include <algorithm>

namespace bw {

const PupilConsent *ConsentSnapshot::find(qint64 pupilId) const
{
    const auto found = pupils.find(pupilId);
    return found == pupils.end() ? nullptr : &found->second;
}

const ConsentDecision *ConsentSnapshot::findPhotoConsent(qint64 pupilId, const QString &photoSha256) const
{
    const auto found = photoConsent.find({pupilId, photoSha256.toLower()});
    return found == photoConsent.end() ? nullptr : &found->second;
}

std::vector<std::pair<QString, ConsentStatement>> ConsentSnapshot::recognitionInForce() const
{
    std::vector<std::pair<QString, ConsentStatement>> inForce;
    for (const auto &[id, consent] : pupils) {
        if (consent.recognitionAllowed && consent.recognitionBasis)
            inForce.emplace_back(consent.pupil.name, *consent.recognitionBasis);
    }
    std::sort(inForce.begin(), inForce.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    return inForce;
}

namespace {

// The pupil's answers for single photos in the channel's category, each decided on `moment`.
void addPhotoConsent(ConsentSnapshot &snapshot, const Pupil &pupil,
                     const std::vector<ConsentStatement> &history, const SchoolSettings &settings)
{
    for (const ConsentStatement &statement : history) {
        const QString photo = statement.photoSha256.toLower();
        if (photo.isEmpty() || snapshot.photoConsent.contains({pupil.id, photo})
            || statement.category.compare(snapshot.channel.category, Qt::CaseInsensitive) != 0)
            continue;
        snapshot.photoConsent[{pupil.id, photo}] = decidePhotoConsent(
            history, pupil.birthDate, snapshot.channel.category, photo, snapshot.moment, settings);
    }
}

// An unanswered request past its last day counts as "nee" for its pupil and photo, unless a
// later request for them is still open or an answer was recorded (DOMAIN.md: no answer is no).
void addExpiredRequests(ConsentSnapshot &snapshot, const std::vector<PhotoRequest> &requests)
{
    std::map<std::pair<qint64, QString>, const PhotoRequest *> latest;
    for (const PhotoRequest &request : requests) {
        if (request.category.compare(snapshot.channel.category, Qt::CaseInsensitive) == 0)
            latest[{request.pupilId, request.photoSha256.toLower()}] = &request; // oldest first
    }
    for (const auto &[key, request] : latest) {
        if (request->stateOn(snapshot.moment) == PhotoRequest::State::Expired && !snapshot.photoConsent.contains(key))
            snapshot.photoConsent[key] = {false, Reason::PhotoRequestExpired, std::nullopt};
    }
}

} // namespace

Result<ConsentSnapshot> takeConsentSnapshot(Registry &registry, const QString &channelId,
                                            const QDate &moment)
{
    Result<Channel> channel = registry.channel(channelId);
    if (!channel)
        return std::unexpected(channel.error());
    Result<SchoolSettings> settings = registry.schoolSettings();
    if (!settings)
        return std::unexpected(settings.error());
    Result<std::vector<Pupil>> pupils = registry.pupils();
    if (!pupils)
        return std::unexpected(pupils.error());

    ConsentSnapshot snapshot{*channel, moment, {}};
    for (const Pupil &pupil : *pupils) {
        Result<std::vector<ConsentStatement>> history = registry.statementsFor(pupil.id);
        if (!history)
            return std::unexpected(history.error());
        // The category's consent; the channel's own rules (per-photo consent, class photo,
        // groups only) are applied per photo by decidePhoto.
        const ConsentDecision decision =
            decideConsent(*history, pupil.birthDate, channel->category, moment, *settings);
        const ConsentDecision recognition = decideRecognitionConsent(pupil, *history, moment, *settings);
        snapshot.pupils[pupil.id] = {pupil, decision.allowed, decision.reason, decision.basis,
                                     recognition.allowed, recognition.reason, recognition.basis};
        if (channel->rules.perPhotoConsent)
            addPhotoConsent(snapshot, pupil, *history, *settings);
    }
    if (channel->rules.perPhotoConsent) {
        const Result<std::vector<PhotoRequest>> requests = registry.photoRequests().all();
        if (!requests)
            return std::unexpected(requests.error());
        addExpiredRequests(snapshot, *requests);
    }
    return snapshot;
}

} // namespace bw
