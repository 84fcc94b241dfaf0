#include "commands.h"

#include "storage/registry.h"

namespace bw::cli {

namespace {

constexpr int kBrokenExitCode = 3;

QString findingText(const AuditVerification &verification)
{
    const qint64 entry = verification.firstBadEntry;
    switch (verification.problem) {
    case AuditProblem::None: break;
    case AuditProblem::EntryMissing: return QStringLiteral("entry %1 is missing (deleted)").arg(entry);
    case AuditProblem::EntryOutOfPlace:
        return QStringLiteral("entry %1 does not follow the entry before it (replaced or reordered)").arg(entry);
    case AuditProblem::EntryChanged: return QStringLiteral("entry %1 was changed after it was written").arg(entry);
    case AuditProblem::EntriesRemoved:
        return QStringLiteral("entry %1 and the entries after it were removed").arg(entry);
    case AuditProblem::ChainRewritten:
        return QStringLiteral("entry %1 is not the entry that was recorded earlier (the log was rewritten)").arg(entry);
    case AuditProblem::AnchorUnreadable:
        return QStringLiteral("the record of the log's last entry (%1) cannot be read")
            .arg(QString::fromLatin1(AuditAnchor::kFileName));
    }
    return QStringLiteral("intact");
}

} // namespace

// Exit code 0 when the audit log is intact, 3 when it was tampered with, 1 when it could
// not be checked.
int runAudit(CliContext &context, const QStringList &arguments)
{
    if (arguments != QStringList{QStringLiteral("verify")})
        return failRun(context, QStringLiteral("usage: audit verify"));
    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    const Result<AuditVerification> verification = (*registry)->verifyAudit();
    if (!verification)
        return failRun(context, verification.error().message);
    if (!verification->intact) {
        context.err << "beeldwacht-cli: the audit log of " << (*registry)->filePath()
                    << " is broken: " << findingText(*verification) << Qt::endl;
        return kBrokenExitCode;
    }
    context.out << "audit log intact: " << verification->head.entries << " entries, last "
                << verification->head.lastHash << Qt::endl;
    return 0;
}

} // namespace bw::cli
