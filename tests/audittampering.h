#pragma once

// Changing a registry's audit log behind Beeldwacht's back, the way someone with a database
// editor would (the append-only triggers dropped first), for the tests that show the
// start-up check and `audit verify` catching it.

#include <QString>

namespace bw::test {

enum class AuditTampering {
    EditEntry,       // one entry's details rewritten in place
    DeleteEntry,     // one entry from the middle deleted
    TruncateNewest,  // the two newest entries deleted
    RewriteChain,    // one entry edited and every hash from there on recomputed
};

// Tampers with DATADIR/registry.sqlite (which needs at least 4 audit entries) and returns
// the number of the entry the check must name, or 0 when the change could not be made.
qint64 tamperWithAudit(const QString &dataDir, AuditTampering how);

} // namespace bw::test
