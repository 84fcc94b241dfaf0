#include "auditanchor.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace bw {

namespace {

AuditProblem problemFromCode(const QString &code)
{
    for (AuditProblem problem : {AuditProblem::EntryMissing, AuditProblem::EntryOutOfPlace,
                                 AuditProblem::EntryChanged, AuditProblem::EntriesRemoved,
                                 AuditProblem::ChainRewritten, AuditProblem::AnchorUnreadable}) {
        if (auditProblemCode(problem) == code)
            return problem;
    }
    return AuditProblem::None;
}

} // namespace

Result<std::optional<AuditAnchorState>> AuditAnchor::read() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, MessageId::FileUnreadable, m_filePath, file.errorString());
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const qint64 entries = json.value(QStringLiteral("entries")).toInteger(-1);
    const QString lastHash = json.value(QStringLiteral("last_hash")).toString();
    if (entries < 0 || (entries > 0 && lastHash.size() != 64))
        return fail(ErrorCode::FileUnreadable, MessageId::FileUnreadable, m_filePath,
                    QStringLiteral("it does not hold the audit log's head"));
    const QJsonObject broken = json.value(QStringLiteral("broken")).toObject();
    return AuditAnchorState{AuditHead{entries, lastHash},
                            problemFromCode(broken.value(QStringLiteral("problem")).toString()),
                            broken.value(QStringLiteral("first_bad_entry")).toInteger()};
}

Result<void> AuditAnchor::write(const AuditAnchorState &state) const
{
    QJsonObject json{
        {QStringLiteral("entries"), state.head.entries},
        {QStringLiteral("last_hash"), state.head.lastHash},
        {QStringLiteral("written_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    if (state.problem != AuditProblem::None)
        json.insert(QStringLiteral("broken"),
                    QJsonObject{{QStringLiteral("problem"), auditProblemCode(state.problem)},
                                {QStringLiteral("first_bad_entry"), state.firstBadEntry}});
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return fail(ErrorCode::WriteFailed, MessageId::DocumentUnwritable, m_filePath, file.errorString());
    if (!file.commit())
        return fail(ErrorCode::WriteFailed, MessageId::DocumentUnwritable, m_filePath, file.errorString());
    // QSaveFile keeps a replaced file's mode; the first one is made owner-only here.
    QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace bw
