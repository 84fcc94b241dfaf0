#include "audittrail.h"

#include <QJsonObject>

namespace bw {

namespace {

const QString kBrokenAction = QStringLiteral("audit_chain_broken");

QJsonObject findingJson(const AuditVerification &verification)
{
    return QJsonObject{{QStringLiteral("problem"), auditProblemCode(verification.problem)},
                       {QStringLiteral("first_bad_entry"), verification.firstBadEntry}};
}

AuditVerification brokenAt(const AuditVerification &walked, AuditProblem problem, qint64 entry)
{
    AuditVerification broken = walked;
    broken.intact = false;
    broken.problem = problem;
    broken.firstBadEntry = entry;
    broken.head = {};
    return broken;
}

} // namespace

Result<AuditVerification> AuditTrail::verify()
{
    const Result<std::optional<AuditAnchorState>> anchor = m_anchor.read();
    std::optional<AuditHead> head;
    if (anchor && *anchor)
        head = (*anchor)->head;
    Result<AuditVerification> walked = AuditLog(m_database).verify(head);
    if (!walked)
        return walked;
    if (!anchor)
        return walked->intact ? brokenAt(*walked, AuditProblem::AnchorUnreadable, 0) : walked;
    // A break found earlier is named as it was first seen, unless an earlier entry broke since.
    const bool recorded = *anchor && (*anchor)->problem != AuditProblem::None;
    if (recorded && (walked->intact || (*anchor)->firstBadEntry <= walked->firstBadEntry))
        return brokenAt(*walked, (*anchor)->problem, (*anchor)->firstBadEntry);
    return walked;
}

Result<AuditVerification> AuditTrail::check()
{
    const Result<AuditVerification> verification = verify();
    if (!verification || verification->intact)
        return verification;
    const Result<std::optional<AuditAnchorState>> anchor = m_anchor.read();
    if (anchor) {
        AuditAnchorState state = anchor->value_or(AuditAnchorState{});
        if (state.problem != verification->problem || state.firstBadEntry != verification->firstBadEntry) {
            state.problem = verification->problem;
            state.firstBadEntry = verification->firstBadEntry;
            if (Result<void> kept = m_anchor.write(state); !kept)
                return std::unexpected(kept.error());
        }
    }
    AuditLog log(m_database);
    const Result<std::optional<AuditEntry>> recorded = log.latest(kBrokenAction);
    if (!recorded)
        return std::unexpected(recorded.error());
    const QJsonObject finding = findingJson(*verification);
    if (*recorded && (*recorded)->details == finding)
        return verification;
    if (Result<void> logged = log.append(kBrokenAction, finding); !logged)
        return std::unexpected(logged.error());
    return verification;
}

Result<void> AuditTrail::advanceAnchor()
{
    const Result<std::optional<AuditAnchorState>> anchor = m_anchor.read();
    if (!anchor)
        return {};
    AuditLog log(m_database);
    const Result<AuditHead> head = log.head();
    if (!head)
        return std::unexpected(head.error());
    if (*anchor) {
        const AuditAnchorState &state = **anchor;
        if (state.problem != AuditProblem::None || head->entries <= state.head.entries)
            return {};
        const Result<QString> anchoredHash = log.hashOf(state.head.entries);
        if (!anchoredHash)
            return std::unexpected(anchoredHash.error());
        if (state.head.entries > 0 && *anchoredHash != state.head.lastHash)
            return {};
    }
    return m_anchor.write(AuditAnchorState{*head, AuditProblem::None, 0});
}

} // namespace bw
