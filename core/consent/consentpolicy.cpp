#include "consentpolicy.h"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace bw {

bool isOwnConsentAge(const QDate &birthDate, const QDate &moment)
{
    // An unknown birth date is treated as under 16: then a parent must have agreed.
    return birthDate.isValid() && moment >= birthDate.addYears(16);
}

QDate schoolYearStart(const QDate &date, int startMonth)
{
    const int month = std::clamp(startMonth, 1, 12);
    return QDate(date.month() >= month ? date.year() : date.year() - 1, month, 1);
}

namespace {

bool isParent(StatementGiver giver)
{
    return giver == StatementGiver::Parent || giver == StatementGiver::BothParents;
}

// Oldest first; on one day a statement by both parents comes last, so that it settles an
// objection recorded on the same day, and otherwise the order of recording decides.
bool historyOrder(const ConsentStatement &a, const ConsentStatement &b)
{
    const bool aBoth = a.givenBy == StatementGiver::BothParents;
    const bool bBoth = b.givenBy == StatementGiver::BothParents;
    return std::tie(a.date, aBoth, a.id) < std::tie(b.date, bBoth, b.id);
}

// Once the school knows the other parent objects, one parent's "ja" is not enough until
// both parents have agreed in a later (or same-day) statement. `eligible` is in history order.
bool otherParentStillObjects(const std::vector<ConsentStatement> &eligible)
{
    bool objection = false;
    for (const ConsentStatement &statement : eligible) {
        if (statement.givenBy == StatementGiver::BothParents)
            objection = false;
        else if (statement.otherParentObjects)
            objection = true;
    }
    return objection;
}

// The policy over the statements that answer one question: a category in general (photo
// empty) or a category for one photo.
ConsentDecision decideQuestion(const std::vector<ConsentStatement> &history, const QDate &birthDate,
                               const QString &category, const QString &photoSha256,
                               const QDate &moment, const SchoolSettings &settings)
{
    const bool ownConsentAge = isOwnConsentAge(birthDate, moment);

    // Statements dated after the moment do not count yet; undated ones never count.
    std::vector<ConsentStatement> relevant;
    std::copy_if(history.begin(), history.end(), std::back_inserter(relevant), [&](const ConsentStatement &s) {
        return s.category.compare(category, Qt::CaseInsensitive) == 0
            && s.photoSha256.compare(photoSha256, Qt::CaseInsensitive) == 0 && s.date.isValid()
            && s.date <= moment;
    });
    if (relevant.empty())
        return {false, Reason::NoAnswer, std::nullopt};

    // From 16 only the pupil's own statement counts, under 16 only a parent's (DOMAIN.md §3).
    std::vector<ConsentStatement> eligible;
    std::copy_if(relevant.begin(), relevant.end(), std::back_inserter(eligible), [&](const ConsentStatement &s) {
        return ownConsentAge ? s.givenBy == StatementGiver::Pupil : isParent(s.givenBy);
    });
    if (eligible.empty())
        return {false, ownConsentAge ? Reason::NeedsPupilConsent : Reason::NeedsParentConsent, std::nullopt};
    std::sort(eligible.begin(), eligible.end(), historyOrder);

    // The latest statement wins; on the same day a "nee" wins over a "ja", because
    // withdrawal by one party is enough.
    const QDate latest = eligible.back().date;
    const ConsentStatement *refusal = nullptr;
    const ConsentStatement *grant = nullptr;
    bool hadConsentBefore = false;
    for (const ConsentStatement &statement : eligible) {
        if (statement.date < latest) {
            hadConsentBefore = hadConsentBefore || statement.granted;
        } else if (!statement.granted) {
            refusal = &statement;
        } else if (!grant || grant->givenBy != StatementGiver::BothParents) {
            grant = &statement;
        }
    }
    if (refusal)
        return {false, hadConsentBefore ? Reason::Withdrawn : Reason::Refused, *refusal};

    if (settings.validity == SchoolSettings::Validity::SchoolYear
        && grant->date < schoolYearStart(moment, settings.schoolYearStartMonth))
        return {false, Reason::Expired, *grant};

    if (!ownConsentAge && otherParentStillObjects(eligible))
        return {false, Reason::OtherParentObjects, *grant};
    return {true, Reason::Consent, *grant};
}

} // namespace

ConsentDecision decideConsent(const std::vector<ConsentStatement> &history, const QDate &birthDate,
                              const QString &category, const QDate &moment,
                              const SchoolSettings &settings)
{
    return decideQuestion(history, birthDate, category, QString(), moment, settings);
}

ConsentDecision decidePhotoConsent(const std::vector<ConsentStatement> &history,
                                   const QDate &birthDate, const QString &category,
                                   const QString &photoSha256, const QDate &moment,
                                   const SchoolSettings &settings)
{
    if (photoSha256.isEmpty())
        return {false, Reason::NoAnswer, std::nullopt};
    return decideQuestion(history, birthDate, category, photoSha256, moment, settings);
}

ConsentDecision decideForChannel(const std::vector<ConsentStatement> &history,
                                 const QDate &birthDate, const Channel &channel,
                                 const QDate &moment, const SchoolSettings &settings)
{
    ConsentDecision decision = decideConsent(history, birthDate, channel.category, moment, settings);
    // Blanket consent is not accepted where each photo needs its own consent (DOMAIN.md §2).
    if (decision.allowed && channel.rules.perPhotoConsent) {
        decision.allowed = false;
        decision.reason = Reason::NeedsPhotoConsent;
    }
    return decision;
}

ConsentDecision decideForPupil(const Pupil &pupil, const std::vector<ConsentStatement> &history,
                               const Channel &channel, const QDate &moment,
                               const SchoolSettings &settings)
{
    if (!pupil.active)
        return {false, Reason::PupilInactive, std::nullopt};
    return decideForChannel(history, pupil.birthDate, channel, moment, settings);
}

} // namespace bw
