#include "audittampering.h"
#include "clisupport.h"
#include "guitestdata.h"

#include "auditbanner.h"
#include "mainwindow.h"
#include "storage/registry.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using namespace bw::gui;
using bw::test::AuditTampering;

Q_DECLARE_METATYPE(bw::test::AuditTampering)

// The audit log edited, cut or truncated in the database file, outside Beeldwacht: both
// `beeldwacht-cli audit verify` and the app's start-up check name the first broken entry,
// the app in a banner, and records the finding.
class TestAuditCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void intactLogShowsNoBanner();
    void tamperingIsCaught_data();
    void tamperingIsCaught();
};

void TestAuditCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditCheck::intactLogShowsNoBanner()
{
    QTemporaryDir dir;
    QVERIFY(test::createSchoolRegistry(dir.path(), false));
    const test::CliRun verify = test::runCli(dir.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QVERIFY2(verify.out.startsWith(QStringLiteral("audit log intact")), qPrintable(verify.out));

    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.auditBanner()->isVisible());
}

void TestAuditCheck::tamperingIsCaught_data()
{
    QTest::addColumn<AuditTampering>("tampering");
    QTest::newRow("an entry edited") << AuditTampering::EditEntry;
    QTest::newRow("an entry deleted") << AuditTampering::DeleteEntry;
    QTest::newRow("the newest entries deleted") << AuditTampering::TruncateNewest;
}

void TestAuditCheck::tamperingIsCaught()
{
    QFETCH(AuditTampering, tampering);
    QTemporaryDir dir;
    QVERIFY(test::createSchoolRegistry(dir.path(), false));
    const qint64 entry = test::tamperWithAudit(dir.path(), tampering);
    QVERIFY(entry > 0);

    const test::CliRun verify = test::runCli(dir.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 3);
    QVERIFY2(verify.err.contains(QStringLiteral("entry %1 ").arg(entry)), qPrintable(verify.err));

    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.auditBanner()->isVisible());
    QVERIFY2(window.auditBanner()->text().contains(QStringLiteral("regel %1 ").arg(entry)),
             qPrintable(window.auditBanner()->text()));

    // Recorded in the log itself, once, naming the entry.
    int records = 0;
    const std::vector<AuditEntry> entries = *window.registry()->auditEntries();
    for (const AuditEntry &logged : entries) {
        if (logged.action != QLatin1String("audit_chain_broken"))
            continue;
        ++records;
        QCOMPARE(logged.details.value(QStringLiteral("first_bad_entry")).toInteger(), entry);
    }
    QCOMPARE(records, 1);

    // The CLI still names the same entry after the app recorded its finding.
    const test::CliRun again = test::runCli(dir.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains(QStringLiteral("entry %1 ").arg(entry)), qPrintable(again.err));
}

QTEST_MAIN(TestAuditCheck)
#include "tst_auditcheck.moc"
