#include "database.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace bw {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creating the file ourselves, owner-only, before SQLite touches it: SQLite then gives the
// -wal and -shm files the same mode, so no copy of the registry is readable by others.
Result<void> ensureOwnerOnlyFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return fail(ErrorCode::WriteFailed, MessageId::DatabaseUncreatable, filePath, file.errorString());
        file.close();
    }
    if (file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) {
        if (!file.setPermissions(kOwnerOnly))
            return fail(ErrorCode::WriteFailed, MessageId::DatabaseNotPrivate, filePath);
    }
    return {};
}

} // namespace

Database::Database(sqlite3 *db, QString filePath, int busyTimeoutMs)
    : m_db(db), m_filePath(std::move(filePath)), m_busyTimeoutMs(busyTimeoutMs)
{
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath, int busyTimeoutMs)
{
    if (Result<void> made = ensureOwnerOnlyFile(filePath); !made)
        return std::unexpected(made.error());

    sqlite3 *db = nullptr;
    const int code = sqlite3_open_v2(QFile::encodeName(filePath).constData(), &db,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<Database> database(new Database(db, filePath, busyTimeoutMs));
    if (code != SQLITE_OK)
        return std::unexpected(database->errorFor(code, QStringLiteral("opening")));
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busyTimeoutMs);

    // secure_delete overwrites deleted content (biometric descriptors) with zeros.
    if (Result<void> pragmas = database->execute(QStringLiteral(
            "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;"));
        !pragmas)
        return std::unexpected(pragmas.error());

    sqlite3_stmt *statement = nullptr;
    int walCode = sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &statement, nullptr);
    if (walCode == SQLITE_OK)
        walCode = sqlite3_step(statement);
    const bool isWal = walCode == SQLITE_ROW
        && qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)), "wal") == 0;
    sqlite3_finalize(statement);
    if (walCode != SQLITE_ROW)
        return std::unexpected(database->errorFor(walCode, QStringLiteral("switching to WAL in")));
    if (!isWal)
        return fail(ErrorCode::Database, MessageId::DatabaseWithoutWal, filePath);
    return database;
}

Result<void> Database::execute(const QString &sql)
{
    const int code = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        return std::unexpected(lastError(QStringLiteral("running \"%1\" on").arg(sql.left(60))));
    return {};
}

Result<qint64> Database::pragmaValue(const char *pragma, const QString &doing)
{
    sqlite3_stmt *statement = nullptr;
    int code = sqlite3_prepare_v2(m_db, pragma, -1, &statement, nullptr);
    if (code == SQLITE_OK)
        code = sqlite3_step(statement);
    const qint64 value = code == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
    sqlite3_finalize(statement);
    if (code != SQLITE_ROW)
        return std::unexpected(errorFor(code, doing));
    return value;
}

Result<int> Database::userVersion()
{
    const Result<qint64> version = pragmaValue("PRAGMA user_version", QStringLiteral("reading the schema version of"));
    if (!version)
        return std::unexpected(version.error());
    return int(*version);
}

Result<qint64> Database::dataVersion()
{
    return pragmaValue("PRAGMA data_version", QStringLiteral("checking for changes in"));
}

Result<void> Database::setUserVersion(int version)
{
    return execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (!sqlite3_get_autocommit(m_db))
        return work();

    if (Result<void> begun = execute(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    Result<void> done = work();
    if (done) {
        done = execute(QStringLiteral("COMMIT"));
        if (done) {
            if (m_afterCommit)
                m_afterCommit();
            return done;
        }
    }
    // A failed COMMIT may already have rolled back; ROLLBACK then fails harmlessly.
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return done;
}

bool Database::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

Result<void> Database::vacuum()
{
    if (Result<void> vacuumed = execute(QStringLiteral("VACUUM")); !vacuumed)
        return vacuumed;
    // The WAL may still hold pages with the old content: copy it back and truncate it.
    return checkpoint();
}

Result<void> Database::checkpoint()
{
    int logFrames = 0;
    int checkpointed = 0;
    const int code = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                                               &logFrames, &checkpointed);
    if (code != SQLITE_OK)
        return std::unexpected(errorFor(code, QStringLiteral("checkpointing")));
    return {};
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString &doing) const
{
    return errorFor(sqlite3_extended_errcode(m_db), doing);
}

Error Database::errorFor(int sqliteCode, const QString &doing) const
{
    const int primary = sqliteCode & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        return Error(ErrorCode::DatabaseBusy, makeMessage(MessageId::DatabaseBusy, m_filePath, m_busyTimeoutMs / 1000.0));
    }
    const char *detail = m_db && sqlite3_errcode(m_db) == sqliteCode ? sqlite3_errmsg(m_db)
                                                                      : sqlite3_errstr(sqliteCode);
    return Error(ErrorCode::Database, makeMessage(MessageId::DatabaseFailed, doing, m_filePath, detail));
}

} // namespace bw
