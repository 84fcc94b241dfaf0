#include "audittampering.h"

#include "storage/auditanchor.h"
#include "storage/registry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using bw::test::AuditTampering;

Q_DECLARE_METATYPE(bw::test::AuditTampering)
Q_DECLARE_METATYPE(bw::AuditProblem)

namespace {

std::unique_ptr<Registry> openRegistry(const QString &dir)
{
    Result<std::unique_ptr<Registry>> registry = Registry::open(dir);
    if (!registry)
        qWarning() << registry.error().message;
    return registry ? std::move(*registry) : nullptr;
}

// A registry with a handful of ordinary audit entries.
bool fillRegistry(const QString &dir, int pupils = 4)
{
    auto registry = openRegistry(dir);
    if (!registry)
        return false;
    for (int i = 0; i < pupils; ++i) {
        if (!registry->addPupil(Pupil{0, QStringLiteral("Leerling %1").arg(i), QStringLiteral("5B"), {}, true}))
            return false;
    }
    return true;
}

QString anchorPath(const QString &dir)
{
    return QDir(dir).filePath(QString::fromLatin1(AuditAnchor::kFileName));
}

int brokenRecords(Registry &registry)
{
    int count = 0;
    const std::vector<AuditEntry> entries = *registry.auditEntries();
    for (const AuditEntry &entry : entries)
        count += entry.action == QLatin1String("audit_chain_broken");
    return count;
}

} // namespace

// The audit chain checked against its anchor: every way of changing the log outside
// Beeldwacht is named, with the first entry it broke, and the finding is kept.
class TestAuditTrail : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anchorFollowsEveryCommit();
    void catchesTampering_data();
    void catchesTampering();
    void aBreakIsRecordedOnceAndKept();
    void anUnreadableAnchorIsAFinding();
    void aRegistryWithoutAnchorGetsOne();
};

void TestAuditTrail::anchorFollowsEveryCommit()
{
    QTemporaryDir temp;
    QVERIFY(fillRegistry(temp.path()));
    auto registry = openRegistry(temp.path());
    const AuditHead head = *registry->auditHead();
    QVERIFY(head.entries >= 5);
    const std::optional<AuditAnchorState> anchor = *AuditAnchor(anchorPath(temp.path())).read();
    QVERIFY(anchor.has_value());
    QCOMPARE(anchor->head, head);
    QCOMPARE(QFile::permissions(anchorPath(temp.path())) & 0x0777,
             QFileDevice::ReadUser | QFileDevice::WriteUser);

    QVERIFY(registry->addPupil(Pupil{0, QStringLiteral("Nieuw"), {}, {}, true}));
    QCOMPARE((*AuditAnchor(anchorPath(temp.path())).read())->head.entries, head.entries + 1);
    const AuditVerification verification = *registry->verifyAudit();
    QVERIFY(verification.intact);
    QCOMPARE(verification.head.entries, head.entries + 1);
}

void TestAuditTrail::catchesTampering_data()
{
    QTest::addColumn<AuditTampering>("tampering");
    QTest::addColumn<AuditProblem>("problem");
    QTest::newRow("edited") << AuditTampering::EditEntry << AuditProblem::EntryChanged;
    QTest::newRow("deleted") << AuditTampering::DeleteEntry << AuditProblem::EntryMissing;
    QTest::newRow("truncated") << AuditTampering::TruncateNewest << AuditProblem::EntriesRemoved;
    QTest::newRow("rewritten with new hashes") << AuditTampering::RewriteChain << AuditProblem::ChainRewritten;
}

void TestAuditTrail::catchesTampering()
{
    QFETCH(AuditTampering, tampering);
    QFETCH(AuditProblem, problem);
    QTemporaryDir temp;
    QVERIFY(fillRegistry(temp.path()));
    const qint64 named = bw::test::tamperWithAudit(temp.path(), tampering);
    QVERIFY(named > 0);

    auto registry = openRegistry(temp.path());
    QVERIFY(registry);
    const AuditVerification verification = *registry->verifyAudit();
    QVERIFY(!verification.intact);
    QCOMPARE(verification.problem, problem);
    QCOMPARE(verification.firstBadEntry, named);
}

void TestAuditTrail::aBreakIsRecordedOnceAndKept()
{
    QTemporaryDir temp;
    QVERIFY(fillRegistry(temp.path()));
    const qint64 named = bw::test::tamperWithAudit(temp.path(), AuditTampering::TruncateNewest);
    QVERIFY(named > 0);
    auto registry = openRegistry(temp.path());
    QCOMPARE(registry->checkAudit()->firstBadEntry, named);
    QCOMPARE(registry->checkAudit()->firstBadEntry, named);
    QCOMPARE(brokenRecords(*registry), 1);

    // New entries take the removed numbers again; the finding stays what it was.
    for (int i = 0; i < 5; ++i)
        QVERIFY(registry->addPupil(Pupil{0, QStringLiteral("Later %1").arg(i), {}, {}, true}));
    const AuditVerification later = *registry->checkAudit();
    QVERIFY(!later.intact);
    QCOMPARE(later.problem, AuditProblem::EntriesRemoved);
    QCOMPARE(later.firstBadEntry, named);
    QCOMPARE(brokenRecords(*registry), 1);
}

void TestAuditTrail::anUnreadableAnchorIsAFinding()
{
    QTemporaryDir temp;
    QVERIFY(fillRegistry(temp.path()));
    QFile anchor(anchorPath(temp.path()));
    QVERIFY(anchor.open(QIODevice::WriteOnly | QIODevice::Truncate));
    anchor.write("{\"entries\": \"many\"}");
    anchor.close();
    auto registry = openRegistry(temp.path());
    QVERIFY(registry->addPupil(Pupil{0, QStringLiteral("Nieuw"), {}, {}, true}));
    const AuditVerification verification = *registry->checkAudit();
    QVERIFY(!verification.intact);
    QCOMPARE(verification.problem, AuditProblem::AnchorUnreadable);
    // Never overwritten by a later commit: it may be the evidence.
    QVERIFY(!AuditAnchor(anchorPath(temp.path())).read().has_value());
}

void TestAuditTrail::aRegistryWithoutAnchorGetsOne()
{
    QTemporaryDir temp;
    QVERIFY(fillRegistry(temp.path()));
    QVERIFY(QFile::remove(anchorPath(temp.path())));
    auto registry = openRegistry(temp.path());
    QVERIFY(registry->verifyAudit()->intact);
    QCOMPARE((*AuditAnchor(anchorPath(temp.path())).read())->head, *registry->auditHead());
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
