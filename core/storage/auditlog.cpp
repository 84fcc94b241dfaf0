#include "auditlog.h"

#include "database.h"
#include "sqlquery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

#include <vector>

#include <pwd.h>
#include <unistd.h>

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

AuditEntry entryFrom(const SqlQuery &row)
{
    return AuditEntry{row.integer(0), row.text(1), row.text(2), row.text(3),
                      QJsonDocument::fromJson(row.text(4).toUtf8()).object()};
}

} // namespace

QString AuditLog::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    // Started without a login shell (a desktop launcher, a service): the account itself.
    if (user.isEmpty()) {
        if (const passwd *account = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    }
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

QString auditProblemCode(AuditProblem problem)
{
    switch (problem) {
    case AuditProblem::None: return QStringLiteral("none");
    case AuditProblem::EntryMissing: return QStringLiteral("entry_missing");
    case AuditProblem::EntryOutOfPlace: return QStringLiteral("entry_out_of_place");
    case AuditProblem::EntryChanged: return QStringLiteral("entry_changed");
    case AuditProblem::EntriesRemoved: return QStringLiteral("entries_removed");
    case AuditProblem::ChainRewritten: return QStringLiteral("chain_rewritten");
    case AuditProblem::AnchorUnreadable: return QStringLiteral("anchor_unreadable");
    }
    return QStringLiteral("none");
}

Result<AuditVerification> AuditLog::verify(const std::optional<AuditHead> &anchor)
{
    SqlQuery query(m_database, "SELECT id, at, actor, action, details, previous_hash, hash"
                               " FROM audit_log ORDER BY id");
    AuditVerification verification;
    const auto broken = [&](qint64 entry, AuditProblem problem) {
        verification.intact = false;
        verification.firstBadEntry = entry;
        verification.problem = problem;
        verification.head = {};
        return verification;
    };
    QString expectedPrevious = kGenesisHash;
    for (;;) {
        const Result<bool> row = query.next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const qint64 id = query.integer(0);
        if (id != verification.entries + 1)
            return broken(verification.entries + 1, AuditProblem::EntryMissing);
        if (query.text(5) != expectedPrevious)
            return broken(id, AuditProblem::EntryOutOfPlace);
        if (entryHash(query.text(5), id, query.text(1), query.text(2), query.text(3), query.text(4))
            != query.text(6))
            return broken(id, AuditProblem::EntryChanged);
        ++verification.entries;
        expectedPrevious = query.text(6);
    }
    verification.head = AuditHead{verification.entries,
                                  verification.entries > 0 ? expectedPrevious : QString()};
    if (!anchor)
        return verification;
    // The chain alone cannot show that its newest entries were deleted, or that it was
    // rewritten from some entry on with fresh hashes: the anchor, kept elsewhere, can.
    if (anchor->entries > verification.entries)
        return broken(verification.entries + 1, AuditProblem::EntriesRemoved);
    if (anchor->entries > 0) {
        const Result<QString> hash = hashOf(anchor->entries);
        if (!hash)
            return std::unexpected(hash.error());
        if (*hash != anchor->lastHash)
            return broken(anchor->entries, AuditProblem::ChainRewritten);
    }
    return verification;
}

Result<std::vector<AuditEntry>> AuditLog::entries()
{
    SqlQuery query(m_database, "SELECT id, at, actor, action, details FROM audit_log ORDER BY id");
    return collectRows<AuditEntry>(query, entryFrom);
}

Result<AuditHead> AuditLog::head()
{
    SqlQuery query(m_database, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    const Result<bool> found = query.next();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return AuditHead{};
    return AuditHead{query.integer(0), query.text(1)};
}

Result<QString> AuditLog::hashOf(qint64 id)
{
    SqlQuery query(m_database, "SELECT hash FROM audit_log WHERE id = ?1");
    query.bind(1, id);
    const Result<bool> found = query.next();
    if (!found)
        return std::unexpected(found.error());
    return *found ? query.text(0) : QString();
}

Result<std::optional<AuditEntry>> AuditLog::latest(const QString &action)
{
    SqlQuery query(m_database, "SELECT id, at, actor, action, details FROM audit_log"
                               " WHERE action = ?1 ORDER BY id DESC LIMIT 1");
    query.bind(1, action);
    Result<std::vector<AuditEntry>> found = collectRows<AuditEntry>(query, entryFrom);
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return std::nullopt;
    return found->front();
}

} // namespace bw
