#include "consentsnapshot.h"

#include "consent/consentpolicy.h"
#include "consent/recognitionconsent.h"
#include "storage/registry.h"

#include <algorithm>

namespace bw {

const PupilConsent *ConsentSnapshot::find(qint64 pupilId) const
{
    const auto found = pupils.find(pupilId);
    return found == pupils.end() ? nullptr : &found->second;
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
    }
    return snapshot;
}

} // namespace bw
