// One way to make a screening job (CLI and GUI): the strictness comes from the school's
// setting, raised for extern channels, and the report records what the job used.
#include "screening/screeningjob.h"
#include "screening/screeningsettings.h"
#include "storage/registry.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bw;

Q_DECLARE_METATYPE(bw::Strictness)

class TestScreeningJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void strictnessIsRaisedForExternChannels_data();
    void strictnessIsRaisedForExternChannels();
    void jobFollowsTheSchoolSetting();
    void unknownChannelFails();
};

void TestScreeningJob::strictnessIsRaisedForExternChannels_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<Strictness>("school");
    QTest::addColumn<Strictness>("expected");
    QTest::newRow("intern keeps normal") << "intern" << Strictness::Normal << Strictness::Normal;
    QTest::newRow("klassenfoto keeps normal") << "klassenfoto" << Strictness::Normal << Strictness::Normal;
    QTest::newRow("a school's own category keeps normal") << "website" << Strictness::Normal << Strictness::Normal;
    QTest::newRow("extern raises normal to strict") << "extern" << Strictness::Normal << Strictness::Strict;
    QTest::newRow("extern keeps strict") << "extern" << Strictness::Strict << Strictness::Strict;
    QTest::newRow("extern keeps very strict") << "extern" << Strictness::VeryStrict << Strictness::VeryStrict;
    QTest::newRow("intern keeps very strict") << "intern" << Strictness::VeryStrict << Strictness::VeryStrict;
}

void TestScreeningJob::strictnessIsRaisedForExternChannels()
{
    QFETCH(QString, category);
    QFETCH(Strictness, school);
    QFETCH(Strictness, expected);
    const Channel channel{QStringLiteral("x"), category, {}, {}};
    QCOMPARE(strictnessFor(channel, school), expected);
}

void TestScreeningJob::jobFollowsTheSchoolSetting()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Registry>> registry = Registry::open(dir.path());
    QVERIFY(registry);
    const QDate moment(2026, 6, 1);

    // Default: normaal for the school; website is extern, so strict.
    QCOMPARE((*registry)->strictness().value(), Strictness::Normal);
    QCOMPARE(prepareScreeningJob(**registry, QStringLiteral("parro"), moment)->strictness, Strictness::Normal);
    Result<ScreeningJob> website = prepareScreeningJob(**registry, QStringLiteral("website"), moment);
    QVERIFY(website);
    QCOMPARE(website->strictness, Strictness::Strict);
    QCOMPARE(website->match(), fromStrictness(Strictness::Strict));
    QCOMPARE(website->consent.channel.id, QStringLiteral("website"));
    QCOMPARE(website->consent.moment, moment);
    const QString problem = test::settingsRecordProblem(screeningSettingsJson(*website, DetectorSettings{}), Strictness::Strict, 1920);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The school's choice is one setting for every run; an explicit level (a CLI option)
    // replaces it, but an extern channel still gets at least strict.
    QVERIFY((*registry)->setStrictness(Strictness::VeryStrict));
    QCOMPARE((*registry)->strictness().value(), Strictness::VeryStrict);
    QCOMPARE(prepareScreeningJob(**registry, QStringLiteral("parro"), moment)->strictness, Strictness::VeryStrict);
    QCOMPARE(prepareScreeningJob(**registry, QStringLiteral("parro"), moment, {}, Strictness::Normal)->strictness,
             Strictness::Normal);
    QCOMPARE(prepareScreeningJob(**registry, QStringLiteral("website"), moment, {}, Strictness::Normal)->strictness,
             Strictness::Strict);
    QCOMPARE((*registry)->auditEntries().value().back().action, QStringLiteral("settings_changed"));
}

void TestScreeningJob::unknownChannelFails()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Registry>> registry = Registry::open(dir.path());
    QVERIFY(registry);
    const Result<ScreeningJob> job = prepareScreeningJob(**registry, QStringLiteral("no-such-channel"), QDate(2026, 6, 1));
    QVERIFY(!job);
    QVERIFY2(job.error().message.contains(QStringLiteral("no-such-channel")), qPrintable(job.error().message));
}

QTEST_GUILESS_MAIN(TestScreeningJob)
#include "tst_screeningjob.moc"
