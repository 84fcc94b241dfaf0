#pragma once

#include "error.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

struct sqlite3_stmt;

namespace bw {

class Database;

// One prepared SQL statement with positional parameters (?1, ?2, ...).
// A failure to prepare or bind is reported by the first next() or run().
class SqlQuery {
public:
    SqlQuery(Database &database, const char *sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(int index, qint64 value);
    SqlQuery &bind(int index, const QString &text); // a null QString binds NULL
    SqlQuery &bind(int index, const QDate &date);   // ISO date; an invalid date binds NULL
    SqlQuery &bindBlob(int index, const QByteArray &bytes);
    SqlQuery &bindReal(int index, double value); // a name of its own: bind(i, 1) stays unambiguous

    // Steps once: true when a row is available, false when done.
    Result<bool> next();
    // Steps to the end, for statements that return no rows.
    Result<void> run();

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QDate date(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    void noteBindResult(int code);

    Database &m_database;
    sqlite3_stmt *m_statement = nullptr;
    int m_pendingError = 0;
    QString m_sql;
};

// Every remaining row of `query`, each turned into a T by `read(query)`.
template <typename T, typename Read>
Result<std::vector<T>> collectRows(SqlQuery &query, Read read)
{
    std::vector<T> result;
    for (;;) {
        const Result<bool> row = query.next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return result;
        result.push_back(read(query));
    }
}

} // namespace bw
