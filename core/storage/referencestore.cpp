#include "referencestore.h"

#include "consent/referenceretention.h"
#include "reason.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <map>

namespace bw {

namespace {

StoredReference storedFrom(const SqlQuery &query)
{
    return StoredReference{query.integer(0), query.integer(1), query.date(2),
                           QDateTime::fromString(query.text(3), Qt::ISODateWithMs).date(), query.text(4)};
}

Result<void> deleteReference(Database &database, qint64 id)
{
    SqlQuery remove(database, "DELETE FROM reference_descriptors WHERE id = ?1");
    remove.bind(1, id);
    return remove.run();
}

} // namespace

Result<qint64> ReferenceStore::add(qint64 pupilId, const NewReference &reference,
                                   const ConsentStatement &basis, const QDateTime &addedAt)
{
    QByteArray bytes(qsizetype(sizeof(reference.descriptor)), Qt::Uninitialized);
    std::memcpy(bytes.data(), reference.descriptor.data(), sizeof(reference.descriptor));
    qint64 id = 0;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        SqlQuery insert(m_database,
                        "INSERT INTO reference_descriptors (pupil_id, descriptor, photo_date, file_sha256,"
                        " file_name, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.bind(1, pupilId).bindBlob(2, bytes).bind(3, reference.photoDate)
            .bind(4, QString::fromLatin1(reference.fileSha256Hex))
            .bind(5, reference.fileName.isNull() ? QStringLiteral("") : reference.fileName)
            .bind(6, addedAt.toUTC().toString(Qt::ISODateWithMs));
        if (Result<void> ran = insert.run(); !ran)
            return ran;
        id = m_database.lastInsertId();
        return AuditLog(m_database).append(
            QStringLiteral("reference_added"),
            QJsonObject{{QStringLiteral("reference_id"), id},
                        {QStringLiteral("pupil_id"), pupilId},
                        {QStringLiteral("photo_date"), reference.photoDate.toString(Qt::ISODate)},
                        {QStringLiteral("file_sha256"), QString::fromLatin1(reference.fileSha256Hex)},
                        {QStringLiteral("file_name"), reference.fileName},
                        {QStringLiteral("consent_statement_id"), basis.id}});
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<std::vector<StoredReference>> ReferenceStore::list()
{
    SqlQuery query(m_database, "SELECT id, pupil_id, photo_date, added_at, file_name"
                               " FROM reference_descriptors ORDER BY pupil_id, id");
    return collectRows<StoredReference>(query, storedFrom);
}

Result<std::vector<ReferenceDescriptor>> ReferenceStore::descriptors()
{
    SqlQuery query(m_database, "SELECT pupil_id, descriptor, photo_date FROM reference_descriptors"
                               " ORDER BY pupil_id, id");
    return collectRows<ReferenceDescriptor>(query, [](const SqlQuery &q) {
        ReferenceDescriptor reference;
        reference.pupilId = q.integer(0);
        const QByteArray bytes = q.blob(1);
        // The schema guarantees 512 bytes; copy no more than the array holds regardless.
        std::memcpy(reference.descriptor.data(), bytes.constData(),
                    std::min<std::size_t>(std::size_t(bytes.size()), sizeof(reference.descriptor)));
        reference.photoDate = q.date(2);
        return reference;
    });
}

Result<int> ReferenceStore::removeAllOf(qint64 pupilId, const QString &reason)
{
    int removed = 0;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        SqlQuery count(m_database, "SELECT count(*) FROM reference_descriptors WHERE pupil_id = ?1");
        count.bind(1, pupilId);
        const Result<bool> counted = count.next();
        if (!counted)
            return std::unexpected(counted.error());
        removed = int(count.integer(0));
        if (removed == 0)
            return {};
        SqlQuery remove(m_database, "DELETE FROM reference_descriptors WHERE pupil_id = ?1");
        remove.bind(1, pupilId);
        if (Result<void> ran = remove.run(); !ran)
            return ran;
        return AuditLog(m_database).append(QStringLiteral("references_deleted"),
                                           QJsonObject{{QStringLiteral("pupil_id"), pupilId},
                                                       {QStringLiteral("reason"), reason},
                                                       {QStringLiteral("descriptors_deleted"), removed}});
    });
    if (!done)
        return std::unexpected(done.error());
    return removed;
}

Result<int> ReferenceStore::removeExpired(const QDate &today, const SchoolSettings &settings)
{
    std::map<qint64, QJsonArray> expiredByPupil;
    int removed = 0;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<std::vector<StoredReference>> stored = list();
        if (!stored)
            return std::unexpected(stored.error());
        for (const StoredReference &reference : *stored) {
            if (!isReferenceExpired(reference.addedOn, today, settings))
                continue;
            if (Result<void> deleted = deleteReference(m_database, reference.id); !deleted)
                return deleted;
            expiredByPupil[reference.pupilId].append(reference.id);
            ++removed;
        }
        for (const auto &[pupilId, ids] : expiredByPupil) {
            if (Result<void> logged = AuditLog(m_database).append(
                    QStringLiteral("references_deleted"),
                    QJsonObject{{QStringLiteral("pupil_id"), pupilId},
                                {QStringLiteral("reason"), reasonCode(Reason::RetentionExpired)},
                                {QStringLiteral("reference_ids"), ids},
                                {QStringLiteral("descriptors_deleted"), ids.size()}});
                !logged)
                return logged;
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return removed;
}

Result<void> ReferenceStore::purge()
{
    Result<void> deleted = m_database.transaction([&]() -> Result<void> {
        SqlQuery count(m_database, "SELECT count(*) FROM reference_descriptors");
        const Result<bool> counted = count.next();
        if (!counted)
            return std::unexpected(counted.error());
        const qint64 removed = count.integer(0);
        if (Result<void> ran = m_database.execute(QStringLiteral("DELETE FROM reference_descriptors")); !ran)
            return ran;
        return AuditLog(m_database).append(QStringLiteral("biometrics_purged"),
                                           QJsonObject{{QStringLiteral("descriptors_deleted"), removed}});
    });
    if (!deleted)
        return deleted;
    return m_database.vacuum();
}

Result<void> ReferenceStore::scrub()
{
    return m_database.checkpoint();
}

} // namespace bw
