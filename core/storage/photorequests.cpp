#include "photorequests.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace bw {

namespace {

// The columns requestFrom() reads, in this order. The answer is the request's statement or,
// when the family changed it since (Registry::changePhotoAnswer), the latest change.
constexpr const char *kSelectRequests =
    "SELECT r.code, r.pupil_id, r.photo_sha256, r.photo_path, r.channel, r.category, r.created_at,"
    " r.expires_on, r.statement_id, s.granted, s.date FROM photo_requests r"
    " LEFT JOIN consent_statements s ON s.id = (SELECT max(c.id) FROM consent_statements c"
    "  WHERE c.id = r.statement_id OR (r.statement_id IS NOT NULL AND c.pupil_id = r.pupil_id"
    "  AND c.source = 'verzoek ' || r.code || ', gewijzigd')) ";

PhotoRequest requestFrom(const SqlQuery &q)
{
    PhotoRequest request;
    request.code = q.text(0);
    request.pupilId = q.integer(1);
    request.photoSha256 = q.text(2);
    request.photoPath = q.text(3);
    request.channel = q.text(4);
    request.category = q.text(5);
    request.createdAt = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
    request.expiresOn = q.date(7);
    if (!q.isNull(8)) {
        request.statementId = q.integer(8);
        request.answer = q.integer(9) != 0;
        request.answeredOn = q.date(10);
    }
    return request;
}

} // namespace

QString PhotoRequests::normalisedCode(const QString &code)
{
    QString bare = code.toUpper();
    bare.remove(QRegularExpression(QStringLiteral("[^0-9A-Z]")));
    return bare.size() == 8 ? bare.left(4) + QLatin1Char('-') + bare.mid(4) : code.trimmed().toUpper();
}

Result<void> PhotoRequests::add(const PhotoRequest &request)
{
    return m_database.transaction([&] { return insert(request); });
}

Result<void> PhotoRequests::insert(const PhotoRequest &request)
{
    SqlQuery row(m_database,
                 "INSERT INTO photo_requests (code, pupil_id, photo_sha256, photo_path, channel, category,"
                 " created_at, expires_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    row.bind(1, request.code).bind(2, request.pupilId).bind(3, request.photoSha256.toLower())
        .bind(4, request.photoPath).bind(5, request.channel).bind(6, request.category)
        .bind(7, request.createdAt.toUTC().toString(Qt::ISODateWithMs)).bind(8, request.expiresOn);
    if (Result<void> ran = row.run(); !ran)
        return ran;
    return AuditLog(m_database).append(
        QStringLiteral("photo_request_made"),
        QJsonObject{{QStringLiteral("code"), request.code},
                    {QStringLiteral("pupil_id"), request.pupilId},
                    {QStringLiteral("photo_sha256"), request.photoSha256.toLower()},
                    {QStringLiteral("channel"), request.channel},
                    {QStringLiteral("category"), request.category},
                    {QStringLiteral("expires_on"), request.expiresOn.toString(Qt::ISODate)}});
}

Result<std::vector<PhotoRequest>> PhotoRequests::select(const char *condition, const std::vector<QString> &values)
{
    const QByteArray sql = QByteArray(kSelectRequests) + condition;
    SqlQuery query(m_database, sql.constData());
    for (std::size_t i = 0; i < values.size(); ++i)
        query.bind(int(i) + 1, values[i]);
    return collectRows<PhotoRequest>(query, requestFrom);
}

Result<std::optional<PhotoRequest>> PhotoRequests::find(const QString &code)
{
    Result<std::vector<PhotoRequest>> found = select("WHERE r.code = ?1", {normalisedCode(code)});
    if (!found)
        return std::unexpected(found.error());
    return found->empty() ? std::nullopt : std::optional<PhotoRequest>(found->front());
}

Result<std::vector<PhotoRequest>> PhotoRequests::all()
{
    return select("ORDER BY r.created_at, r.rowid", {});
}

Result<std::optional<PhotoRequest>> PhotoRequests::latestFor(qint64 pupilId, const QString &photoSha256,
                                                             const QString &category)
{
    Result<std::vector<PhotoRequest>> found =
        select("WHERE r.pupil_id = ?1 AND r.photo_sha256 = ?2 AND r.category = ?3"
               " ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1",
               {QString::number(pupilId), photoSha256.toLower(), category});
    if (!found)
        return std::unexpected(found.error());
    return found->empty() ? std::nullopt : std::optional<PhotoRequest>(found->front());
}

Result<void> PhotoRequests::markAnswered(const QString &code, qint64 statementId)
{
    SqlQuery update(m_database,
                    "UPDATE photo_requests SET statement_id = ?2 WHERE code = ?1 AND statement_id IS NULL");
    update.bind(1, normalisedCode(code)).bind(2, statementId);
    if (Result<void> ran = update.run(); !ran)
        return ran;
    if (m_database.changes() != 1)
        return fail(ErrorCode::InvalidArgument, MessageId::PhotoRequestAnswered, normalisedCode(code));
    return AuditLog(m_database).append(QStringLiteral("photo_request_answered"),
                                       QJsonObject{{QStringLiteral("code"), normalisedCode(code)},
                                                   {QStringLiteral("statement_id"), statementId}});
}

} // namespace bw
