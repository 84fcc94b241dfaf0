#include "exporthistory.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QJsonObject>

namespace bw {

namespace {

// The columns recordFrom() reads, in this order.
constexpr const char *kSelectExports =
    "SELECT e.id, e.channel, e.category, e.exported_at, e.export_date, e.file_name, e.output_path,"
    " e.source_path, e.source_sha256, e.source_width, e.source_height, e.report_path FROM exports e ";

// Exports on which the pupil ?1 is visible.
constexpr const char *kShowsPupil =
    " EXISTS (SELECT 1 FROM export_faces f WHERE f.export_id = e.id AND f.pupil_id = ?1 AND f.visible = 1)";

ExportRecord recordFrom(const SqlQuery &q)
{
    ExportRecord record;
    record.id = q.integer(0);
    record.channel = q.text(1);
    record.category = q.text(2);
    record.exportedAt = QDateTime::fromString(q.text(3), Qt::ISODateWithMs);
    record.date = q.date(4);
    record.fileName = q.text(5);
    record.outputPath = q.text(6);
    record.sourcePath = q.text(7);
    record.sourceSha256 = q.text(8);
    record.sourceWidth = int(q.integer(9));
    record.sourceHeight = int(q.integer(10));
    record.reportPath = q.text(11);
    return record;
}

} // namespace

Result<void> ExportHistory::insert(const ExportRecord &record)
{
    SqlQuery row(m_database,
                 "INSERT INTO exports (channel, category, exported_at, export_date, file_name, output_path,"
                 " source_path, source_sha256, source_width, source_height, report_path)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    row.bind(1, record.channel).bind(2, record.category)
        .bind(3, record.exportedAt.toUTC().toString(Qt::ISODateWithMs)).bind(4, record.date)
        .bind(5, record.fileName).bind(6, record.outputPath).bind(7, record.sourcePath)
        .bind(8, record.sourceSha256).bind(9, qint64(record.sourceWidth))
        .bind(10, qint64(record.sourceHeight)).bind(11, record.reportPath);
    if (Result<void> ran = row.run(); !ran)
        return ran;
    const qint64 exportId = m_database.lastInsertId();
    for (std::size_t i = 0; i < record.faces.size(); ++i) {
        const ExportedFace &face = record.faces[i];
        SqlQuery faceRow(m_database,
                         "INSERT INTO export_faces (export_id, face_index, x, y, width, height, visible,"
                         " pupil_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        faceRow.bind(1, exportId).bind(2, qint64(i)).bindReal(3, face.box.x).bindReal(4, face.box.y)
            .bindReal(5, face.box.width).bindReal(6, face.box.height).bind(7, qint64(face.visible));
        // Who a hidden face is, is not kept: the history answers where a pupil is visible.
        if (face.visible && face.pupilId)
            faceRow.bind(8, *face.pupilId);
        else
            faceRow.bind(8, QString());
        if (Result<void> ran = faceRow.run(); !ran)
            return ran;
    }
    return {};
}

Result<void> ExportHistory::record(const std::vector<ExportRecord> &exports)
{
    return m_database.transaction([&]() -> Result<void> {
        for (const ExportRecord &record : exports) {
            if (Result<void> inserted = insert(record); !inserted)
                return inserted;
        }
        return AuditLog(m_database).append(
            QStringLiteral("export_history_recorded"),
            QJsonObject{{QStringLiteral("files"), qint64(exports.size())},
                        {QStringLiteral("channel"), exports.empty() ? QString() : exports.front().channel}});
    });
}

Result<void> ExportHistory::loadFaces(ExportRecord &record)
{
    SqlQuery query(m_database, "SELECT x, y, width, height, visible, pupil_id FROM export_faces"
                               " WHERE export_id = ?1 ORDER BY face_index");
    query.bind(1, record.id);
    Result<std::vector<ExportedFace>> faces = collectRows<ExportedFace>(query, [](const SqlQuery &q) {
        ExportedFace face;
        face.box = cv::Rect2f(float(q.real(0)), float(q.real(1)), float(q.real(2)), float(q.real(3)));
        face.visible = q.integer(4) != 0;
        if (!q.isNull(5))
            face.pupilId = q.integer(5);
        return face;
    });
    if (!faces)
        return std::unexpected(faces.error());
    record.faces = std::move(*faces);
    return {};
}

Result<std::vector<ExportRecord>> ExportHistory::select(const QString &condition,
                                                        const std::function<void(SqlQuery &)> &bind)
{
    const QByteArray sql = QByteArray(kSelectExports) + "WHERE" + condition.toUtf8()
        + " ORDER BY e.exported_at, e.id";
    SqlQuery query(m_database, sql.constData());
    bind(query);
    Result<std::vector<ExportRecord>> records = collectRows<ExportRecord>(query, recordFrom);
    if (!records)
        return records;
    for (ExportRecord &record : *records) {
        if (Result<void> loaded = loadFaces(record); !loaded)
            return std::unexpected(loaded.error());
    }
    return records;
}

Result<std::vector<ExportRecord>> ExportHistory::showing(qint64 pupilId)
{
    return select(QString::fromLatin1(kShowsPupil), [&](SqlQuery &q) { q.bind(1, pupilId); });
}

Result<std::vector<ExportRecord>> ExportHistory::toTakeDown(qint64 pupilId, const QString &category,
                                                            const QDate &until)
{
    return select(QString::fromLatin1(kShowsPupil) + QStringLiteral(" AND e.category = ?2 AND e.export_date <= ?3"),
                  [&](SqlQuery &q) { q.bind(1, pupilId).bind(2, category).bind(3, until); });
}

Result<int> ExportHistory::purgeBefore(const QDate &cutoff)
{
    int removed = 0;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        SqlQuery purge(m_database, "DELETE FROM exports WHERE export_date < ?1");
        purge.bind(1, cutoff);
        if (Result<void> ran = purge.run(); !ran)
            return ran;
        removed = m_database.changes();
        if (removed == 0)
            return {};
        return AuditLog(m_database).append(
            QStringLiteral("export_history_purged"),
            QJsonObject{{QStringLiteral("before"), cutoff.toString(Qt::ISODate)},
                        {QStringLiteral("files"), removed}});
    });
    if (!done)
        return std::unexpected(done.error());
    return removed;
}

} // namespace bw
