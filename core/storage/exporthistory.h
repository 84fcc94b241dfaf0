#pragma once

#include "error.h"
#include "storage/exportrecord.h"

#include <QDate>
#include <QString>

#include <functional>
#include <vector>

namespace bw {

class Database;
class SqlQuery;

// Which files were exported where, and which pupils are visible on each: the registry's
// answer to a parent's question "where is my child?" and the list of what to take down
// after a withdrawal. Runs inside the caller's transaction when there is one.
class ExportHistory {
public:
    explicit ExportHistory(Database &database) : m_database(database) {}

    // Stores the files of one export run, with an audit entry, in one transaction.
    Result<void> record(const std::vector<ExportRecord> &exports);

    // Every export on which the pupil is visible, oldest first.
    Result<std::vector<ExportRecord>> showing(qint64 pupilId);

    // Those of showing() on channels of `category` up to and including `until`: what a
    // withdrawal of that consent asks the school to take down.
    Result<std::vector<ExportRecord>> toTakeDown(qint64 pupilId, const QString &category,
                                                 const QDate &until);

    // Deletes the history of exports made before `cutoff` (the school's retention).
    Result<int> purgeBefore(const QDate &cutoff);

private:
    // The exports matching `condition` (SQL over the alias e), with their faces.
    Result<std::vector<ExportRecord>> select(const QString &condition,
                                             const std::function<void(SqlQuery &)> &bind);
    Result<void> insert(const ExportRecord &record);
    Result<void> loadFaces(ExportRecord &record);

    Database &m_database;
};

} // namespace bw
