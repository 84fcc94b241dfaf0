#pragma once

#include "consent/channel.h"
#include "consent/consentstatement.h"
#include "consent/pupil.h"
#include "consent/schoolsettings.h"
#include "reason.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace bw {

struct ConsentDecision {
    bool allowed = false;
    Reason reason = Reason::NoAnswer;      // Consent when allowed; any other reason hides
    std::optional<ConsentStatement> basis; // the statement that allowed or refused

    bool operator==(const ConsentDecision &) const = default;
};

// The consent policy (DOMAIN.md §2-§5) as a pure function of the pupil's full history.
// history may hold statements of every category; only `category` is considered, and only
// the general answers (statements for a single photo count in decidePhotoConsent).
// An invalid birthDate means "unknown" and is treated as under 16.
ConsentDecision decideConsent(const std::vector<ConsentStatement> &history, const QDate &birthDate,
                              const QString &category, const QDate &moment,
                              const SchoolSettings &settings);

// The answer for one photo (DOMAIN.md section 2, "losse toestemming"): the same rules over
// the statements recorded for exactly this photo (SHA-256, hex) and category; decideConsent
// never counts those. An empty photoSha256 has no answer.
ConsentDecision decidePhotoConsent(const std::vector<ConsentStatement> &history,
                                   const QDate &birthDate, const QString &category,
                                   const QString &photoSha256, const QDate &moment,
                                   const SchoolSettings &settings);

// decideConsent for the channel's category, plus the channel's own consent rules: with
// per-photo consent, blanket consent alone never allows a pupil.
ConsentDecision decideForChannel(const std::vector<ConsentStatement> &history,
                                 const QDate &birthDate, const Channel &channel,
                                 const QDate &moment, const SchoolSettings &settings);

// May this pupil appear on this channel, as the consent screen and `pupils list` show it:
// a pupil no longer at the school (inactive) never does; otherwise decideForChannel.
ConsentDecision decideForPupil(const Pupil &pupil, const std::vector<ConsentStatement> &history,
                               const Channel &channel, const QDate &moment,
                               const SchoolSettings &settings);

// True when the pupil is 16 or older on `moment` (the 16th birthday counts as 16).
bool isOwnConsentAge(const QDate &birthDate, const QDate &moment);

// The first day of the school year that contains `date`.
QDate schoolYearStart(const QDate &date, int startMonth);

} // namespace bw
