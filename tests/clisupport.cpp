#include "clisupport.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cerrno>
#include <vector>

extern char **environ;

namespace bw::test {

QString cliPath()
{
    return binDir() + QStringLiteral("/beeldwacht-cli");
}

CliRun runCli(const QString &dataDir, const QStringList &arguments)
{
    CliRun run;
    QTemporaryFile outFile;
    QTemporaryFile errFile;
    if (!outFile.open() || !errFile.open())
        return run;

    const QStringList all = QStringList{cliPath(), QStringLiteral("--data-dir"), dataDir} + arguments;
    std::vector<QByteArray> encoded;
    encoded.reserve(std::size_t(all.size()));
    for (const QString &argument : all)
        encoded.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, outFile.handle(), 1);
    posix_spawn_file_actions_adddup2(&actions, errFile.handle(), 2);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;

    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.peakRssKb = usage.ru_maxrss;
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);

    QFile out(outFile.fileName());
    QFile err(errFile.fileName());
    if (out.open(QIODevice::ReadOnly))
        run.out = QString::fromUtf8(out.readAll());
    if (err.open(QIODevice::ReadOnly))
        run.err = QString::fromUtf8(err.readAll());
    return run;
}

QString registryIntegrity(const QString &dataDir)
{
    const QByteArray path = QFile::encodeName(QDir(dataDir).filePath(QStringLiteral("registry.sqlite")));
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return QStringLiteral("cannot open: ") + message;
    }
    sqlite3_busy_timeout(db, 10000);
    sqlite3_stmt *statement = nullptr;
    QStringList lines;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK) {
        int code = SQLITE_ROW;
        while ((code = sqlite3_step(statement)) == SQLITE_ROW)
            lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        if (code != SQLITE_DONE)
            lines << QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        lines << QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return lines.join(QLatin1Char('\n'));
}

bool importPupils(const QString &dataDir, const QString &workDir, QString *error)
{
    const QString csv = QDir(workDir).filePath(QStringLiteral("toestemming.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Obama may be shown internally (parro) but not externally; Biden the other way round.
    // Both may be recognised automatically (face-recognition consent).
    file.write("leerling;groep;geboortedatum;datum;door;intern;extern;klassenfoto;gezichtsherkenning\n"
               "Barack Obama;5B;2016-08-04;2026-09-01;ouder;ja;nee;ja;ja\n"
               "Joe Biden;5B;2016-11-20;2026-09-01;ouder;nee;ja;nee;ja\n");
    file.close();
    const CliRun run = runCli(dataDir, {QStringLiteral("pupils"), QStringLiteral("import"), csv});
    if (error != nullptr)
        *error = run.err;
    return run.exitCode == 0;
}

bool importReferences(const QString &dataDir, const QString &workDir, QString *error)
{
    const QString refs = QDir(workDir).filePath(QStringLiteral("refs"));
    QDir().mkpath(refs + QStringLiteral("/Barack Obama"));
    QDir().mkpath(refs + QStringLiteral("/Joe Biden"));
    QFile::copy(fetchedImage(QStringLiteral("obama.jpg")), refs + QStringLiteral("/Barack Obama/obama.jpg"));
    QFile::copy(fetchedImage(QStringLiteral("biden.jpg")), refs + QStringLiteral("/Joe Biden/biden.jpg"));
    const CliRun run = runCli(dataDir, {QStringLiteral("refs"), QStringLiteral("import"), refs});
    if (error != nullptr)
        *error = run.err;
    return run.exitCode == 0;
}

QJsonObject readJsonObject(const QString &path, bool *valid)
{
    QFile file(path);
    QJsonParseError parseError{};
    const QJsonDocument document = file.open(QIODevice::ReadOnly)
                                       ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                       : QJsonDocument();
    const bool ok = file.isOpen() && parseError.error == QJsonParseError::NoError && document.isObject();
    if (valid != nullptr)
        *valid = ok;
    return ok ? document.object() : QJsonObject();
}

QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray all = file.readAll();
            if (all.contains(needle) || all.contains(needle.left(64)))
                found << file.fileName();
        }
    }
    return found;
}

} // namespace bw::test
