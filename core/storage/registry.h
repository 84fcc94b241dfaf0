#pragma once

#include "consent/channel.h"
#include "consent/consentcsvimporter.h"
#include "consent/consentstatement.h"
#include "consent/pupil.h"
#include "consent/schoolsettings.h"
#include "error.h"
#include "faces/facedescriptor.h"
#include "faces/strictness.h"
#include "storage/auditlog.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace bw {

class Database;

// What an import of a consent CSV changed.
struct CsvImportSummary {
    int rows = 0;
    int pupilsCreated = 0;
    int pupilsUpdated = 0;
    int statementsAdded = 0;
    int statementsSkipped = 0; // already recorded: re-importing a file adds nothing
    int categoriesAdded = 0;

    bool operator==(const CsvImportSummary &) const = default;
};

// The school's registry: pupils, their consent history, categories, channels, school
// settings, reference descriptors and the audit log, in one SQLite file in the data dir.
// Every change is written together with its audit entry, in one transaction.
class Registry {
public:
    static constexpr const char *kFileName = "registry.sqlite";

    // Creates the data dir (owner-only) and the registry file when needed, and brings an
    // older registry up to the current schema.
    static Result<std::unique_ptr<Registry>> open(const QString &dataDir,
                                                  int busyTimeoutMs = 5000);
    ~Registry();

    QString filePath() const;
    // Changes whenever another program or window commits to the registry (the CLI adding
    // reference photos, say); this object's own writes leave it as it is.
    Result<qint64> externalChanges();

    Result<std::vector<Pupil>> pupils();
    Result<Pupil> pupil(qint64 id);
    Result<std::optional<Pupil>> pupilByName(const QString &name);
    Result<qint64> addPupil(const Pupil &pupil);
    Result<void> updatePupil(const Pupil &pupil); // class, birth date, active; by id

    Result<std::vector<ConsentStatement>> statementsFor(qint64 pupilId);
    // Appends to the history; fills in recordedAt/recordedBy when empty.
    Result<void> recordStatement(const ConsentStatement &statement);

    Result<std::vector<Channel>> channels();
    Result<Channel> channel(const QString &id);
    Result<void> saveChannel(const Channel &channel); // adds or edits

    Result<QStringList> categories();
    Result<void> addCategory(const QString &name);

    Result<SchoolSettings> schoolSettings();
    // Also sets the website channel's per-photo rule to the school's choice.
    Result<void> setSchoolSettings(const SchoolSettings &settings);

    // The school's recognition strictness (DESIGN.md: one school setting for the GUI and
    // the CLI, default normaal); prepareScreeningJob raises it for extern channels.
    Result<Strictness> strictness();
    Result<void> setStrictness(Strictness strictness);

    Result<qint64> addReference(qint64 pupilId, const FaceDescriptor &descriptor,
                                const QDate &photoDate, const QByteArray &fileSha256Hex,
                                const QString &fileName);
    Result<std::vector<ReferenceDescriptor>> references();
    // Deletes every descriptor and rebuilds the file, so no descriptor bytes remain in it.
    Result<void> purgeBiometrics();

    Result<void> appendAudit(const QString &action, const QJsonObject &details);
    Result<AuditVerification> verifyAudit();
    Result<std::vector<AuditEntry>> auditEntries();

    // All rows in one transaction: unknown pupils are created, categories added, and
    // statements already recorded are skipped. A CSV with errors is refused whole.
    Result<CsvImportSummary> importConsentCsv(const ConsentCsv &csv);

private:
    explicit Registry(std::unique_ptr<Database> database);
    Result<qint64> insertPupil(const Pupil &pupil);
    Result<void> insertStatement(const ConsentStatement &statement);
    Result<bool> isRecorded(const ConsentStatement &statement);
    Result<bool> hasCategory(const QString &name);
    // Parts of importConsentCsv, inside its transaction.
    Result<qint64> importPupil(const Pupil &pupil, CsvImportSummary &summary);
    Result<void> importStatements(qint64 pupilId, const std::vector<ConsentStatement> &statements,
                                  CsvImportSummary &summary);

    std::unique_ptr<Database> m_database;
};

} // namespace bw
