#pragma once

#include "consent/channel.h"
#include "consent/consentstatement.h"
#include "consent/schoolsettings.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace bw {

// Why a pupil may or may not be shown. Every value but Consent means "hidden".
enum class ConsentReason {
    Consent,              // a valid "ja" from the right person
    NoAnswer,             // nothing recorded: no answer is no (DOMAIN.md §2)
    Refused,              // the latest answer is "nee"
    Withdrawn,            // an earlier "ja" was replaced by a "nee"
    Expired,              // the "ja" was given in an earlier school year
    OtherParentObjects,   // the other parent objects and only one parent said "ja"
    NeedsPupilOwnConsent, // 16 or older: only the pupil's own statement counts
    NeedsParentConsent,   // under 16: only a parent's statement counts
    NeedsPhotoConsent,    // the channel asks for separate consent for each photo
};

// Stable snake_case code for reports, JSON and logs, e.g. "other_parent_objects".
QString consentReasonCode(ConsentReason reason);

struct ConsentDecision {
    bool allowed = false;
    ConsentReason reason = ConsentReason::NoAnswer;
    std::optional<ConsentStatement> basis; // the statement that allowed or refused

    bool operator==(const ConsentDecision &) const = default;
};

// The consent policy (DOMAIN.md §2-§5) as a pure function of the pupil's full history.
// history may hold statements of every category; only `category` is considered.
// An invalid birthDate means "unknown" and is treated as under 16.
ConsentDecision decideConsent(const std::vector<ConsentStatement> &history, const QDate &birthDate,
                              const QString &category, const QDate &moment,
                              const SchoolSettings &settings);

// decideConsent for the channel's category, plus the channel's own consent rules: with
// per-photo consent, blanket consent alone never allows a pupil.
ConsentDecision decideForChannel(const std::vector<ConsentStatement> &history,
                                 const QDate &birthDate, const Channel &channel,
                                 const QDate &moment, const SchoolSettings &settings);

// True when the pupil is 16 or older on `moment` (the 16th birthday counts as 16).
bool isOwnConsentAge(const QDate &birthDate, const QDate &moment);

// The first day of the school year that contains `date`.
QDate schoolYearStart(const QDate &date, int startMonth);

} // namespace bw
