#pragma once

#include "consent/channel.h"
#include "consent/consentcsvimporter.h"
#include "consent/consentstatement.h"
#include "consent/pupil.h"
#include "consent/schoolsettings.h"
#include "consent/consentpolicy.h"
#include "error.h"
#include "faces/strictness.h"
#include "storage/auditlog.h"
#include "storage/referencestore.h"
#include "storage/audittrail.h"
#include "storage/exporthistory.h"
#include "storage/photorequests.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <set>
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
    int referencesDeleted = 0; // face-recognition consent ended (withdrawal, refusal, 16+)
    std::vector<ConsentStatement> refusalsAdded; // new "nee" statements: maybe withdrawals

    bool operator==(const CsvImportSummary &) const = default;
};

// The school's registry: pupils, their consent history, categories, channels, school
// settings, reference descriptors and the audit log, in one SQLite file in the data dir.
// Every change is written together with its audit entry, in one transaction.
//
// Reference descriptors are biometric data (DOMAIN.md section 8): they are stored only for
// an active pupil whose face-recognition consent holds, and deleted in the same
// transaction as the change that ends it (a statement, an imported row, leaving, a school
// setting); consent that ends by date alone (a 16th birthday without the pupil's own "ja",
// the end of a validity period) and the retention period are enforced when the registry
// is opened and by enforceRecognitionRules() before every screening.
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
    // Adds or edits; refuses the face-recognition category, which is no publication channel.
    Result<void> saveChannel(const Channel &channel);

    Result<QStringList> categories();
    Result<void> addCategory(const QString &name);

    Result<SchoolSettings> schoolSettings();
    // Also sets the website channel's per-photo rule to the school's choice.
    Result<void> setSchoolSettings(const SchoolSettings &settings);

    // The school's recognition strictness (DESIGN.md: one school setting for the GUI and
    // the CLI, default normaal); prepareScreeningJob raises it for extern channels.
    Result<Strictness> strictness();
    Result<void> setStrictness(Strictness strictness);

    // The stored reference descriptors; adding one goes through enrolReference.
    ReferenceStore &references() { return *m_references; }

    // Whether the pupil may be enrolled and recognised automatically on `moment` (DOMAIN.md
    // section 8): the face-recognition consent of an active pupil; a pupil who left never.
    // The basis is the statement that allows (or refuses) it.
    Result<ConsentDecision> recognitionConsent(qint64 pupilId, const QDate &moment);
    // Stores a reference descriptor only for an active pupil whose recognition consent holds
    // on the day of `addedAt`; otherwise nothing is stored (InvalidArgument, the
    // message names the pupil and the missing consent).
    Result<qint64> enrolReference(qint64 pupilId, const NewReference &reference,
                                  const QDateTime &addedAt = QDateTime::currentDateTimeUtc());
    // Deletes every reference that may not be kept on `today`: of pupils who left or whose
    // recognition consent no longer holds, and those past the retention period; each with
    // an audit entry, then empties the write-ahead log. Writes nothing when nothing must go.
    Result<int> enforceRecognitionRules(const QDate &today = QDate::currentDate());

    Result<void> appendAudit(const QString &action, const QJsonObject &details);
    // The chain, checked against the anchor beside the registry (AuditTrail::verify).
    Result<AuditVerification> verifyAudit();
    // verifyAudit(), recording a newly found break in the log (AuditTrail::check): at
    // start-up and before every export.
    Result<AuditVerification> checkAudit();
    Result<AuditHead> auditHead();
    Result<std::vector<AuditEntry>> auditEntries();

    // The export history (who is visible on which exported file), for reading.
    ExportHistory exportHistory();
    // Records one export run's files and, in the same transaction, deletes the history
    // older than the school's retention (SchoolSettings::exportHistoryMonths) from `today`.
    Result<void> recordExports(const std::vector<ExportRecord> &exports, const QDate &today);

    // Requests for consent for single photos (DOMAIN.md section 2).
    PhotoRequests photoRequests();
    // Records the answer to a request as a consent statement for exactly that photo and the
    // request's category, and marks the request answered, in one transaction with their
    // audit entries. Refused, changing nothing: an unknown code, a request already answered
    // or expired before the answer's date, a date before the request or after `today`, and
    // an answer by the wrong person (16+ answer themselves, under 16 a parent).
    Result<ConsentStatement> answerPhotoRequest(const PhotoAnswer &answer,
                                                const QDate &today = QDate::currentDate());
    // A family changes its answer to an answered request (a "ja" that becomes "nee", say):
    // a new statement for the same photo and category is appended (the history stays as it
    // was; the later statement wins) with an audit entry naming the request. Same checks as
    // answerPhotoRequest, except that the request must have been answered and its last day
    // no longer counts (consent can be changed at any time, DOMAIN.md section 4); the new
    // answer may not be dated before the answer it changes, and a "ja" not on the day of a
    // "nee" (a same-day "nee" wins).
    Result<ConsentStatement> changePhotoAnswer(const PhotoAnswer &answer,
                                               const QDate &today = QDate::currentDate());

    // All rows in one transaction: unknown pupils are created, categories added, and
    // statements already recorded are skipped. A CSV with errors is refused whole.
    Result<CsvImportSummary> importConsentCsv(const ConsentCsv &csv);

private:
    explicit Registry(std::unique_ptr<Database> database);
    // What must be deleted on `today` (reading only): pupils with the reason, and
    // whether any reference is past its retention period.
    struct RevocationPlan {
        std::vector<std::pair<qint64, Reason>> pupils;
        bool anyExpired = false;
    };
    Result<RevocationPlan> planRevocations(const QDate &today, const std::set<qint64> *pupilIds);
    // Inside the caller's transaction: the references of `pupilIds` (nullptr: every pupil)
    // that may no longer be kept on `today` are deleted. Returns how many.
    Result<int> revokeReferences(const QDate &today, const std::set<qint64> *pupilIds);
    // After the outermost transaction: when it committed deletions of references, no copy
    // of their bytes may remain (ReferenceStore::scrub).
    Result<void> scrubAfter(const Result<void> &committed);
    AuditTrail auditTrail();
    // answerPhotoRequest's checks, reading only: the statement the answer becomes.
    Result<ConsentStatement> photoAnswerStatement(const PhotoAnswer &answer, const QDate &today,
                                                  bool change = false);
    // answerPhotoRequest (change false) and changePhotoAnswer (change true).
    Result<ConsentStatement> recordPhotoAnswer(const PhotoAnswer &answer, const QDate &today, bool change);
    Result<qint64> insertPupil(const Pupil &pupil);
    Result<void> insertStatement(const ConsentStatement &statement);
    Result<bool> isRecorded(const ConsentStatement &statement);
    Result<bool> hasCategory(const QString &name);
    // Parts of importConsentCsv, inside its transaction.
    Result<qint64> importPupil(const Pupil &pupil, CsvImportSummary &summary);
    Result<void> importStatements(qint64 pupilId, const std::vector<ConsentStatement> &statements,
                                  CsvImportSummary &summary);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReferenceStore> m_references;
    int m_revokedSinceScrub = 0; // references deleted in the transaction under way
};

} // namespace bw
