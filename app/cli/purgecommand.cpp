#include "commands.h"

#include "storage/registry.h"

namespace bw::cli {

// Face descriptors are biometric data (DOMAIN.md §1): delete them all when no longer needed.
int runPurge(CliContext &context, const QStringList &arguments)
{
    if (arguments != QStringList{QStringLiteral("--biometrics")})
        return failRun(context, QStringLiteral("usage: purge --biometrics   (deletes every reference descriptor)"));
    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    if (Result<void> purged = (*registry)->references().purge(); !purged)
        return failRun(context, purged.error().message);
    context.out << "all face descriptors deleted and the registry compacted" << Qt::endl;
    return 0;
}

} // namespace bw::cli
