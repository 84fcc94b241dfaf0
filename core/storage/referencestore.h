#pragma once

#include "consent/consentstatement.h"
#include "consent/schoolsettings.h"
#include "error.h"
#include "faces/facedescriptor.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace bw {

class Database;

// A reference photo's descriptor as it is about to be stored.
struct NewReference {
    FaceDescriptor descriptor{};
    QDate photoDate;          // capture date, else the file's date
    QByteArray fileSha256Hex;
    QString fileName;         // the photo's file name, never its folder (it names the pupil)
};

// What the registry keeps about a stored reference, without the descriptor itself.
struct StoredReference {
    qint64 id = 0;
    qint64 pupilId = 0;
    QDate photoDate;
    QDate addedOn;            // retention counts from here
    QString fileName;

    bool operator==(const StoredReference &) const = default;
};

// The reference descriptors in the registry: biometric data (DOMAIN.md section 8). Like the
// AuditLog it works on the registry's database and joins the caller's transaction when there
// is one, so that a deletion is committed together with the change that caused it; every
// addition and deletion writes its audit entry, which names photos and reasons, never
// descriptor bytes. The rules (who may be enrolled, when references must go) are the
// Registry's; this class only stores and deletes.
class ReferenceStore {
public:
    explicit ReferenceStore(Database &database) : m_database(database) {}

    // `basis` is the recognition-consent statement that allows it (recorded in the audit log).
    Result<qint64> add(qint64 pupilId, const NewReference &reference, const ConsentStatement &basis,
                       const QDateTime &addedAt = QDateTime::currentDateTimeUtc());

    Result<std::vector<StoredReference>> list();
    Result<std::vector<ReferenceDescriptor>> descriptors();

    // Deletes every reference of the pupil with one audit entry carrying `reason` (a consent
    // reason code, "pupil_inactive", ...). Returns how many were deleted (0: no entry).
    Result<int> removeAllOf(qint64 pupilId, const QString &reason);

    // Deletes the references whose retention period (referenceExpiry) is over on `today`.
    Result<int> removeExpired(const QDate &today, const SchoolSettings &settings);

    // Deletes every descriptor and rebuilds the file, so no descriptor bytes remain in it.
    Result<void> purge();

    // After deletions were committed: secure_delete zeroed them in the database pages; this
    // copies the write-ahead log back into the file and truncates it, so that no earlier
    // copy of the descriptor bytes remains in either file.
    Result<void> scrub();

private:
    Database &m_database;
};

} // namespace bw
