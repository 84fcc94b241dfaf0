#include "registry.h"

#include "consent/recognitionconsent.h"
#include "consent/schoolsettingkeys.h"
#include "storage/database.h"
#include "storage/registryschema.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace bw {

namespace {

// Text columns are NOT NULL: a null QString would bind NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Pupil pupilFrom(const SqlQuery &query)
{
    return Pupil{query.integer(0), query.text(1), query.text(2), query.date(3), query.integer(4) != 0, query.text(5)};
}

Channel channelFrom(const SqlQuery &query)
{
    Channel channel;
    channel.id = query.text(0);
    channel.category = query.text(1);
    channel.profile.longSide = int(query.integer(2));
    channel.profile.jpegQuality = int(query.integer(3));
    channel.rules.groupPhotosOnly = query.integer(4) != 0;
    channel.rules.excludeOnMissingConsent = query.integer(5) != 0;
    channel.rules.perPhotoConsent = query.integer(6) != 0;
    return channel;
}

QJsonObject pupilDetails(const Pupil &pupil)
{
    return QJsonObject{{QStringLiteral("pupil_id"), pupil.id},
                       {QStringLiteral("name"), pupil.name},
                       {QStringLiteral("class"), pupil.className},
                       {QStringLiteral("birth_date"), pupil.birthDate.toString(Qt::ISODate)},
                       {QStringLiteral("active"), pupil.active},
                       {QStringLiteral("family"), pupil.family}};
}

} // namespace

Registry::Registry(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_references(std::make_unique<ReferenceStore>(*m_database))
{
    // A failed anchor update is not the change's failure: the change is committed. A stale
    // anchor never raises a false alarm; it only leaves the newest entries unanchored until
    // the next commit or check moves it up.
    m_database->setAfterCommit([this] { (void)auditTrail().advanceAnchor(); });
}

AuditTrail Registry::auditTrail()
{
    return AuditTrail(*m_database, AuditAnchor(QFileInfo(m_database->filePath()).dir().filePath(
                                       QString::fromLatin1(AuditAnchor::kFileName))));
}

Registry::~Registry() = default;

Result<std::unique_ptr<Registry>> Registry::open(const QString &dataDir, int busyTimeoutMs)
{
    QDir dir(dataDir);
    if (!dir.exists()) {
        // Only a folder we create is made owner-only: an existing one is the user's choice.
        if (!QDir().mkpath(dataDir))
            return fail(ErrorCode::WriteFailed, MessageId::DataFolderUncreatable, dataDir);
        QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ExeOwner);
    }
    Result<std::unique_ptr<Database>> database =
        Database::open(dir.filePath(QString::fromLatin1(kFileName)), busyTimeoutMs);
    if (!database)
        return std::unexpected(database.error());
    if (Result<void> migrated = RegistrySchema::migrate(**database); !migrated)
        return std::unexpected(migrated.error());
    std::unique_ptr<Registry> registry(new Registry(std::move(*database)));
    // Anchors a registry made before anchors existed, and a migration's entries.
    (void)registry->auditTrail().advanceAnchor();
    // Consent that ended by date and references past their retention go before anything
    // else reads the registry.
    if (Result<int> enforced = registry->enforceRecognitionRules(); !enforced)
        return std::unexpected(enforced.error());
    return registry;
}

QString Registry::filePath() const
{
    return m_database->filePath();
}

Result<std::vector<Pupil>> Registry::pupils()
{
    SqlQuery query(*m_database, "SELECT id, name, class_name, birth_date, active, family FROM pupils"
                                " ORDER BY class_name, name");
    return collectRows<Pupil>(query, pupilFrom);
}

Result<Pupil> Registry::pupil(qint64 id)
{
    SqlQuery query(*m_database, "SELECT id, name, class_name, birth_date, active, family FROM pupils WHERE id = ?1");
    query.bind(1, id);
    const Result<bool> found = query.next();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, MessageId::PupilNotFound, id);
    return pupilFrom(query);
}

Result<std::optional<Pupil>> Registry::pupilByName(const QString &name)
{
    SqlQuery query(*m_database, "SELECT id, name, class_name, birth_date, active, family FROM pupils WHERE name = ?1");
    query.bind(1, name.simplified());
    const Result<bool> found = query.next();
    if (!found)
        return std::unexpected(found.error());
    return *found ? std::optional<Pupil>(pupilFrom(query)) : std::nullopt;
}

Result<qint64> Registry::insertPupil(const Pupil &pupil)
{
    if (pupil.name.simplified().isEmpty())
        return fail(ErrorCode::InvalidArgument, MessageId::PupilNeedsName);
    SqlQuery insert(*m_database,
                    "INSERT INTO pupils (name, class_name, birth_date, active, family)"
                    " VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, pupil.name.simplified()).bind(2, notNull(pupil.className))
        .bind(3, pupil.birthDate).bind(4, qint64(pupil.active)).bind(5, notNull(pupil.family.simplified()));
    if (Result<void> ran = insert.run(); !ran)
        return std::unexpected(ran.error());
    Pupil stored = pupil;
    stored.id = m_database->lastInsertId();
    stored.name = pupil.name.simplified();
    if (Result<void> logged = AuditLog(*m_database).append(QStringLiteral("pupil_added"), pupilDetails(stored));
        !logged)
        return std::unexpected(logged.error());
    return stored.id;
}

Result<qint64> Registry::addPupil(const Pupil &pupil)
{
    qint64 id = 0;
    Result<void> done = m_database->transaction([&]() -> Result<void> {
        const Result<qint64> inserted = insertPupil(pupil);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> Registry::updatePupil(const Pupil &pupil)
{
    const Result<void> done = m_database->transaction([&]() -> Result<void> {
        SqlQuery update(*m_database,
                        "UPDATE pupils SET class_name = ?2, birth_date = ?3, active = ?4, family = ?5 WHERE id = ?1");
        update.bind(1, pupil.id).bind(2, notNull(pupil.className))
            .bind(3, pupil.birthDate).bind(4, qint64(pupil.active)).bind(5, notNull(pupil.family.simplified()));
        if (Result<void> ran = update.run(); !ran)
            return ran;
        if (Result<void> logged = AuditLog(*m_database).append(QStringLiteral("pupil_updated"), pupilDetails(pupil));
            !logged)
            return logged;
        // Leaving, or a birth date that makes the pupil 16, can end recognition at once.
        const std::set<qint64> pupilIds{pupil.id};
        const Result<int> removed = revokeReferences(QDate::currentDate(), &pupilIds);
        if (!removed)
            return std::unexpected(removed.error());
        return {};
    });
    return scrubAfter(done);
}

Result<std::vector<ConsentStatement>> Registry::statementsFor(qint64 pupilId)
{
    SqlQuery query(*m_database,
                   "SELECT id, pupil_id, category, granted, given_by, other_parent_objects, date,"
                   " source, recorded_at, recorded_by, photo_sha256 FROM consent_statements"
                   " WHERE pupil_id = ?1 ORDER BY date, id");
    query.bind(1, pupilId);
    return collectRows<ConsentStatement>(query, [](const SqlQuery &q) {
        return ConsentStatement{q.integer(0), q.integer(1), q.text(2), q.integer(3) != 0,
                                statementGiverFromCode(q.text(4)).value_or(StatementGiver::Parent), q.integer(5) != 0, q.date(6), q.text(7),
                                QDateTime::fromString(q.text(8), Qt::ISODateWithMs), q.text(9), q.text(10)};
    });
}

Result<bool> Registry::hasCategory(const QString &name)
{
    SqlQuery query(*m_database, "SELECT 1 FROM categories WHERE name = ?1");
    query.bind(1, name);
    return query.next();
}

namespace {

// NULL for the general answer, lower-case hex for one photo's.
QString storedPhotoSha256(const ConsentStatement &statement)
{
    return statement.photoSha256.isEmpty() ? QString() : statement.photoSha256.toLower();
}

} // namespace

Result<void> Registry::insertStatement(const ConsentStatement &statement)
{
    if (!statement.date.isValid())
        return fail(ErrorCode::InvalidArgument, MessageId::StatementNeedsDate);
    const Result<bool> known = hasCategory(statement.category);
    if (!known)
        return std::unexpected(known.error());
    if (!*known)
        return fail(ErrorCode::InvalidArgument, MessageId::UnknownCategory, statement.category);

    const QDateTime recordedAt = statement.recordedAt.isValid() ? statement.recordedAt.toUTC()
                                                                : QDateTime::currentDateTimeUtc();
    const QString recordedBy = statement.recordedBy.isEmpty() ? AuditLog::currentUser() : statement.recordedBy;
    const QString source = statement.source.isEmpty() ? QStringLiteral("typed in") : statement.source;
    SqlQuery insert(*m_database,
                    "INSERT INTO consent_statements (pupil_id, category, granted, given_by,"
                    " other_parent_objects, date, source, recorded_at, recorded_by, photo_sha256)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bind(1, statement.pupilId).bind(2, statement.category).bind(3, qint64(statement.granted))
        .bind(4, statementGiverCode(statement.givenBy)).bind(5, qint64(statement.otherParentObjects))
        .bind(6, statement.date).bind(7, source)
        .bind(8, recordedAt.toString(Qt::ISODateWithMs)).bind(9, recordedBy)
        .bind(10, storedPhotoSha256(statement));
    if (Result<void> ran = insert.run(); !ran)
        return ran;
    QJsonObject details{{QStringLiteral("statement_id"), m_database->lastInsertId()},
                        {QStringLiteral("pupil_id"), statement.pupilId},
                        {QStringLiteral("category"), statement.category},
                        {QStringLiteral("answer"), statement.granted ? QStringLiteral("ja") : QStringLiteral("nee")},
                        {QStringLiteral("given_by"), statementGiverCode(statement.givenBy)},
                        {QStringLiteral("other_parent_objects"), statement.otherParentObjects},
                        {QStringLiteral("date"), statement.date.toString(Qt::ISODate)},
                        {QStringLiteral("source"), source}};
    if (!statement.photoSha256.isEmpty())
        details.insert(QStringLiteral("photo_sha256"), storedPhotoSha256(statement));
    return AuditLog(*m_database).append(QStringLiteral("statement_recorded"), details);
}

Result<void> Registry::recordStatement(const ConsentStatement &statement)
{
    const Result<void> done = m_database->transaction([&]() -> Result<void> {
        if (Result<void> inserted = insertStatement(statement); !inserted)
            return inserted;
        // A withdrawal takes effect from the moment it is recorded: in this transaction.
        const std::set<qint64> pupilIds{statement.pupilId};
        const Result<int> removed = revokeReferences(QDate::currentDate(), &pupilIds);
        if (!removed)
            return std::unexpected(removed.error());
        return {};
    });
    return scrubAfter(done);
}

Result<bool> Registry::isRecorded(const ConsentStatement &statement)
{
    SqlQuery query(*m_database,
                   "SELECT 1 FROM consent_statements WHERE pupil_id = ?1 AND category = ?2 AND"
                   " granted = ?3 AND given_by = ?4 AND other_parent_objects = ?5 AND date = ?6"
                   " AND photo_sha256 IS ?7");
    query.bind(1, statement.pupilId).bind(2, statement.category).bind(3, qint64(statement.granted))
        .bind(4, statementGiverCode(statement.givenBy)).bind(5, qint64(statement.otherParentObjects))
        .bind(6, statement.date).bind(7, storedPhotoSha256(statement));
    return query.next();
}

Result<std::vector<Channel>> Registry::channels()
{
    SqlQuery query(*m_database,
                   "SELECT id, category, long_side, jpeg_quality, group_photos_only,"
                   " exclude_on_missing_consent, per_photo_consent FROM channels ORDER BY position, id");
    return collectRows<Channel>(query, channelFrom);
}

Result<Channel> Registry::channel(const QString &id)
{
    SqlQuery query(*m_database,
                   "SELECT id, category, long_side, jpeg_quality, group_photos_only,"
                   " exclude_on_missing_consent, per_photo_consent FROM channels WHERE id = ?1");
    query.bind(1, id);
    const Result<bool> found = query.next();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, MessageId::ChannelNotFound, id);
    return channelFrom(query);
}

Result<void> Registry::saveChannel(const Channel &channel)
{
    if (isRecognitionCategory(channel.category))
        return fail(ErrorCode::InvalidArgument, MessageId::ChannelForRecognition, channel.id,
                    recognitionCategory());
    return m_database->transaction([&]() -> Result<void> {
        SqlQuery save(*m_database,
                      "INSERT INTO channels (id, category, long_side, jpeg_quality, group_photos_only,"
                      " exclude_on_missing_consent, per_photo_consent, position)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT coalesce(max(position), 0) + 1 FROM channels))"
                      " ON CONFLICT (id) DO UPDATE SET category = ?2, long_side = ?3, jpeg_quality = ?4,"
                      " group_photos_only = ?5, exclude_on_missing_consent = ?6, per_photo_consent = ?7");
        save.bind(1, channel.id).bind(2, channel.category).bind(3, qint64(channel.profile.longSide))
            .bind(4, qint64(channel.profile.jpegQuality)).bind(5, qint64(channel.rules.groupPhotosOnly))
            .bind(6, qint64(channel.rules.excludeOnMissingConsent))
            .bind(7, qint64(channel.rules.perPhotoConsent));
        if (Result<void> ran = save.run(); !ran)
            return ran;
        return AuditLog(*m_database).append(
            QStringLiteral("channel_saved"),
            QJsonObject{{QStringLiteral("id"), channel.id},
                        {QStringLiteral("category"), channel.category},
                        {QStringLiteral("long_side"), channel.profile.longSide},
                        {QStringLiteral("jpeg_quality"), channel.profile.jpegQuality},
                        {QStringLiteral("group_photos_only"), channel.rules.groupPhotosOnly},
                        {QStringLiteral("exclude_on_missing_consent"), channel.rules.excludeOnMissingConsent},
                        {QStringLiteral("per_photo_consent"), channel.rules.perPhotoConsent}});
    });
}

Result<QStringList> Registry::categories()
{
    SqlQuery query(*m_database, "SELECT name FROM categories ORDER BY position, name");
    const Result<std::vector<QString>> names =
        collectRows<QString>(query, [](const SqlQuery &q) { return q.text(0); });
    if (!names)
        return std::unexpected(names.error());
    return QStringList(names->begin(), names->end());
}

Result<void> Registry::addCategory(const QString &name)
{
    const QString category = name.simplified().toLower();
    if (category.isEmpty())
        return fail(ErrorCode::InvalidArgument, MessageId::CategoryNeedsName);
    return m_database->transaction([&]() -> Result<void> {
        SqlQuery insert(*m_database, "INSERT INTO categories (name, position)"
                                     " VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM categories))");
        insert.bind(1, category);
        if (Result<void> ran = insert.run(); !ran)
            return ran;
        return AuditLog(*m_database).append(QStringLiteral("category_added"),
                                            QJsonObject{{QStringLiteral("name"), category}});
    });
}

Result<qint64> Registry::externalChanges()
{
    return m_database->dataVersion();
}

Result<SchoolSettings> Registry::schoolSettings()
{
    SqlQuery query(*m_database, "SELECT key, value FROM settings");
    SchoolSettings settings;
    for (;;) {
        const Result<bool> row = query.next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return settings;
        // A value this version cannot read keeps the default, as does a key it does not know.
        if (const SchoolSettingKey *key = findSchoolSettingKey(query.text(0)))
            (void)key->parse(settings, query.text(1));
    }
}

Result<void> Registry::setSchoolSettings(const SchoolSettings &settings)
{
    const Result<void> done = m_database->transaction([&]() -> Result<void> {
        QJsonObject details;
        for (const SchoolSettingKey &key : schoolSettingKeys()) {
            const QString value = notNull(key.text(settings));
            SqlQuery save(*m_database, "INSERT INTO settings (key, value) VALUES (?1, ?2)"
                                       " ON CONFLICT (key) DO UPDATE SET value = ?2");
            save.bind(1, key.key).bind(2, value);
            if (Result<void> ran = save.run(); !ran)
                return ran;
            details.insert(key.key, value);
        }
        SqlQuery website(*m_database, "UPDATE channels SET per_photo_consent = ?1 WHERE id = 'website'");
        website.bind(1, qint64(settings.websitePerPhotoConsent));
        if (Result<void> ran = website.run(); !ran)
            return ran;
        if (Result<void> logged = AuditLog(*m_database).append(QStringLiteral("settings_changed"), details); !logged)
            return logged;
        // A shorter validity or retention period applies at once.
        const Result<int> removed = revokeReferences(QDate::currentDate(), nullptr);
        if (!removed)
            return std::unexpected(removed.error());
        return {};
    });
    return scrubAfter(done);
}

Result<Strictness> Registry::strictness()
{
    SqlQuery query(*m_database, "SELECT value FROM settings WHERE key = 'strictness'");
    const Result<bool> row = query.next();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return Strictness::Normal;
    // A value this version does not know: the strictest level hides most.
    return strictnessFromName(query.text(0)).value_or(Strictness::VeryStrict);
}

Result<void> Registry::setStrictness(Strictness strictness)
{
    return m_database->transaction([&]() -> Result<void> {
        SqlQuery save(*m_database, "INSERT INTO settings (key, value) VALUES ('strictness', ?1)"
                                   " ON CONFLICT (key) DO UPDATE SET value = ?1");
        save.bind(1, strictnessName(strictness));
        if (Result<void> ran = save.run(); !ran)
            return ran;
        return AuditLog(*m_database).append(QStringLiteral("settings_changed"),
                                            QJsonObject{{QStringLiteral("strictness"), strictnessName(strictness)}});
    });
}

Result<void> Registry::appendAudit(const QString &action, const QJsonObject &details)
{
    return AuditLog(*m_database).append(action, details);
}

Result<AuditVerification> Registry::verifyAudit()
{
    return auditTrail().verify();
}

Result<AuditVerification> Registry::checkAudit()
{
    return auditTrail().check();
}

Result<AuditHead> Registry::auditHead()
{
    return AuditLog(*m_database).head();
}

Result<std::vector<AuditEntry>> Registry::auditEntries()
{
    return AuditLog(*m_database).entries();
}

ExportHistory Registry::exportHistory()
{
    return ExportHistory(*m_database);
}

Result<void> Registry::recordExports(const std::vector<ExportRecord> &exports, const QDate &today)
{
    const Result<SchoolSettings> settings = schoolSettings();
    if (!settings)
        return std::unexpected(settings.error());
    return m_database->transaction([&]() -> Result<void> {
        ExportHistory history(*m_database);
        if (Result<void> recorded = history.record(exports); !recorded)
            return recorded;
        const Result<int> purged = history.purgeBefore(today.addMonths(-settings->exportHistoryMonths));
        if (!purged)
            return std::unexpected(purged.error());
        return {};
    });
}

Result<CsvImportSummary> Registry::importConsentCsv(const ConsentCsv &csv)
{
    if (!csv.isValid()) {
        const CsvRowError &first = csv.errors.front();
        return std::unexpected(Error(ErrorCode::InvalidCsv,
                                     makeMessage(MessageId::CsvRejected, csv.sourceName, first.line, csv.errors.size()),
                                     first.problems.front()));
    }
    CsvImportSummary summary;
    const Result<void> done = m_database->transaction([&]() -> Result<void> {
        for (const QString &category : csv.categories) {
            const Result<bool> known = hasCategory(category);
            if (!known)
                return std::unexpected(known.error());
            if (!*known) {
                if (Result<void> added = addCategory(category); !added)
                    return added;
                ++summary.categoriesAdded;
            }
        }
        std::set<qint64> pupilIds;
        for (const ConsentCsvRow &row : csv.rows) {
            ++summary.rows;
            const Result<qint64> pupilId = importPupil(row.pupil, summary);
            if (!pupilId)
                return std::unexpected(pupilId.error());
            pupilIds.insert(*pupilId);
            if (Result<void> imported = importStatements(*pupilId, row.statements, summary); !imported)
                return imported;
        }
        // An imported withdrawal deletes the pupil's descriptors in this same transaction.
        const Result<int> revoked = revokeReferences(QDate::currentDate(), &pupilIds);
        if (!revoked)
            return std::unexpected(revoked.error());
        summary.referencesDeleted = *revoked;
        return AuditLog(*m_database).append(
            QStringLiteral("csv_imported"),
            QJsonObject{{QStringLiteral("source"), csv.sourceName},
                        {QStringLiteral("rows"), summary.rows},
                        {QStringLiteral("pupils_created"), summary.pupilsCreated},
                        {QStringLiteral("statements_added"), summary.statementsAdded},
                        {QStringLiteral("statements_skipped"), summary.statementsSkipped},
                        {QStringLiteral("references_deleted"), summary.referencesDeleted}});
    });
    if (Result<void> scrubbed = scrubAfter(done); !scrubbed)
        return std::unexpected(scrubbed.error());
    return summary;
}

Result<qint64> Registry::importPupil(const Pupil &pupil, CsvImportSummary &summary)
{
    const Result<std::optional<Pupil>> existing = pupilByName(pupil.name);
    if (!existing)
        return std::unexpected(existing.error());
    if (!*existing) {
        const Result<qint64> created = insertPupil(pupil);
        if (created)
            ++summary.pupilsCreated;
        return created;
    }
    // A later row or file may fill in or change the class and birth date.
    Pupil updated = **existing;
    if (!pupil.className.isEmpty())
        updated.className = pupil.className;
    if (pupil.birthDate.isValid())
        updated.birthDate = pupil.birthDate;
    if (!pupil.family.isEmpty())
        updated.family = pupil.family.simplified();
    if (updated != **existing) {
        if (Result<void> saved = updatePupil(updated); !saved)
            return std::unexpected(saved.error());
        ++summary.pupilsUpdated;
    }
    return updated.id;
}

Result<void> Registry::importStatements(qint64 pupilId, const std::vector<ConsentStatement> &statements,
                                        CsvImportSummary &summary)
{
    for (ConsentStatement statement : statements) {
        statement.pupilId = pupilId;
        const Result<bool> recorded = isRecorded(statement);
        if (!recorded)
            return std::unexpected(recorded.error());
        if (*recorded) {
            ++summary.statementsSkipped;
            continue;
        }
        if (Result<void> inserted = insertStatement(statement); !inserted)
            return inserted;
        ++summary.statementsAdded;
        if (!statement.granted)
            summary.refusalsAdded.push_back(statement);
    }
    return {};
}

} // namespace bw
