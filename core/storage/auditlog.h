#pragma once

#include "error.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace bw {

class Database;

// The newest end of the chain: how many entries it has and the hash of the last one.
// Kept outside the database (the anchor, each report) so that removing the newest entries,
// or rewriting the whole chain, shows.
struct AuditHead {
    qint64 entries = 0;
    QString lastHash;

    bool operator==(const AuditHead &) const = default;
};

// What is wrong with the audit trail; the app puts it in words (Dutch or English).
enum class AuditProblem {
    None,
    EntryMissing,     // an entry's number is skipped: it was deleted
    EntryOutOfPlace,  // an entry does not follow the one before it (reordered, replaced)
    EntryChanged,     // an entry's content no longer matches its hash
    EntriesRemoved,   // fewer entries than the anchor recorded: the newest were deleted
    ChainRewritten,   // the entry the anchor recorded has another hash now
    AnchorUnreadable, // the anchor file exists but cannot be read
};

// A stable snake_case name for reports and scripts, e.g. "entry_changed".
QString auditProblemCode(AuditProblem problem);

// The outcome of walking the audit chain and comparing it with the anchor. A changed,
// removed or reordered entry breaks the chain at that entry; removing only the newest
// entries shows against the anchor.
struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;        // entries that fit the chain, from the first
    qint64 firstBadEntry = 0;  // number of the first entry that does not fit (0 when intact)
    AuditProblem problem = AuditProblem::None;
    AuditHead head;            // the chain's newest end as found (when intact)

    bool operator==(const AuditVerification &) const = default;
};

// One entry of the append-only, tamper-evident audit log. Each entry stores the SHA-256
// of the previous entry and its own hash over that and its content.
struct AuditEntry {
    qint64 id = 0;
    QString at;     // UTC, ISO 8601
    QString actor;  // the OS user
    QString action; // "statement_recorded", "pupil_added", ...
    QJsonObject details;

    bool operator==(const AuditEntry &) const = default;
};

// The audit log lives in the registry database; these run inside the caller's transaction
// when there is one, so a change and its audit entry are committed together.
class AuditLog {
public:
    explicit AuditLog(Database &database) : m_database(database) {}

    Result<void> append(const QString &action, const QJsonObject &details);
    // Walks the whole chain; with an anchor, also checks that the chain still reaches it.
    Result<AuditVerification> verify(const std::optional<AuditHead> &anchor = std::nullopt);
    Result<std::vector<AuditEntry>> entries();
    Result<AuditHead> head();
    // The stored hash of entry `id`; empty when there is no such entry.
    Result<QString> hashOf(qint64 id);
    // The newest entry with this action, if any.
    Result<std::optional<AuditEntry>> latest(const QString &action);

    // The OS user that is making changes, for "recorded by" and the audit log.
    static QString currentUser();

private:
    Database &m_database;
};

} // namespace bw
