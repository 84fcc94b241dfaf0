#pragma once

#include "error.h"
#include "storage/auditanchor.h"
#include "storage/auditlog.h"

namespace bw {

class Database;

// The audit log checked against its anchor: what the app does at start-up, before every
// export and for `beeldwacht-cli audit verify`.
class AuditTrail {
public:
    AuditTrail(Database &database, AuditAnchor anchor)
        : m_database(database), m_anchor(std::move(anchor)) {}

    // The chain, and whether it still reaches the anchor. An unreadable anchor is a finding
    // (it may have been tampered with), not an error.
    Result<AuditVerification> verify();

    // verify(); a break not recorded before is written into the log itself, so the record
    // of it travels with the registry (once per finding, not at every start).
    Result<AuditVerification> check();

    // After a commit: moves the anchor up to the chain's head. An anchor the chain no longer
    // reaches (newest entries removed, chain rewritten) is kept as the evidence.
    Result<void> advanceAnchor();

private:
    Database &m_database;
    AuditAnchor m_anchor;
};

} // namespace bw
