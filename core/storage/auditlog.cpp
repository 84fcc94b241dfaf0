#include "auditlog.h"

#include "database.h"
#include "sqlquery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

#include <vector>

namespace bw {

namespace {

const QString kGenesisHash(64, QLatin1Char('0'));

QString entryHash(const QString &previousHash, qint64 id, const QString &at, const QString &actor,
                  const QString &action, const QString &details)
{
    // The unit separator cannot occur in the fields' text, so no two contents hash alike.
    const QChar sep(0x1f);
    const QString content = previousHash + sep + QString::number(id) + sep + at + sep + actor
        + sep + action + sep + details;
    return QString::fromLatin1(
        QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString canonicalJson(const QJsonObject &details)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

} // namespace

QString AuditLog::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Result<void> AuditLog::append(const QString &action, const QJsonObject &details)
{
    return m_database.transaction([&]() -> Result<void> {
        SqlQuery last(m_database, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
        const Result<bool> hasLast = last.next();
        if (!hasLast)
            return std::unexpected(hasLast.error());
        const qint64 id = *hasLast ? last.integer(0) + 1 : 1;
        const QString previousHash = *hasLast ? last.text(1) : kGenesisHash;

        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString actor = currentUser();
        const QString json = canonicalJson(details);
        SqlQuery insert(m_database,
                        "INSERT INTO audit_log (id, at, actor, action, details, previous_hash, hash)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert.bind(1, id).bind(2, at).bind(3, actor).bind(4, action).bind(5, json)
            .bind(6, previousHash)
            .bind(7, entryHash(previousHash, id, at, actor, action, json));
        return insert.run();
    });
}

Result<AuditVerification> AuditLog::verify()
{
    SqlQuery query(m_database, "SELECT id, at, actor, action, details, previous_hash, hash"
                               " FROM audit_log ORDER BY id");
    AuditVerification verification;
    QString expectedPrevious = kGenesisHash;
    qint64 expectedId = 1;
    for (;;) {
        const Result<bool> row = query.next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const qint64 id = query.integer(0);
        QString problem;
        if (id != expectedId)
            problem = QStringLiteral("entry %1 is missing").arg(expectedId);
        else if (query.text(5) != expectedPrevious)
            problem = QStringLiteral("entry %1 does not follow the entry before it").arg(id);
        else if (entryHash(query.text(5), id, query.text(1), query.text(2), query.text(3),
                           query.text(4))
                 != query.text(6))
            problem = QStringLiteral("entry %1 was changed after it was written").arg(id);
        if (!problem.isEmpty()) {
            verification.intact = false;
            verification.firstBadEntry = id;
            verification.problem = problem;
            return verification;
        }
        ++verification.entries;
        expectedPrevious = query.text(6);
        expectedId = id + 1;
    }
    return verification;
}

Result<std::vector<AuditEntry>> AuditLog::entries()
{
    SqlQuery query(m_database, "SELECT id, at, actor, action, details FROM audit_log ORDER BY id");
    return collectRows<AuditEntry>(query, [](SqlQuery &row) {
        return AuditEntry{row.integer(0), row.text(1), row.text(2), row.text(3),
                          QJsonDocument::fromJson(row.text(4).toUtf8()).object()};
    });
}

} // namespace bw
