#pragma once

// Helpers shared by the CLI and hardening tests: they drive beeldwacht-cli as a separate process
// (the way a teacher's script or a crash would meet it) and inspect what it left on disk.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bw::test {

struct CliRun {
    int exitCode = -1;        // -1 when the process did not exit normally
    int signal = 0;           // the signal that ended it, if any
    QString out;
    QString err;
    qint64 peakRssKb = 0;     // ru_maxrss of the child (its own peak, from wait4)
    double seconds = 0;
};

// Runs beeldwacht-cli --data-dir DATADIR ARGUMENTS... to the end and measures its peak
// resident memory (posix_spawn + wait4, so the figure is the child's alone).
CliRun runCli(const QString &dataDir, const QStringList &arguments);

QString cliPath();

// "ok" when PRAGMA integrity_check passes on DATADIR/registry.sqlite, else what it said.
QString registryIntegrity(const QString &dataDir);

// Writes a small consent CSV (pupils "Barack Obama" and "Joe Biden") and imports it.
bool importPupils(const QString &dataDir, const QString &workDir, QString *error);

// Stores obama.jpg and biden.jpg as references of the two pupils.
bool importReferences(const QString &dataDir, const QString &workDir, QString *error);

// The JSON object in `path`, or an empty object when it is missing or not valid JSON.
QJsonObject readJsonObject(const QString &path, bool *valid = nullptr);

// Every file below `folder` (hidden ones too: the registry's -wal and -shm) that contains
// `needle` whole or its first 64 bytes.
QStringList filesContaining(const QString &folder, const QByteArray &needle);

} // namespace bw::test
