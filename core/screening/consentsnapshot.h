#pragma once

#include "consent/channel.h"
#include "consent/consentpolicy.h"
#include "consent/consentstatement.h"
#include "consent/pupil.h"
#include "error.h"
#include "reason.h"

#include <QDate>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace bw {

class Registry;

// Each pupil's consent for one channel, evaluated once at the moment of export from the
// full history (DOMAIN.md rule 2), so that every photo of a run is judged the same way.
struct PupilConsent {
    Pupil pupil;
    bool allowed = false;
    Reason reason = Reason::NoAnswer;       // the consent policy's: Consent, Refused, ...
    std::optional<ConsentStatement> basis;
    // Face-recognition consent (DOMAIN.md section 8) on the same moment: without it an
    // automatic match of this pupil does not count.
    bool recognitionAllowed = false;
    Reason recognitionReason = Reason::NoAnswer;
    std::optional<ConsentStatement> recognitionBasis;

    bool operator==(const PupilConsent &) const = default;
};

struct ConsentSnapshot {
    Channel channel;
    QDate moment;
    std::map<qint64, PupilConsent> pupils;
    // On a channel with per-photo consent (DOMAIN.md section 2): each answer for a single
    // photo, by pupil id and the photo's SHA-256 (lower-case hex). A pupil and photo without
    // an entry have no answer yet.
    std::map<std::pair<qint64, QString>, ConsentDecision> photoConsent = {};

    // nullptr for a pupil the registry does not know: such a face stays hidden.
    const PupilConsent *find(qint64 pupilId) const;
    // nullptr when this pupil has no answer for this photo.
    const ConsentDecision *findPhotoConsent(qint64 pupilId, const QString &photoSha256) const;

    // The face-recognition statements in force (pupil name, statement), for the report.
    std::vector<std::pair<QString, ConsentStatement>> recognitionInForce() const;
};

Result<ConsentSnapshot> takeConsentSnapshot(Registry &registry, const QString &channelId,
                                            const QDate &moment);

} // namespace bw
