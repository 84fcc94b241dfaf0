// The registry's audit log on its own: an append-only chain of entries, each hashing the one
// before, written in the same transaction as the change it records, and a verification that
// finds a changed, removed or reordered entry.
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/registryschema.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace bw;

class TestAuditLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void appendsAnIntactChain();
    void anEntryIsRolledBackWithItsChange();
    void entriesCannotBeChangedOrDeletedThroughSql();
    void detectsAModifiedEntry();
    void detectsARemovedEntry();
    void detectsReorderedEntries();
    void actorWithoutLoginVariablesIsTheAccount();

private:
    AuditLog log() { return AuditLog(*m_database); }
    qint64 count() { return qint64(log().entries().value().size()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Database>> database = Database::open(m_dir->filePath(QStringLiteral("registry.sqlite")));
    QVERIFY(database);
    m_database = std::move(*database);
    QVERIFY(RegistrySchema::migrate(*m_database)); // the schema's own steps are audited too
}

void TestAuditLog::appendsAnIntactChain()
{
    const qint64 before = count();
    QVERIFY(before >= 1);
    const QJsonObject details{{QStringLiteral("leerling"), QStringLiteral("Fatima El Amrani – 5B")},
                              {QStringLiteral("photos"), 3},
                              {QStringLiteral("sha256"), QJsonArray{QStringLiteral("ab"), QStringLiteral("cd")}}};
    QVERIFY(log().append(QStringLiteral("export"), details));
    QVERIFY(log().append(QStringLiteral("note"), {}));

    const std::vector<AuditEntry> entries = log().entries().value();
    QCOMPARE(qint64(entries.size()), before + 2);
    for (std::size_t i = 0; i < entries.size(); ++i)
        QCOMPARE(entries[i].id, qint64(i + 1));
    const AuditEntry &exported = entries[entries.size() - 2];
    QCOMPARE(exported.action, QStringLiteral("export"));
    QCOMPARE(exported.details, details);
    QCOMPARE(exported.actor, AuditLog::currentUser());
    QVERIFY(!exported.actor.isEmpty());
    const QDateTime at = QDateTime::fromString(exported.at, Qt::ISODateWithMs);
    QVERIFY2(at.isValid() && at.timeSpec() == Qt::UTC, qPrintable(exported.at));

    const AuditVerification verification = log().verify().value();
    QVERIFY2(verification.intact, qPrintable(auditProblemCode(verification.problem)));
    QCOMPARE(verification.entries, before + 2);
}

void TestAuditLog::anEntryIsRolledBackWithItsChange()
{
    const qint64 before = count();
    const Result<void> failed = m_database->transaction([&]() -> Result<void> {
        if (Result<void> appended = log().append(QStringLiteral("pupil_added"), {{QStringLiteral("id"), 9}}); !appended)
            return appended;
        return fail(ErrorCode::Database, MessageId::PupilNeedsName); // the change itself failed
    });
    QVERIFY(!failed);
    QCOMPARE(count(), before);
    QVERIFY(log().append(QStringLiteral("pupil_added"), {{QStringLiteral("id"), 9}}));
    QCOMPARE(count(), before + 1);
    QVERIFY(log().verify()->intact);
}

void TestAuditLog::entriesCannotBeChangedOrDeletedThroughSql()
{
    QVERIFY(log().append(QStringLiteral("note"), {{QStringLiteral("i"), 1}}));
    QVERIFY(!m_database->execute(QStringLiteral("UPDATE audit_log SET details = '{}'")));
    QVERIFY(!m_database->execute(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(log().verify()->intact);
}

void TestAuditLog::detectsAModifiedEntry()
{
    QVERIFY(log().append(QStringLiteral("statement_recorded"), {{QStringLiteral("answer"), QStringLiteral("nee")}}));
    QVERIFY(log().append(QStringLiteral("export"), {{QStringLiteral("photos"), 3}}));
    const qint64 tampered = count() - 1;
    // Someone with the file rewrites history: the refusal becomes a consent in the log.
    QVERIFY(m_database->execute(QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET details = "
                                               "replace(details, 'nee', 'ja') WHERE id = %1").arg(tampered)));
    const AuditVerification after = log().verify().value();
    QVERIFY(!after.intact);
    QCOMPARE(after.firstBadEntry, tampered);
    QCOMPARE(after.entries, tampered - 1);
    QCOMPARE(after.problem, AuditProblem::EntryChanged);
}

void TestAuditLog::detectsARemovedEntry()
{
    const qint64 first = count() + 1;
    for (int i = 0; i < 4; ++i)
        QVERIFY(log().append(QStringLiteral("note"), {{QStringLiteral("i"), i}}));
    QVERIFY(m_database->execute(QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = %1")
                                    .arg(first + 1)));
    const AuditVerification result = log().verify().value();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadEntry, first + 1); // the missing number itself
    QCOMPARE(result.entries, first);
    QCOMPARE(result.problem, AuditProblem::EntryMissing);
}

void TestAuditLog::detectsReorderedEntries()
{
    const qint64 first = count() + 1;
    QVERIFY(log().append(QStringLiteral("note"), {{QStringLiteral("i"), 1}}));
    QVERIFY(log().append(QStringLiteral("note"), {{QStringLiteral("i"), 2}}));
    // Swap the contents of two entries, hashes and all: each entry is self-consistent but
    // no longer follows the one before it.
    QVERIFY(m_database->execute(QStringLiteral(
        "DROP TRIGGER audit_log_no_update;"
        "UPDATE audit_log SET id = -1 WHERE id = %1;"
        "UPDATE audit_log SET id = %1 WHERE id = %2;"
        "UPDATE audit_log SET id = %2 WHERE id = -1;").arg(first).arg(first + 1)));
    const AuditVerification result = log().verify().value();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadEntry, first);
    QCOMPARE(result.problem, AuditProblem::EntryOutOfPlace);
}

QTEST_GUILESS_MAIN(TestAuditLog)
// Started from a desktop launcher or a service, USER and USERNAME may be unset: the report's
// "Gemaakt door" and every audit entry still name the account, never "unknown".
void TestAuditLog::actorWithoutLoginVariablesIsTheAccount()
{
    const QByteArray user = qgetenv("USER"), userName = qgetenv("USERNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    const QString actor = AuditLog::currentUser();
    qputenv("USER", user);
    if (!userName.isEmpty())
        qputenv("USERNAME", userName);
    const passwd *account = getpwuid(geteuid());
    QVERIFY(account != nullptr);
    QCOMPARE(actor, QString::fromLocal8Bit(account->pw_name));
}

#include "tst_auditlog.moc"
