#include "audittampering.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace bw::test {

namespace {

bool exec(sqlite3 *db, const QByteArray &sql)
{
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    qWarning("%s: %s", sql.constData(), sqlite3_errmsg(db));
    return false;
}

qint64 newestEntry(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    qint64 newest = 0;
    if (sqlite3_prepare_v2(db, "SELECT max(id) FROM audit_log", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        newest = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return newest;
}

QString text(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

// What a determined editor does: recompute every hash from `from` on, with the published
// formula, so that the chain alone looks intact.
bool rehashFrom(sqlite3 *db, qint64 from)
{
    sqlite3_stmt *rows = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT id, at, actor, action, details, previous_hash FROM audit_log"
                               " WHERE id >= ?1 ORDER BY id", -1, &rows, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(rows, 1, from);
    QString previous;
    QList<std::pair<qint64, std::pair<QString, QString>>> updates;
    while (sqlite3_step(rows) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(rows, 0);
        if (previous.isEmpty())
            previous = text(rows, 5);
        const QChar sep(0x1f);
        const QString content = previous + sep + QString::number(id) + sep + text(rows, 1) + sep
            + text(rows, 2) + sep + text(rows, 3) + sep + text(rows, 4);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
        updates.append({id, {previous, hash}});
        previous = hash;
    }
    sqlite3_finalize(rows);
    for (const auto &[id, hashes] : updates) {
        const QByteArray sql = "UPDATE audit_log SET previous_hash = '" + hashes.first.toLatin1()
            + "', hash = '" + hashes.second.toLatin1() + "' WHERE id = " + QByteArray::number(id);
        if (!exec(db, sql))
            return false;
    }
    return true;
}

qint64 tamper(sqlite3 *db, AuditTampering how)
{
    const qint64 newest = newestEntry(db);
    if (newest < 4)
        return 0;
    const qint64 middle = newest / 2;
    const QByteArray id = QByteArray::number(middle);
    const QByteArray edit = "UPDATE audit_log SET details = '{\"tampered\":true}' WHERE id = " + id;
    switch (how) {
    case AuditTampering::EditEntry:
        return exec(db, "DROP TRIGGER audit_log_no_update") && exec(db, edit) ? middle : 0;
    case AuditTampering::DeleteEntry:
        return exec(db, "DROP TRIGGER audit_log_no_delete")
                   && exec(db, "DELETE FROM audit_log WHERE id = " + id) ? middle : 0;
    case AuditTampering::TruncateNewest:
        return exec(db, "DROP TRIGGER audit_log_no_delete")
                   && exec(db, "DELETE FROM audit_log WHERE id > " + QByteArray::number(newest - 2))
                   ? newest - 1 : 0;
    case AuditTampering::RewriteChain:
        return exec(db, "DROP TRIGGER audit_log_no_update") && exec(db, edit) && rehashFrom(db, middle)
                   ? newest : 0;
    }
    return 0;
}

} // namespace

qint64 tamperWithAudit(const QString &dataDir, AuditTampering how)
{
    const QByteArray path = QFile::encodeName(QDir(dataDir).filePath(QStringLiteral("registry.sqlite")));
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return 0;
    }
    sqlite3_busy_timeout(db, 10000);
    const qint64 named = tamper(db, how);
    sqlite3_close(db);
    return named;
}

} // namespace bw::test
