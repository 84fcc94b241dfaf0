#pragma once

#include "error.h"

#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace bw {

// One open SQLite database file, used through the SQLite C API. Opens with foreign keys,
// WAL, secure_delete and a busy timeout; the file is readable by its owner only.
class Database {
public:
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    // Creates the file (mode 0600) when it does not exist yet.
    static Result<std::unique_ptr<Database>> open(const QString &filePath,
                                                  int busyTimeoutMs = kDefaultBusyTimeoutMs);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString filePath() const { return m_filePath; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more SQL statements that take no parameters.
    Result<void> execute(const QString &sql);

    Result<int> userVersion();
    Result<void> setUserVersion(int version);
    // Changes when another connection (another program, another window) commits a change;
    // this connection's own writes leave it as it is.
    Result<qint64> dataVersion();

    // Runs `work` in one write transaction (BEGIN IMMEDIATE, so a second writer waits for
    // the busy timeout and then fails with DatabaseBusy instead of deadlocking later).
    // Rolls back when `work` fails. Nested calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()> &work);
    bool inTransaction() const;

    // Called after each outermost transaction has been committed (not after a rollback).
    void setAfterCommit(std::function<void()> hook) { m_afterCommit = std::move(hook); }

    // Rebuilds the file so that deleted rows leave no bytes behind, and empties the WAL.
    Result<void> vacuum();

    // Copies the write-ahead log back into the file and truncates it to zero bytes, waiting
    // (busy timeout) for other programs' readers to move on.
    Result<void> checkpoint();

    qint64 lastInsertId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;

    // The error for the last failed call, naming the file and what was being done.
    Error lastError(const QString &doing) const;
    Error errorFor(int sqliteCode, const QString &doing) const;

private:
    Database(sqlite3 *db, QString filePath, int busyTimeoutMs);
    Result<qint64> pragmaValue(const char *pragma, const QString &doing);

    sqlite3 *m_db = nullptr;
    QString m_filePath;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    std::function<void()> m_afterCommit;
};

} // namespace bw
