#pragma once

#include "error.h"

#include <QJsonObject>
#include <QString>

namespace bw {

class Database;

// The outcome of walking the audit chain. A changed, removed or reordered entry breaks the
// chain at that entry (removing only the newest entries cannot be seen from the chain).
struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadEntry = 0; // id of the first entry that does not fit the chain
    QString problem;

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
    Result<AuditVerification> verify();
    Result<std::vector<AuditEntry>> entries();

    // The OS user that is making changes, for "recorded by" and the audit log.
    static QString currentUser();

private:
    Database &m_database;
};

} // namespace bw
