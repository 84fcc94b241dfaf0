// Reference descriptors are biometric data (DOMAIN.md section 8): stored only with the
// pupil's face-recognition consent, deleted in the same transaction as the change that ends
// it (a statement, an imported row, leaving, a setting), when that consent ends by date (a
// 16th birthday without the pupil's own "ja", the end of the school year's validity) and at
// the end of the retention period, each time with an audit entry and without a copy of the
// bytes left in the database file or its write-ahead log.
#include "consent/consentcsvimporter.h"
#include "consent/consentpolicy.h"
#include "storage/registry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstring>

using namespace bw;

namespace {

const QString kRecognition = QStringLiteral("gezichtsherkenning");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A descriptor whose bytes occur nowhere else in the file.
FaceDescriptor patterned(float seed)
{
    FaceDescriptor descriptor{};
    for (std::size_t i = 0; i < descriptor.size(); ++i)
        descriptor[i] = seed + float(i) * 0.000731f;
    return descriptor;
}

QByteArray needleOf(const FaceDescriptor &descriptor)
{
    return QByteArray(reinterpret_cast<const char *>(descriptor.data() + 40), 32);
}

// Counts rows through a connection of its own, as another program reads the file.
int rawCount(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    int count = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return count;
}

bool rawExec(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(file).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestReferenceStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void enrolmentNeedsRecognitionConsent();
    void withdrawalByOneParentDeletesEveryDescriptor();
    void withdrawalAndDeletionAreOneTransaction();
    void importedWithdrawalDeletesDescriptors();
    void sixteenthBirthdayWithoutOwnYesEnds();
    void schoolYearValidityEnds();
    void retentionDeletesOldReferencesOnOpen();
    void shorterRetentionSettingDeletesAtOnce();
    void leavingDeletesDescriptors();
    void openingWritesNothingWhenNothingIsDue();
    void purgeLeavesNoDescriptorBytes();

private:
    qint64 addPupil(const QString &name, const QDate &birthDate = {});
    void record(qint64 pupilId, const QString &category, bool granted, const QDate &date,
                StatementGiver giver = StatementGiver::Parent, bool otherParentObjects = false);
    Result<qint64> enrol(qint64 pupilId, const FaceDescriptor &descriptor,
                         const QDateTime &addedAt = QDateTime::currentDateTimeUtc());
    QByteArray registryBytes() const;
    QString lastDeletionReason();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    QDate m_today;
};

void TestReferenceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_dir->path());
    QVERIFY(registry);
    m_registry = std::move(*registry);
    m_today = QDate::currentDate();
}

void TestReferenceStore::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

qint64 TestReferenceStore::addPupil(const QString &name, const QDate &birthDate)
{
    return m_registry->addPupil(Pupil{0, name, QStringLiteral("5B"), birthDate, true}).value();
}

void TestReferenceStore::record(qint64 pupilId, const QString &category, bool granted, const QDate &date,
                                StatementGiver giver, bool otherParentObjects)
{
    ConsentStatement statement;
    statement.pupilId = pupilId;
    statement.category = category;
    statement.granted = granted;
    statement.givenBy = giver;
    statement.otherParentObjects = otherParentObjects;
    statement.date = date;
    const Result<void> recorded = m_registry->recordStatement(statement);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
}

Result<qint64> TestReferenceStore::enrol(qint64 pupilId, const FaceDescriptor &descriptor, const QDateTime &addedAt)
{
    return m_registry->enrolReference(
        pupilId, NewReference{descriptor, addedAt.date(), QByteArray(64, 'a'), QStringLiteral("pasfoto.jpg")}, addedAt);
}

QByteArray TestReferenceStore::registryBytes() const
{
    return fileBytes(m_registry->filePath()) + fileBytes(m_registry->filePath() + QStringLiteral("-wal"));
}

QString TestReferenceStore::lastDeletionReason()
{
    const std::vector<AuditEntry> entries = m_registry->auditEntries().value();
    for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry) {
        if (entry->action == QLatin1String("references_deleted"))
            return entry->details.value(QStringLiteral("reason")).toString();
    }
    return {};
}

void TestReferenceStore::enrolmentNeedsRecognitionConsent()
{
    // Publication consent is not consent to face recognition.
    const qint64 daan = addPupil(QStringLiteral("Daan de Vries"));
    record(daan, QStringLiteral("intern"), true, m_today);
    record(daan, QStringLiteral("extern"), true, m_today);
    const FaceDescriptor descriptor = patterned(0.25f);
    Result<qint64> refused = enrol(daan, descriptor);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message.contains(QStringLiteral("Daan de Vries")));
    QVERIFY(refused.error().message.contains(QStringLiteral("gezichtsherkenning: no_answer")));

    // One parent says yes while the school knows the other objects: still no.
    record(daan, kRecognition, true, m_today, StatementGiver::Parent, true);
    refused = enrol(daan, descriptor);
    QVERIFY(refused.error().message.contains(QStringLiteral("other_parent_objects")));

    // Nothing of it reached the file: no row, no bytes.
    QCOMPARE(rawCount(m_registry->filePath(), "SELECT count(*) FROM reference_descriptors"), 0);
    QVERIFY(!registryBytes().contains(needleOf(descriptor)));

    record(daan, kRecognition, true, m_today, StatementGiver::BothParents);
    const Result<qint64> stored = enrol(daan, descriptor);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    const std::vector<StoredReference> list = m_registry->references().list().value();
    QCOMPARE(list.size(), 1u);
    QCOMPARE(list[0].pupilId, daan);
    QCOMPARE(list[0].addedOn, QDateTime::currentDateTimeUtc().date());
    const AuditEntry added = m_registry->auditEntries()->back();
    QCOMPARE(added.action, QStringLiteral("reference_added"));
    QCOMPARE(added.details.value(QStringLiteral("consent_statement_id")).toInteger(),
             m_registry->statementsFor(daan)->back().id);
    QCOMPARE(m_registry->references().descriptors()->front().descriptor, descriptor);
}

void TestReferenceStore::withdrawalByOneParentDeletesEveryDescriptor()
{
    const qint64 sara = addPupil(QStringLiteral("Sara Mulder"));
    record(sara, kRecognition, true, m_today.addDays(-30), StatementGiver::BothParents);
    const FaceDescriptor descriptor = patterned(0.123456f);
    for (int i = 0; i < 20; ++i)
        QVERIFY(enrol(sara, descriptor));
    QVERIFY(registryBytes().contains(needleOf(descriptor))); // the test can see the bytes

    // One parent withdraws: that is enough (DOMAIN.md section 3).
    record(sara, kRecognition, false, m_today);
    QVERIFY(m_registry->references().list()->empty());
    QVERIFY(!fileBytes(m_registry->filePath()).contains(needleOf(descriptor)));
    QVERIFY(!fileBytes(m_registry->filePath() + QStringLiteral("-wal")).contains(needleOf(descriptor)));
    const std::vector<AuditEntry> entries = m_registry->auditEntries().value();
    QCOMPARE(entries[entries.size() - 2].action, QStringLiteral("statement_recorded"));
    QCOMPARE(entries.back().action, QStringLiteral("references_deleted"));
    QCOMPARE(entries.back().details.value(QStringLiteral("reason")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(entries.back().details.value(QStringLiteral("descriptors_deleted")).toInt(), 20);
    QVERIFY(m_registry->verifyAudit()->intact);

    const QString file = m_registry->filePath();
    m_registry.reset();
    QVERIFY(!fileBytes(file).contains(needleOf(descriptor)));
    QVERIFY(!fileBytes(file + QStringLiteral("-wal")).contains(needleOf(descriptor)));
}

void TestReferenceStore::withdrawalAndDeletionAreOneTransaction()
{
    const qint64 noah = addPupil(QStringLiteral("Noah van den Berg"));
    record(noah, kRecognition, true, m_today.addDays(-1));
    QVERIFY(enrol(noah, patterned(0.5f)));
    const int statements = int(m_registry->statementsFor(noah)->size());
    // When the descriptors cannot be deleted, the withdrawal is not recorded either.
    QVERIFY(rawExec(m_registry->filePath(), "CREATE TRIGGER keep BEFORE DELETE ON reference_descriptors"
                                            " BEGIN SELECT RAISE(ABORT, 'kept'); END"));
    ConsentStatement withdrawal;
    withdrawal.pupilId = noah;
    withdrawal.category = kRecognition;
    withdrawal.date = m_today;
    QVERIFY(!m_registry->recordStatement(withdrawal));
    QCOMPARE(int(m_registry->statementsFor(noah)->size()), statements);
    QVERIFY(rawExec(m_registry->filePath(), "DROP TRIGGER keep"));
    QVERIFY(m_registry->recordStatement(withdrawal));
    QVERIFY(m_registry->references().list()->empty());
}

void TestReferenceStore::importedWithdrawalDeletesDescriptors()
{
    const qint64 lotte = addPupil(QStringLiteral("Lotte Visser"));
    record(lotte, kRecognition, true, m_today.addDays(-10));
    const FaceDescriptor descriptor = patterned(0.75f);
    QVERIFY(enrol(lotte, descriptor));
    const QByteArray csv = "leerling;datum;door;intern;gezichtsherkenning\nLotte Visser;"
        + m_today.toString(Qt::ISODate).toUtf8() + ";ouder;ja;nee\n";
    const Result<CsvImportSummary> summary =
        m_registry->importConsentCsv(ConsentCsvImporter().parse(csv, QStringLiteral("intrekking.csv")));
    QVERIFY(summary);
    QCOMPARE(summary->referencesDeleted, 1);
    QVERIFY(m_registry->references().list()->empty());
    QVERIFY(!registryBytes().contains(needleOf(descriptor)));
    QCOMPARE(lastDeletionReason(), QStringLiteral("withdrawn"));
}

void TestReferenceStore::sixteenthBirthdayWithoutOwnYesEnds()
{
    // Both turn 16 in ten days. A parent's "ja" stops counting then; the pupil's own "ja",
    // given before, counts from that day on.
    const QDate birth = m_today.addYears(-16).addDays(10);
    const qint64 sem = addPupil(QStringLiteral("Sem Bakker"), birth);
    const qint64 emma = addPupil(QStringLiteral("Emma Jansen"), birth);
    for (const qint64 pupil : {sem, emma})
        record(pupil, kRecognition, true, m_today.addDays(-30));
    record(emma, kRecognition, true, m_today.addDays(-30), StatementGiver::Pupil);
    QVERIFY(enrol(sem, patterned(0.1f)));
    QVERIFY(enrol(emma, patterned(0.2f)));

    QCOMPARE(*m_registry->enforceRecognitionRules(m_today.addDays(9)), 0);
    QCOMPARE(*m_registry->enforceRecognitionRules(m_today.addDays(10)), 1);
    const std::vector<StoredReference> left = m_registry->references().list().value();
    QCOMPARE(left.size(), 1u);
    QCOMPARE(left[0].pupilId, emma);
    QCOMPARE(lastDeletionReason(), QStringLiteral("needs_pupil_consent"));
}

void TestReferenceStore::schoolYearValidityEnds()
{
    SchoolSettings settings;
    settings.validity = SchoolSettings::Validity::SchoolYear;
    QVERIFY(m_registry->setSchoolSettings(settings));
    const qint64 jesse = addPupil(QStringLiteral("Jesse Smit"));
    record(jesse, kRecognition, true, m_today);
    QVERIFY(enrol(jesse, patterned(0.3f)));
    const QDate nextSchoolYear = schoolYearStart(m_today, settings.schoolYearStartMonth).addYears(1);
    QCOMPARE(*m_registry->enforceRecognitionRules(nextSchoolYear.addDays(-1)), 0);
    QCOMPARE(*m_registry->enforceRecognitionRules(nextSchoolYear), 1);
    QCOMPARE(lastDeletionReason(), QStringLiteral("expired"));
}

void TestReferenceStore::retentionDeletesOldReferencesOnOpen()
{
    const qint64 fatima = addPupil(QStringLiteral("Fatima El Amrani"));
    record(fatima, kRecognition, true, m_today.addYears(-2));
    // Added fourteen months ago: its school year and the summer holiday after it are over.
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addMonths(-14);
    const FaceDescriptor old = patterned(0.6f);
    QVERIFY(enrol(fatima, old, longAgo));
    QVERIFY(enrol(fatima, patterned(0.7f)));
    QCOMPARE(m_registry->references().list()->size(), 2u);

    const QString dir = m_dir->path();
    m_registry.reset();
    Result<std::unique_ptr<Registry>> reopened = Registry::open(dir);
    QVERIFY(reopened);
    m_registry = std::move(*reopened);
    const std::vector<StoredReference> left = m_registry->references().list().value();
    QCOMPARE(left.size(), 1u);
    QCOMPARE(left[0].addedOn, QDateTime::currentDateTimeUtc().date());
    QCOMPARE(lastDeletionReason(), QStringLiteral("retention_expired"));
    QVERIFY(!registryBytes().contains(needleOf(old)));
    QVERIFY(m_registry->verifyAudit()->intact);
}

void TestReferenceStore::shorterRetentionSettingDeletesAtOnce()
{
    SchoolSettings settings = m_registry->schoolSettings().value();
    settings.referenceRetentionMonths = 12;
    QVERIFY(m_registry->setSchoolSettings(settings));
    const qint64 sem = addPupil(QStringLiteral("Sem Bakker"));
    record(sem, kRecognition, true, m_today.addYears(-1));
    QVERIFY(enrol(sem, patterned(0.4f), QDateTime::currentDateTimeUtc().addMonths(-4)));
    QVERIFY(enrol(sem, patterned(0.45f), QDateTime::currentDateTimeUtc().addMonths(-2)));
    QCOMPARE(*m_registry->enforceRecognitionRules(), 0);
    settings.referenceRetentionMonths = 3;
    QVERIFY(m_registry->setSchoolSettings(settings));
    QCOMPARE(m_registry->references().list()->size(), 1u);
    QCOMPARE(lastDeletionReason(), QStringLiteral("retention_expired"));
    // From now on a reference is kept three months.
    QCOMPARE(*m_registry->enforceRecognitionRules(m_today.addMonths(1)), 1);
}

void TestReferenceStore::leavingDeletesDescriptors()
{
    const qint64 daan = addPupil(QStringLiteral("Daan de Vries"));
    record(daan, kRecognition, true, m_today);
    const FaceDescriptor descriptor = patterned(0.9f);
    QVERIFY(enrol(daan, descriptor));
    Pupil pupil = m_registry->pupil(daan).value();
    pupil.active = false;
    QVERIFY(m_registry->updatePupil(pupil));
    QVERIFY(m_registry->references().list()->empty());
    QVERIFY(!registryBytes().contains(needleOf(descriptor)));
    QCOMPARE(lastDeletionReason(), QStringLiteral("pupil_inactive"));
    QCOMPARE(enrol(daan, descriptor).error().code, ErrorCode::InvalidArgument);
}

void TestReferenceStore::openingWritesNothingWhenNothingIsDue()
{
    const qint64 daan = addPupil(QStringLiteral("Daan de Vries"));
    record(daan, kRecognition, true, m_today);
    QVERIFY(enrol(daan, patterned(0.15f)));
    // Another program holds the write lock: opening (which checks what must go) still works.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_registry->filePath()).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    Result<std::unique_ptr<Registry>> second = Registry::open(m_dir->path(), 100);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QCOMPARE((*second)->references().list()->size(), 1u);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
}

void TestReferenceStore::purgeLeavesNoDescriptorBytes()
{
    const qint64 sara = addPupil(QStringLiteral("Sara"));
    record(sara, kRecognition, true, m_today);
    const FaceDescriptor descriptor = patterned(0.123456f);
    for (int i = 0; i < 20; ++i)
        QVERIFY(enrol(sara, descriptor));
    QVERIFY(registryBytes().contains(needleOf(descriptor)));

    QVERIFY(m_registry->references().purge());
    QVERIFY(m_registry->references().list()->empty());
    QVERIFY(!registryBytes().contains(needleOf(descriptor)));
    QCOMPARE(m_registry->auditEntries()->back().action, QStringLiteral("biometrics_purged"));
    QCOMPARE(m_registry->auditEntries()->back().details.value(QStringLiteral("descriptors_deleted")).toInt(), 20);
    QVERIFY(m_registry->verifyAudit()->intact);
}

QTEST_GUILESS_MAIN(TestReferenceStore)
#include "tst_referencestore.moc"
