#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace bw::cli {

// What every command gets: where the registry lives, where to print, where the binary is.
struct CliContext {
    QString dataDir;
    QString applicationDir;
    QTextStream &out;
    QTextStream &err;
};

// Prints "beeldwacht-cli: <message>" on stderr and returns the exit code for a failed run.
int failRun(CliContext &context, const QString &message);

} // namespace bw::cli
