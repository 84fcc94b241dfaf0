// The registry's rules for reference descriptors (DOMAIN.md section 8): who may be enrolled,
// and deleting, in the transaction of the change that causes it, what may no longer be kept.
// The storing itself is ReferenceStore's.
#include "registry.h"

#include "consent/recognitionconsent.h"
#include "consent/referenceretention.h"
#include "reason.h"
#include "storage/database.h"

#include <utility>

namespace bw {

Result<ConsentDecision> Registry::recognitionConsent(qint64 pupilId, const QDate &moment)
{
    const Result<Pupil> found = pupil(pupilId);
    if (!found)
        return std::unexpected(found.error());
    const Result<std::vector<ConsentStatement>> history = statementsFor(pupilId);
    if (!history)
        return std::unexpected(history.error());
    const Result<SchoolSettings> settings = schoolSettings();
    if (!settings)
        return std::unexpected(settings.error());
    return decideRecognitionConsent(*found, *history, moment, *settings);
}

Result<qint64> Registry::enrolReference(qint64 pupilId, const NewReference &reference,
                                        const QDateTime &addedAt)
{
    const QDate day = addedAt.toLocalTime().date();
    qint64 id = 0;
    const Result<void> done = m_database->transaction([&]() -> Result<void> {
        const Result<ConsentDecision> consent = recognitionConsent(pupilId, day);
        if (!consent)
            return std::unexpected(consent.error());
        if (!consent->allowed) {
            const Result<Pupil> found = pupil(pupilId);
            return fail(ErrorCode::InvalidArgument, MessageId::EnrolmentWithoutConsent,
                        found ? found->name : QString::number(pupilId), recognitionCategory(),
                        reasonCode(consent->reason));
        }
        const Result<qint64> added = m_references->add(pupilId, reference, *consent->basis, addedAt);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<Registry::RevocationPlan> Registry::planRevocations(const QDate &today,
                                                            const std::set<qint64> *pupilIds)
{
    const Result<std::vector<StoredReference>> stored = m_references->list();
    if (!stored)
        return std::unexpected(stored.error());
    const Result<SchoolSettings> settings = schoolSettings();
    if (!settings)
        return std::unexpected(settings.error());
    RevocationPlan plan;
    std::set<qint64> enrolled;
    for (const StoredReference &reference : *stored) {
        plan.anyExpired = plan.anyExpired || isReferenceExpired(reference.addedOn, today, *settings);
        if (pupilIds == nullptr || pupilIds->contains(reference.pupilId))
            enrolled.insert(reference.pupilId);
    }
    for (const qint64 pupilId : enrolled) {
        const Result<ConsentDecision> consent = recognitionConsent(pupilId, today);
        if (!consent)
            return std::unexpected(consent.error());
        if (!consent->allowed)
            plan.pupils.emplace_back(pupilId, consent->reason);
    }
    return plan;
}

Result<int> Registry::revokeReferences(const QDate &today, const std::set<qint64> *pupilIds)
{
    const Result<RevocationPlan> plan = planRevocations(today, pupilIds);
    if (!plan)
        return std::unexpected(plan.error());
    int revoked = 0;
    for (const auto &[pupilId, reason] : plan->pupils) {
        const Result<int> removed = m_references->removeAllOf(pupilId, reasonCode(reason));
        if (!removed)
            return std::unexpected(removed.error());
        revoked += *removed;
    }
    if (plan->anyExpired) {
        const Result<SchoolSettings> settings = schoolSettings();
        if (!settings)
            return std::unexpected(settings.error());
        const Result<int> expired = m_references->removeExpired(today, *settings);
        if (!expired)
            return std::unexpected(expired.error());
        revoked += *expired;
    }
    m_revokedSinceScrub += revoked;
    return revoked;
}

Result<int> Registry::enforceRecognitionRules(const QDate &today)
{
    // Reading first: opening the registry takes the write lock only when something must be
    // deleted (another program may be holding it).
    const Result<RevocationPlan> plan = planRevocations(today, nullptr);
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->pupils.empty() && !plan->anyExpired)
        return 0;
    int revoked = 0;
    const Result<void> done = m_database->transaction([&]() -> Result<void> {
        const Result<int> removed = revokeReferences(today, nullptr);
        if (!removed)
            return std::unexpected(removed.error());
        revoked = *removed;
        return {};
    });
    if (Result<void> scrubbed = scrubAfter(done); !scrubbed)
        return std::unexpected(scrubbed.error());
    return revoked;
}

Result<void> Registry::scrubAfter(const Result<void> &committed)
{
    if (m_database->inTransaction())
        return committed; // the outermost caller scrubs after its commit
    const int revoked = std::exchange(m_revokedSinceScrub, 0);
    if (!committed || revoked == 0)
        return committed;
    // The deletion is committed. When another program is reading the registry longer than
    // the busy timeout, the old log stays until the last program closes the registry
    // (SQLite then checkpoints and deletes it); that is no reason to report the change as
    // failed.
    Result<void> scrubbed = m_references->scrub();
    if (!scrubbed && scrubbed.error().code == ErrorCode::DatabaseBusy)
        return {};
    return scrubbed;
}

} // namespace bw
