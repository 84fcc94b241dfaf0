#pragma once

#include "clicontext.h"

#include <QStringList>

namespace bw::cli {

// Each command parses its own arguments (everything after the command word) and returns
// the process exit code: 0 on success, non-zero with a one-line reason on stderr.
using Command = int (*)(CliContext &context, const QStringList &arguments);

struct CommandEntry {
    const char *name;
    const char *synopsis;
    Command run;
};

// Defined in the command's own file; listed in main.cpp.
int runPupils(CliContext &context, const QStringList &arguments);
int runRefs(CliContext &context, const QStringList &arguments);
int runChannels(CliContext &context, const QStringList &arguments);
int runScreen(CliContext &context, const QStringList &arguments);
int runBench(CliContext &context, const QStringList &arguments);
int runModels(CliContext &context, const QStringList &arguments);
int runPurge(CliContext &context, const QStringList &arguments);
int runSettings(CliContext &context, const QStringList &arguments);
int runConsent(CliContext &context, const QStringList &arguments);
int runAudit(CliContext &context, const QStringList &arguments);
int runRequests(CliContext &context, const QStringList &arguments);
// `requests make`, in its own file (requestsmake.cpp).
int makeRequests(CliContext &context, const QStringList &arguments);

} // namespace bw::cli
