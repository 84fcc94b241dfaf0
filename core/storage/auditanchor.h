#pragma once

#include "error.h"
#include "storage/auditlog.h"

#include <QString>

#include <optional>

namespace bw {

// What the anchor file holds: the chain's head as last seen intact and, once a break was
// found, that finding. The finding stays as it was first seen (later entries cannot make a
// removal look like something else) and the head no longer moves: it is the evidence.
struct AuditAnchorState {
    AuditHead head;
    AuditProblem problem = AuditProblem::None;
    qint64 firstBadEntry = 0;

    bool operator==(const AuditAnchorState &) const = default;
};

// The audit chain's head kept in a small file beside the registry. Someone who edits the
// database does not reach it casually: deleting the newest entries or rewriting the chain
// no longer matches it.
class AuditAnchor {
public:
    static constexpr const char *kFileName = "audit-anchor.json";

    explicit AuditAnchor(QString filePath) : m_filePath(std::move(filePath)) {}

    QString filePath() const { return m_filePath; }

    // Nothing when there is no anchor yet (a new registry, or one from before anchors);
    // an error when the file exists but does not hold a head.
    Result<std::optional<AuditAnchorState>> read() const;

    // Written atomically and owner-only.
    Result<void> write(const AuditAnchorState &state) const;

private:
    QString m_filePath;
};

} // namespace bw
