#include "screening/takedownlist.h"
#include "storage/registry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bw;

namespace {

ExportedFace face(float x, bool visible, std::optional<qint64> pupil)
{
    return ExportedFace{cv::Rect2f(x, 40.f, 60.f, 80.f), visible, pupil};
}

ExportRecord exportOf(const QString &channel, const QString &category, const QDate &date, int number,
                      std::vector<ExportedFace> faces)
{
    ExportRecord record;
    record.channel = channel;
    record.category = category;
    record.exportedAt = QDateTime(date, QTime(10, 0), Qt::UTC);
    record.date = date;
    record.fileName = QStringLiteral("%1_%2_%3.jpg").arg(channel, date.toString(Qt::ISODate)).arg(number, 3, 10, QLatin1Char('0'));
    record.outputPath = QStringLiteral("/upload/") + record.fileName;
    record.sourcePath = QStringLiteral("/trip/IMG_%1.jpg").arg(number);
    record.sourceSha256 = QString(64, QLatin1Char('a' + number % 6));
    record.sourceWidth = 800;
    record.sourceHeight = 600;
    record.reportPath = QStringLiteral("/school/verslag.json");
    record.faces = std::move(faces);
    return record;
}

QStringList fileNames(const std::vector<ExportRecord> &records)
{
    QStringList names;
    for (const ExportRecord &record : records)
        names << record.fileName;
    return names;
}

ConsentStatement statement(qint64 pupil, const QString &category, bool granted, const QDate &date)
{
    ConsentStatement s;
    s.pupilId = pupil;
    s.category = category;
    s.granted = granted;
    s.date = date;
    return s;
}

} // namespace

// The export history in a real registry: who is visible on which exported file, what a
// withdrawal asks to take down, and retention.
class TestExportHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void findsOnlyExportsWhereThePupilIsVisible();
    void hiddenFacesKeepNoName();
    void withdrawalListsTheExportsOfThatCategory();
    void historyOlderThanRetentionIsDeleted();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    qint64 m_daan = 0;
    qint64 m_sara = 0;
};

void TestExportHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_dir->path());
    QVERIFY(registry);
    m_registry = std::move(*registry);
    m_daan = *m_registry->addPupil(Pupil{0, QStringLiteral("Daan de Vries"), QStringLiteral("5B"), {}, true});
    m_sara = *m_registry->addPupil(Pupil{0, QStringLiteral("Sara Jansen"), QStringLiteral("5B"), {}, true});
    // Two runs on two channels: Daan visible on parro 1 and website 1, hidden on parro 2.
    const QDate may(2026, 5, 30);
    QVERIFY(m_registry->recordExports({exportOf(QStringLiteral("parro"), QStringLiteral("intern"), may, 1,
                                                {face(10, true, m_daan), face(100, true, m_sara)}),
                                       exportOf(QStringLiteral("parro"), QStringLiteral("intern"), may, 2,
                                                {face(10, false, m_daan), face(100, true, m_sara)})},
                                      may));
    QVERIFY(m_registry->recordExports({exportOf(QStringLiteral("website"), QStringLiteral("extern"), may.addDays(1), 1,
                                                {face(10, true, m_daan)}),
                                       exportOf(QStringLiteral("website"), QStringLiteral("extern"), may.addDays(1), 2,
                                                {face(10, false, std::nullopt)})},
                                      may.addDays(1)));
}

void TestExportHistory::findsOnlyExportsWhereThePupilIsVisible()
{
    const std::vector<ExportRecord> daan = *m_registry->exportHistory().showing(m_daan);
    QCOMPARE(fileNames(daan), (QStringList{QStringLiteral("parro_2026-05-30_001.jpg"),
                                           QStringLiteral("website_2026-05-31_001.jpg")}));
    QCOMPARE(daan.front().faces.size(), std::size_t(2));
    QCOMPARE(daan.front().faces.front().box, cv::Rect2f(10.f, 40.f, 60.f, 80.f));
    QCOMPARE(daan.front().sourceSha256, QString(64, QLatin1Char('b')));
    QCOMPARE(fileNames(*m_registry->exportHistory().showing(m_sara)),
             (QStringList{QStringLiteral("parro_2026-05-30_001.jpg"), QStringLiteral("parro_2026-05-30_002.jpg")}));
}

void TestExportHistory::hiddenFacesKeepNoName()
{
    const std::vector<ExportRecord> sara = *m_registry->exportHistory().showing(m_sara);
    const ExportedFace &hiddenDaan = sara.at(1).faces.at(0);
    QVERIFY(!hiddenDaan.visible);
    QVERIFY(!hiddenDaan.pupilId.has_value());
}

void TestExportHistory::withdrawalListsTheExportsOfThatCategory()
{
    const QDate today(2026, 6, 2);
    QVERIFY(m_registry->recordStatement(statement(m_daan, QStringLiteral("extern"), true, QDate(2025, 9, 1))));
    const ConsentStatement withdrawal = statement(m_daan, QStringLiteral("extern"), false, QDate(2026, 6, 1));
    QVERIFY(m_registry->recordStatement(withdrawal));
    QCOMPARE(fileNames(*exportsToTakeDown(*m_registry, withdrawal, today)),
             QStringList{QStringLiteral("website_2026-05-31_001.jpg")});

    // A later "ja" undoes it: nothing to take down any more.
    QVERIFY(m_registry->recordStatement(statement(m_daan, QStringLiteral("extern"), true, QDate(2026, 6, 2))));
    QVERIFY(exportsToTakeDown(*m_registry, withdrawal, today)->empty());
}

void TestExportHistory::historyOlderThanRetentionIsDeleted()
{
    SchoolSettings settings = *m_registry->schoolSettings();
    settings.exportHistoryMonths = 12;
    QVERIFY(m_registry->setSchoolSettings(settings));
    const QDate nextYear(2027, 5, 31);
    QVERIFY(m_registry->recordExports({exportOf(QStringLiteral("parro"), QStringLiteral("intern"), nextYear, 1,
                                                {face(10, true, m_daan)})},
                                      nextYear));
    // 2026-05-30 is more than 12 months before 2027-05-31; 2026-05-31 is not.
    QCOMPARE(fileNames(*m_registry->exportHistory().showing(m_daan)),
             (QStringList{QStringLiteral("website_2026-05-31_001.jpg"), QStringLiteral("parro_2027-05-31_001.jpg")}));
    bool logged = false;
    const std::vector<AuditEntry> entries = *m_registry->auditEntries();
    for (const AuditEntry &entry : entries)
        logged |= entry.action == QLatin1String("export_history_purged") && entry.details.value(QStringLiteral("files")).toInt() == 2;
    QVERIFY(logged);
    QVERIFY(m_registry->verifyAudit()->intact);
}

QTEST_GUILESS_MAIN(TestExportHistory)
#include "tst_exporthistory.moc"
