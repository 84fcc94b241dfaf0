#include "storage/database.h"
#include "storage/registry.h"
#include "storage/registryschema.h"

#include <QFile>
#include <QJsonObject>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sqlite3.h>

using namespace bw;

namespace {

std::unique_ptr<Registry> openRegistry(const QString &dir, int busyTimeoutMs = 5000)
{
    Result<std::unique_ptr<Registry>> registry = Registry::open(dir, busyTimeoutMs);
    if (!registry)
        qWarning() << registry.error().message;
    return registry ? std::move(*registry) : nullptr;
}

ConsentStatement statement(qint64 pupilId, const QString &category, bool granted, const QDate &date)
{
    ConsentStatement s;
    s.pupilId = pupilId;
    s.category = category;
    s.granted = granted;
    s.date = date;
    s.source = QStringLiteral("typed in");
    return s;
}

// Runs raw SQL on the registry file through a connection of its own, as another program would.
bool rawExec(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(file).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        qWarning() << sqlite3_errmsg(db);
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAPrivateRegistryWithDefaults();
    void pupilsAndStatements();
    void statementsAreAppendOnly();
    void settingsDriveTheWebsiteChannel();
    void channelsAndCategoriesAreEditable();
    void importIsAllOrNothingAndIdempotent();
    void migratesAnOlderSchema();
    void migratesTheRecognitionSchemaToExportHistory();
    void migratesToPerPhotoStatements();
    void refusesANewerSchema();
    void secondWriterGetsDatabaseBusy();
};

void TestRegistry::createsAPrivateRegistryWithDefaults()
{
    QTemporaryDir temp;
    const QString dataDir = temp.filePath(QStringLiteral("data"));
    auto registry = openRegistry(dataDir);
    QVERIFY(registry);
    QCOMPARE(registry->filePath(), dataDir + QStringLiteral("/registry.sqlite"));

    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFile::permissions(registry->filePath()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    QCOMPARE(QFile::permissions(dataDir) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
             ownerOnly | QFileDevice::ExeOwner);
    QVERIFY(QFileInfo::exists(registry->filePath() + QStringLiteral("-wal"))); // WAL is on
    QCOMPARE(QFile::permissions(registry->filePath() + QStringLiteral("-wal")) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             ownerOnly);

    QCOMPARE(*registry->categories(), (QStringList{"intern", "extern", "klassenfoto", "gezichtsherkenning"}));
    const std::vector<Channel> channels = *registry->channels();
    QStringList ids;
    for (const Channel &channel : channels)
        ids.append(channel.id);
    QCOMPARE(ids, (QStringList{"parro", "nieuwsbrief", "website-besloten", "website", "sociale-media",
                               "schoolgids", "klassenfoto"}));
    QCOMPARE(channels[0], (Channel{QStringLiteral("parro"), QStringLiteral("intern"), {2048, 85}, {}}));
    QCOMPARE(channels[1].profile.longSide, 1600);
    QCOMPARE(channels[2].profile.longSide, 1920);
    QCOMPARE(channels[3].category, QStringLiteral("extern"));
    QCOMPARE(channels[3].profile.longSide, 1920);
    QVERIFY(!channels[3].rules.perPhotoConsent);
    QCOMPARE(channels[4].profile.longSide, 1080);
    QVERIFY(channels[4].rules.groupPhotosOnly);
    QCOMPARE(channels[5].profile.longSide, 0);
    QCOMPARE(channels[6].category, QStringLiteral("klassenfoto"));
    QCOMPARE(channels[6].profile.longSide, 0);
    QVERIFY(channels[6].rules.excludeOnMissingConsent);
    QCOMPARE(*registry->schoolSettings(), SchoolSettings{});
    QVERIFY(registry->verifyAudit()->intact);
}

void TestRegistry::pupilsAndStatements()
{
    QTemporaryDir temp;
    auto registry = openRegistry(temp.path());
    QVERIFY(registry);
    const Result<qint64> daan = registry->addPupil(Pupil{0, QStringLiteral("Daan de Vries"), QStringLiteral("5B"),
                                                         QDate(2017, 3, 14), true});
    QVERIFY(daan.has_value());
    QCOMPARE(registry->pupil(*daan)->name, QStringLiteral("Daan de Vries"));
    QCOMPARE(registry->pupil(*daan)->birthDate, QDate(2017, 3, 14));
    QCOMPARE((*registry->pupilByName(QStringLiteral("Daan de Vries")))->id, *daan);
    QVERIFY(!registry->pupilByName(QStringLiteral("Nobody"))->has_value());
    QCOMPARE(registry->pupil(9999).error().code, ErrorCode::NotFound);
    QVERIFY(!registry->addPupil(Pupil{0, QStringLiteral("Daan de Vries"), {}, {}, true}).has_value()); // unique

    QVERIFY(registry->recordStatement(statement(*daan, QStringLiteral("intern"), true, QDate(2025, 9, 1))));
    QVERIFY(registry->recordStatement(statement(*daan, QStringLiteral("intern"), false, QDate(2026, 1, 5))));
    const Result<void> unknownCategory = registry->recordStatement(statement(*daan, QStringLiteral("tv"), true, QDate(2025, 9, 1)));
    QCOMPARE(unknownCategory.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!registry->recordStatement(statement(4242, QStringLiteral("intern"), true, QDate(2025, 9, 1)))); // foreign key

    const std::vector<ConsentStatement> history = *registry->statementsFor(*daan);
    QCOMPARE(history.size(), 2u);
    QVERIFY(history[0].granted);
    QVERIFY(!history[1].granted);
    QCOMPARE(history[1].date, QDate(2026, 1, 5));
    QCOMPARE(history[1].source, QStringLiteral("typed in"));
    QVERIFY(history[1].recordedAt.isValid());
    QVERIFY(!history[1].recordedBy.isEmpty());

    // Every change is in the audit log.
    QStringList actions;
    const std::vector<AuditEntry> entries = *registry->auditEntries();
    for (const AuditEntry &entry : entries)
        actions.append(entry.action);
    QCOMPARE(actions.count(QStringLiteral("pupil_added")), 1);
    QCOMPARE(actions.count(QStringLiteral("statement_recorded")), 2);
}

void TestRegistry::statementsAreAppendOnly()
{
    QTemporaryDir temp;
    auto registry = openRegistry(temp.path());
    QVERIFY(registry);
    const qint64 id = *registry->addPupil(Pupil{0, QStringLiteral("Emma"), {}, {}, true});
    QVERIFY(registry->recordStatement(statement(id, QStringLiteral("intern"), false, QDate(2025, 9, 1))));
    QVERIFY(!rawExec(registry->filePath(), "UPDATE consent_statements SET granted = 1"));
    QVERIFY(!rawExec(registry->filePath(), "DELETE FROM consent_statements"));
    QVERIFY(!registry->statementsFor(id)->front().granted);
}

void TestRegistry::settingsDriveTheWebsiteChannel()
{
    QTemporaryDir temp;
    {
        auto registry = openRegistry(temp.path());
        QVERIFY(registry);
        SchoolSettings settings;
        settings.validity = SchoolSettings::Validity::SchoolYear;
        settings.websitePerPhotoConsent = true;
        settings.schoolYearStartMonth = 9;
        settings.referenceRetentionMonths = 6;
        settings.schoolName = QStringLiteral("De Regenboog");
        QVERIFY(registry->setSchoolSettings(settings));
    }
    auto registry = openRegistry(temp.path());
    QVERIFY(registry);
    const SchoolSettings settings = *registry->schoolSettings();
    QCOMPARE(settings.validity, SchoolSettings::Validity::SchoolYear);
    QVERIFY(settings.websitePerPhotoConsent);
    QCOMPARE(settings.schoolYearStartMonth, 9);
    QCOMPARE(settings.referenceRetentionMonths, 6);
    QCOMPARE(settings.schoolName, QStringLiteral("De Regenboog"));
    QVERIFY(registry->channel(QStringLiteral("website"))->rules.perPhotoConsent);
    const QJsonObject changed = registry->auditEntries()->back().details;
    QCOMPARE(changed.value(QStringLiteral("reference_retention")).toString(), QStringLiteral("6"));
    QCOMPARE(changed.value(QStringLiteral("website_per_photo_consent")).toString(), QStringLiteral("ja"));
    QVERIFY(!registry->channel(QStringLiteral("schoolgids"))->rules.perPhotoConsent);
}

void TestRegistry::channelsAndCategoriesAreEditable()
{
    QTemporaryDir temp;
    auto registry = openRegistry(temp.path());
    QVERIFY(registry);
    QVERIFY(registry->addCategory(QStringLiteral(" Sociale  Media ")));
    QCOMPARE(registry->categories()->last(), QStringLiteral("sociale media"));
    Channel instagram{QStringLiteral("instagram"), QStringLiteral("sociale media"), {1080, 80}, {true, false, false}};
    QVERIFY(registry->saveChannel(instagram));
    QCOMPARE(*registry->channel(QStringLiteral("instagram")), instagram);
    QCOMPARE(registry->channels()->back().id, QStringLiteral("instagram"));
    instagram.profile.longSide = 1440;
    QVERIFY(registry->saveChannel(instagram));
    QCOMPARE(registry->channel(QStringLiteral("instagram"))->profile.longSide, 1440);
    QVERIFY(!registry->saveChannel(Channel{QStringLiteral("tv"), QStringLiteral("no such category"), {}, {}}));
    QCOMPARE(registry->channel(QStringLiteral("tv")).error().code, ErrorCode::NotFound);

    // Face recognition is a consent question, never a publication channel: not through the
    // API, not through SQL.
    const Result<void> recognition =
        registry->saveChannel(Channel{QStringLiteral("herkenning"), QStringLiteral("gezichtsherkenning"), {}, {}});
    QCOMPARE(recognition.error().code, ErrorCode::InvalidArgument);
    QVERIFY(recognition.error().message.contains(QStringLiteral("gezichtsherkenning")));
    QVERIFY(!rawExec(registry->filePath(), "INSERT INTO channels (id, category, long_side, jpeg_quality, position)"
                                           " VALUES ('x', 'gezichtsherkenning', 0, 90, 99)"));
    QVERIFY(!rawExec(registry->filePath(), "UPDATE channels SET category = 'gezichtsherkenning' WHERE id = 'parro'"));
    const std::vector<Channel> channels = registry->channels().value();
    for (const Channel &channel : channels)
        QVERIFY(channel.category != QStringLiteral("gezichtsherkenning"));
}

void TestRegistry::importIsAllOrNothingAndIdempotent()
{
    QTemporaryDir temp;
    auto registry = openRegistry(temp.path());
    QVERIFY(registry);
    const QByteArray bytes = "leerling;groep;geboortedatum;datum;door;intern;jaarboek\n"
                             "Daan;5B;2017-03-14;2025-09-01;ouder;ja;ja\n"
                             "Daan;5C;;2026-01-10;ouder;nee;\n"
                             "Emma;6A;;2025-09-01;beide ouders;ja;nee\n";
    const ConsentCsv csv = ConsentCsvImporter().parse(bytes, QStringLiteral("ouders.csv"));
    QVERIFY(csv.isValid());
    const Result<CsvImportSummary> first = registry->importConsentCsv(csv);
    QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().message));
    QCOMPARE(first->pupilsCreated, 2);
    QCOMPARE(first->pupilsUpdated, 1); // Daan moved to 5C
    QCOMPARE(first->statementsAdded, 5);
    QCOMPARE(first->categoriesAdded, 1);
    QVERIFY(registry->categories()->contains(QStringLiteral("jaarboek")));
    const Pupil daan = **registry->pupilByName(QStringLiteral("Daan"));
    QCOMPARE(daan.className, QStringLiteral("5C"));
    QCOMPARE(daan.birthDate, QDate(2017, 3, 14)); // an empty cell does not erase it
    QCOMPARE(registry->statementsFor(daan.id)->size(), 3u);
    QCOMPARE(registry->statementsFor(daan.id)->front().source, QStringLiteral("ouders.csv:2"));

    const Result<CsvImportSummary> again = registry->importConsentCsv(csv);
    QVERIFY(again.has_value());
    QCOMPARE(again->statementsAdded, 0);
    QCOMPARE(again->statementsSkipped, 5);
    QCOMPARE(again->pupilsCreated, 0);
    QCOMPARE(registry->statementsFor(daan.id)->size(), 3u);

    const ConsentCsv bad = ConsentCsvImporter().parse("leerling;datum;intern\nSem;2025-09-01;ja\nLotte;2025-09-01;?\n",
                                                      QStringLiteral("bad.csv"));
    const Result<CsvImportSummary> refused = registry->importConsentCsv(bad);
    QCOMPARE(refused.error().code, ErrorCode::InvalidCsv);
    QVERIFY(refused.error().message.contains(QStringLiteral("bad.csv:3")));
    QVERIFY(!registry->pupilByName(QStringLiteral("Sem"))->has_value());
    QVERIFY(registry->verifyAudit()->intact);
}

void TestRegistry::migratesAnOlderSchema()
{
    QTemporaryDir temp;
    const QString file = temp.filePath(QString::fromLatin1(Registry::kFileName));
    {
        // A registry as the first release wrote it: schema version 1, with a school's own
        // category in use and the website per-photo setting switched on.
        auto database = Database::open(file);
        QVERIFY(database.has_value());
        QVERIFY(RegistrySchema::migrate(**database, 1));
        QCOMPARE(*(*database)->userVersion(), 1);
        QVERIFY((*database)->execute(QStringLiteral(
            "INSERT INTO pupils (id, name, class_name, birth_date) VALUES (7, 'Sem Bakker', '7A', '2014-06-30');"
            "INSERT INTO consent_statements (pupil_id, category, granted, given_by, date, source, recorded_at, recorded_by)"
            " VALUES (7, 'jaarboek', 1, 'ouder', '2025-09-01', 'oud.csv:2', '2025-09-02T10:00:00.000Z', 'juf');"
            "INSERT INTO settings (key, value) VALUES ('website_per_photo_consent', '1');")));
    }
    auto registry = openRegistry(temp.path());
    QVERIFY(registry);
    QCOMPARE(registry->pupil(7)->name, QStringLiteral("Sem Bakker"));
    QCOMPARE(registry->statementsFor(7)->front().category, QStringLiteral("jaarboek"));
    QVERIFY(registry->categories()->contains(QStringLiteral("jaarboek")));
    QVERIFY(registry->categories()->contains(QStringLiteral("klassenfoto")));
    QCOMPARE(registry->channels()->size(), 7u);
    QVERIFY(registry->channel(QStringLiteral("website"))->rules.perPhotoConsent);
    QVERIFY(registry->references().list()->empty());
    QVERIFY(registry->categories()->contains(QStringLiteral("gezichtsherkenning")));

    QVERIFY(registry->exportHistory().showing(7)->empty());

    // One audit entry per step, from version 1 up to the current one.
    const std::vector<AuditEntry> entries = *registry->auditEntries();
    const int steps = RegistrySchema::kCurrentVersion - 1;
    QVERIFY(entries.size() >= std::size_t(steps));
    for (int step = 0; step < steps; ++step) {
        const AuditEntry &entry = entries[entries.size() - std::size_t(steps - step)];
        QCOMPARE(entry.action, QStringLiteral("schema_migrated"));
        QCOMPARE(entry.details.value(QStringLiteral("from_version")).toInt(), 1 + step);
        QCOMPARE(entry.details.value(QStringLiteral("to_version")).toInt(), 2 + step);
    }
    QVERIFY(registry->verifyAudit()->intact);
}

void TestRegistry::migratesTheRecognitionSchemaToExportHistory()
{
    QTemporaryDir temp;
    const QString file = temp.filePath(QString::fromLatin1(Registry::kFileName));
    {
        // A registry of the release before the export history (version 3): a pupil with
        // face-recognition consent and a shortened reference retention.
        auto database = Database::open(file);
        QVERIFY(database.has_value());
        QVERIFY(RegistrySchema::migrate(**database, 3));
        QCOMPARE(*(*database)->userVersion(), 3);
        QVERIFY((*database)->execute(QStringLiteral(
            "INSERT INTO pupils (id, name, class_name, birth_date) VALUES (4, 'Lotte Smit', '6A', '2015-02-11');"
            "INSERT INTO consent_statements (pupil_id, category, granted, given_by, date, source, recorded_at, recorded_by)"
            " VALUES (4, 'gezichtsherkenning', 1, 'ouder', '2025-09-01', 'oud.csv:2', '2025-09-02T10:00:00.000Z', 'juf');"
            "INSERT INTO settings (key, value) VALUES ('reference_retention', '10');")));
    }
    auto registry = openRegistry(temp.path());
    QVERIFY(registry);
    QCOMPARE(registry->statementsFor(4)->front().category, QStringLiteral("gezichtsherkenning"));
    QCOMPARE(registry->schoolSettings()->referenceRetentionMonths, 10);
    QCOMPARE(registry->schoolSettings()->exportHistoryMonths, SchoolSettings{}.exportHistoryMonths);

    const std::vector<AuditEntry> entries = *registry->auditEntries();
    const auto step = std::find_if(entries.begin(), entries.end(), [](const AuditEntry &entry) {
        return entry.action == QLatin1String("schema_migrated")
            && entry.details.value(QStringLiteral("from_version")).toInt() == 3;
    });
    QVERIFY(step != entries.end());
    QCOMPARE(step->details.value(QStringLiteral("to_version")).toInt(), 4);

    // The new tables take the pupil's visible face.
    ExportRecord record;
    record.channel = QStringLiteral("parro");
    record.category = QStringLiteral("intern");
    record.exportedAt = QDateTime(QDate(2026, 5, 30), QTime(10, 0), Qt::UTC);
    record.date = QDate(2026, 5, 30);
    record.fileName = QStringLiteral("parro_2026-05-30_001.jpg");
    record.outputPath = QStringLiteral("/upload/parro_2026-05-30_001.jpg");
    record.sourcePath = QStringLiteral("/trip/IMG_1.jpg");
    record.sourceSha256 = QString(64, QLatin1Char('c'));
    record.sourceWidth = 800;
    record.sourceHeight = 600;
    record.reportPath = QStringLiteral("/school/verslag.json");
    record.faces = {ExportedFace{cv::Rect2f(10.f, 20.f, 60.f, 80.f), true, qint64(4)}};
    QVERIFY(registry->recordExports({record}, record.date));
    QCOMPARE(registry->exportHistory().showing(4)->size(), 1u);
    QVERIFY(registry->verifyAudit()->intact);
}

void TestRegistry::migratesToPerPhotoStatements()
{
    QTemporaryDir temp;
    const QString file = temp.filePath(QString::fromLatin1(Registry::kFileName));
    {
        // A registry of the release before per-photo consent (version 4) with one answer.
        auto database = Database::open(file);
        QVERIFY(database.has_value());
        QVERIFY(RegistrySchema::migrate(**database, 4));
        QVERIFY((*database)->execute(QStringLiteral(
            "INSERT INTO pupils (id, name, class_name) VALUES (7, 'Noor Bakker', '4A');"
            "INSERT INTO consent_statements (pupil_id, category, granted, given_by, date, source, recorded_at, recorded_by)"
            " VALUES (7, 'extern', 1, 'ouder', '2025-09-01', 'oud.csv:2', '2025-09-02T10:00:00.000Z', 'juf');")));
    }
    auto registry = openRegistry(temp.path());
    QVERIFY(registry);
    QCOMPARE(registry->statementsFor(7)->size(), std::size_t(1));
    QVERIFY(registry->statementsFor(7)->front().photoSha256.isEmpty());

    // The same answer for one photo is another statement, not a repeat of the general one.
    ConsentStatement forPhoto = registry->statementsFor(7)->front();
    forPhoto.id = 0;
    forPhoto.photoSha256 = QString(64, QLatin1Char('c'));
    QVERIFY(registry->recordStatement(forPhoto));
    const std::vector<ConsentStatement> history = *registry->statementsFor(7);
    QCOMPARE(history.size(), std::size_t(2));
    QCOMPARE(history.back().photoSha256, forPhoto.photoSha256);
    QVERIFY(registry->verifyAudit()->intact);
}

void TestRegistry::refusesANewerSchema()
{
    QTemporaryDir temp;
    QVERIFY(openRegistry(temp.path()));
    QVERIFY(rawExec(temp.filePath(QString::fromLatin1(Registry::kFileName)), "PRAGMA user_version = 99"));
    const Result<std::unique_ptr<Registry>> registry = Registry::open(temp.path());
    QVERIFY(!registry.has_value());
    QVERIFY(registry.error().message.contains(QStringLiteral("newer")));
}

void TestRegistry::secondWriterGetsDatabaseBusy()
{
    QTemporaryDir temp;
    auto registry = openRegistry(temp.path(), 200);
    QVERIFY(registry);

    // Another program holds the write lock.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(registry->filePath()).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

    const Result<qint64> blocked = registry->addPupil(Pupil{0, QStringLiteral("Daan"), {}, {}, true});
    QVERIFY(!blocked.has_value());
    QCOMPARE(blocked.error().code, ErrorCode::DatabaseBusy);
    QVERIFY(blocked.error().message.contains(registry->filePath()));
    QVERIFY(registry->pupils().has_value()); // readers are not blocked in WAL mode

    QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    QVERIFY(registry->addPupil(Pupil{0, QStringLiteral("Daan"), {}, {}, true}).has_value());
    QVERIFY(registry->verifyAudit()->intact);
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
