// The consent snapshot a screening run judges every photo by: each pupil's consent for the
// channel's category, evaluated once, on the run's moment, from the full history.
#include "screening/consentsnapshot.h"
#include "storage/registry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bw;

class TestConsentSnapshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyPupilIsJudgedForTheChannelsCategory();
    void theMomentDecidesWhichStatementsCount();
    void perPhotoConsentIsLeftToEachPhoto();
    void unknownChannelFails();

private:
    qint64 addPupil(const QString &name, bool active = true);
    void record(qint64 pupil, const QString &category, bool granted, const QDate &date);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestConsentSnapshot::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_dir->path());
    QVERIFY(registry);
    m_registry = std::move(*registry);
}

qint64 TestConsentSnapshot::addPupil(const QString &name, bool active)
{
    return m_registry->addPupil(Pupil{0, name, QStringLiteral("5B"), QDate(2016, 3, 1), active}).value();
}

void TestConsentSnapshot::record(qint64 pupil, const QString &category, bool granted, const QDate &date)
{
    ConsentStatement statement;
    statement.pupilId = pupil;
    statement.category = category;
    statement.granted = granted;
    statement.date = date;
    statement.source = QStringLiteral("test");
    QVERIFY(m_registry->recordStatement(statement));
}

void TestConsentSnapshot::everyPupilIsJudgedForTheChannelsCategory()
{
    const qint64 daan = addPupil(QStringLiteral("Daan"));
    const qint64 sara = addPupil(QStringLiteral("Sara"));
    const qint64 left = addPupil(QStringLiteral("Oud"), false);
    const qint64 none = addPupil(QStringLiteral("Geen Antwoord"));
    record(daan, QStringLiteral("intern"), true, QDate(2025, 9, 1));
    record(daan, QStringLiteral("extern"), false, QDate(2025, 9, 1));
    record(sara, QStringLiteral("intern"), false, QDate(2025, 9, 1));
    record(left, QStringLiteral("intern"), true, QDate(2025, 9, 1));

    const Result<ConsentSnapshot> parro = takeConsentSnapshot(*m_registry, QStringLiteral("parro"), QDate(2026, 6, 1));
    QVERIFY(parro);
    QCOMPARE(parro->channel.id, QStringLiteral("parro"));
    QCOMPARE(parro->moment, QDate(2026, 6, 1));
    QCOMPARE(parro->pupils.size(), std::size_t(4)); // the inactive pupil too: decidePhoto hides them
    QVERIFY(parro->find(daan)->allowed);
    QCOMPARE(parro->find(daan)->reason, Reason::Consent);
    QCOMPARE(parro->find(daan)->basis->category, QStringLiteral("intern"));
    QCOMPARE(parro->find(sara)->reason, Reason::Refused);
    QVERIFY(!parro->find(sara)->allowed);
    QCOMPARE(parro->find(none)->reason, Reason::NoAnswer);
    QVERIFY(!parro->find(left)->pupil.active);
    QVERIFY(parro->find(4711) == nullptr);

    // Another channel asks another question: Daan's "nee" for extern.
    const Result<ConsentSnapshot> schoolgids =
        takeConsentSnapshot(*m_registry, QStringLiteral("schoolgids"), QDate(2026, 6, 1));
    QVERIFY(schoolgids);
    QCOMPARE(schoolgids->find(daan)->reason, Reason::Refused);
}

void TestConsentSnapshot::theMomentDecidesWhichStatementsCount()
{
    const qint64 daan = addPupil(QStringLiteral("Daan"));
    record(daan, QStringLiteral("intern"), true, QDate(2025, 9, 1));
    record(daan, QStringLiteral("intern"), false, QDate(2026, 3, 1));
    const auto reasonOn = [&](const QDate &moment) {
        return takeConsentSnapshot(*m_registry, QStringLiteral("parro"), moment)->find(daan)->reason;
    };
    QCOMPARE(reasonOn(QDate(2025, 8, 1)), Reason::NoAnswer);   // before any statement
    QCOMPARE(reasonOn(QDate(2026, 1, 1)), Reason::Consent);
    QCOMPARE(reasonOn(QDate(2026, 6, 1)), Reason::Withdrawn);
}

void TestConsentSnapshot::perPhotoConsentIsLeftToEachPhoto()
{
    SchoolSettings settings;
    settings.websitePerPhotoConsent = true;
    QVERIFY(m_registry->setSchoolSettings(settings));
    const qint64 daan = addPupil(QStringLiteral("Daan"));
    record(daan, QStringLiteral("extern"), true, QDate(2025, 9, 1));
    const Result<ConsentSnapshot> website = takeConsentSnapshot(*m_registry, QStringLiteral("website"), QDate(2026, 6, 1));
    QVERIFY(website);
    QVERIFY(website->channel.rules.perPhotoConsent);
    // The blanket "ja" stands in the snapshot; decidePhoto asks for the per-photo consent
    // (the photo needs review) instead of blurring the child.
    QVERIFY(website->find(daan)->allowed);
    QCOMPARE(website->find(daan)->reason, Reason::Consent);
}

void TestConsentSnapshot::unknownChannelFails()
{
    const Result<ConsentSnapshot> snapshot = takeConsentSnapshot(*m_registry, QStringLiteral("tiktok"), QDate(2026, 6, 1));
    QVERIFY(!snapshot);
    QVERIFY2(snapshot.error().message.contains(QStringLiteral("tiktok")), qPrintable(snapshot.error().message));
}

QTEST_GUILESS_MAIN(TestConsentSnapshot)
#include "tst_consentsnapshot.moc"
