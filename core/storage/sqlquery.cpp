#include "sqlquery.h"

#include "database.h"

#include <sqlite3.h>

namespace bw {

SqlQuery::SqlQuery(Database &database, const char *sql)
    : m_database(database), m_sql(QString::fromUtf8(sql))
{
    m_pendingError = sqlite3_prepare_v2(database.handle(), sql, -1, &m_statement, nullptr);
}

SqlQuery::~SqlQuery()
{
    sqlite3_finalize(m_statement);
}

void SqlQuery::noteBindResult(int code)
{
    if (code != SQLITE_OK && m_pendingError == SQLITE_OK)
        m_pendingError = code;
}

SqlQuery &SqlQuery::bind(int index, qint64 value)
{
    if (m_statement)
        noteBindResult(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

SqlQuery &SqlQuery::bind(int index, const QString &text)
{
    if (!m_statement)
        return *this;
    if (text.isNull()) {
        noteBindResult(sqlite3_bind_null(m_statement, index));
    } else {
        const QByteArray utf8 = text.toUtf8();
        noteBindResult(sqlite3_bind_text64(m_statement, index, utf8.constData(),
                                           sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8));
    }
    return *this;
}

SqlQuery &SqlQuery::bind(int index, const QDate &date)
{
    return bind(index, date.isValid() ? date.toString(Qt::ISODate) : QString());
}

SqlQuery &SqlQuery::bindBlob(int index, const QByteArray &bytes)
{
    if (m_statement)
        noteBindResult(sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                                           sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

SqlQuery &SqlQuery::bindReal(int index, double value)
{
    if (m_statement)
        noteBindResult(sqlite3_bind_double(m_statement, index, value));
    return *this;
}

Result<bool> SqlQuery::next()
{
    if (m_pendingError != SQLITE_OK) {
        return std::unexpected(m_database.errorFor(
            m_pendingError, QStringLiteral("preparing \"%1\" for").arg(m_sql.simplified().left(60))));
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    return std::unexpected(
        m_database.lastError(QStringLiteral("running \"%1\" on").arg(m_sql.simplified().left(60))));
}

Result<void> SqlQuery::run()
{
    for (;;) {
        const Result<bool> row = next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

qint64 SqlQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqlQuery::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqlQuery::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QDate SqlQuery::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

QByteArray SqlQuery::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

bool SqlQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace bw
