#include "registryschema.h"

#include "auditlog.h"
#include "database.h"

#include <QJsonObject>

#include <iterator>

namespace bw {

namespace {

// Version 1: pupils, their append-only consent history, the audit log and settings.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE pupils (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    class_name TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE TABLE consent_statements (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupils(id),
    category TEXT NOT NULL,
    granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
    given_by TEXT NOT NULL CHECK (given_by IN ('ouder', 'beide ouders', 'leerling')),
    other_parent_objects INTEGER NOT NULL DEFAULT 0 CHECK (other_parent_objects IN (0, 1)),
    date TEXT NOT NULL,
    source TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX consent_statements_by_pupil ON consent_statements(pupil_id, category, date);
CREATE TRIGGER consent_statements_no_update BEFORE UPDATE ON consent_statements
BEGIN SELECT RAISE(ABORT, 'consent statements are append-only'); END;
CREATE TRIGGER consent_statements_no_delete BEFORE DELETE ON consent_statements
BEGIN SELECT RAISE(ABORT, 'consent statements are append-only'); END;
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql";

// Version 2: consent categories, editable channels, reference descriptors. Categories
// already used by recorded statements are kept; the website channel's per-photo rule
// follows the school setting that version 1 may already hold.
constexpr const char *kVersion2 = R"sql(
CREATE TABLE categories (
    name TEXT PRIMARY KEY,
    position INTEGER NOT NULL
);
INSERT INTO categories (name, position) VALUES ('intern', 1), ('extern', 2), ('klassenfoto', 3);
INSERT OR IGNORE INTO categories (name, position)
    SELECT DISTINCT category, 100 FROM consent_statements;
CREATE TABLE channels (
    id TEXT PRIMARY KEY,
    category TEXT NOT NULL REFERENCES categories(name),
    long_side INTEGER NOT NULL CHECK (long_side >= 0),
    jpeg_quality INTEGER NOT NULL CHECK (jpeg_quality BETWEEN 1 AND 100),
    group_photos_only INTEGER NOT NULL DEFAULT 0,
    exclude_on_missing_consent INTEGER NOT NULL DEFAULT 0,
    per_photo_consent INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL
);
INSERT INTO channels (id, category, long_side, jpeg_quality, group_photos_only,
                      exclude_on_missing_consent, per_photo_consent, position) VALUES
    ('parro', 'intern', 2048, 85, 0, 0, 0, 1),
    ('nieuwsbrief', 'intern', 1600, 85, 0, 0, 0, 2),
    ('website-besloten', 'intern', 1920, 85, 0, 0, 0, 3),
    ('website', 'extern', 1920, 85, 0, 0,
        coalesce((SELECT value = '1' FROM settings WHERE key = 'website_per_photo_consent'), 0), 4),
    ('sociale-media', 'extern', 1080, 85, 1, 0, 0, 5),
    ('schoolgids', 'extern', 0, 90, 0, 0, 0, 6),
    ('klassenfoto', 'klassenfoto', 0, 90, 0, 1, 0, 7);
CREATE TABLE reference_descriptors (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupils(id),
    descriptor BLOB NOT NULL CHECK (length(descriptor) = 512),
    photo_date TEXT,
    file_sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX reference_descriptors_by_pupil ON reference_descriptors(pupil_id);
)sql";

// Version 3: the face-recognition consent question (DOMAIN.md section 8). It is a consent
// category, so statements for it are recorded like any other, but no channel may publish
// under it.
constexpr const char *kVersion3 = R"sql(
INSERT OR IGNORE INTO categories (name, position)
    VALUES ('gezichtsherkenning', (SELECT coalesce(max(position), 0) + 1 FROM categories));
DELETE FROM channels WHERE category = 'gezichtsherkenning';
CREATE TRIGGER channels_not_recognition_insert BEFORE INSERT ON channels
WHEN NEW.category = 'gezichtsherkenning'
BEGIN SELECT RAISE(ABORT, 'gezichtsherkenning is not a publication channel category'); END;
CREATE TRIGGER channels_not_recognition_update BEFORE UPDATE ON channels
WHEN NEW.category = 'gezichtsherkenning'
BEGIN SELECT RAISE(ABORT, 'gezichtsherkenning is not a publication channel category'); END;
)sql";

// Version 4: the export history, to answer a parent who asks which published photos show
// their child (AVG art. 15) and to know what to take down after a withdrawal. One row per
// exported file; its faces by box, with the pupil id only on visible faces (never a
// descriptor). Rows older than the school's retention setting are deleted.
constexpr const char *kVersion4 = R"sql(
CREATE TABLE exports (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    category TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    export_date TEXT NOT NULL,
    file_name TEXT NOT NULL,
    output_path TEXT NOT NULL,
    source_path TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    source_width INTEGER NOT NULL,
    source_height INTEGER NOT NULL,
    report_path TEXT NOT NULL
);
CREATE INDEX exports_by_date ON exports(export_date);
CREATE TABLE export_faces (
    export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
    face_index INTEGER NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    visible INTEGER NOT NULL CHECK (visible IN (0, 1)),
    pupil_id INTEGER REFERENCES pupils(id),
    PRIMARY KEY (export_id, face_index),
    CHECK (pupil_id IS NULL OR visible = 1)
);
CREATE INDEX export_faces_by_pupil ON export_faces(pupil_id);
)sql";

// Version 5: consent for a single photo ("losse toestemming", DOMAIN.md section 2). Such an
// answer is a consent statement like any other (append-only, same rules, same audit), that
// names the photo by the SHA-256 of its file; NULL is the consent form's general answer.
constexpr const char *kVersion5 = R"sql(
ALTER TABLE consent_statements ADD COLUMN photo_sha256 TEXT
    CHECK (photo_sha256 IS NULL OR length(photo_sha256) = 64);
CREATE INDEX consent_statements_by_photo ON consent_statements(photo_sha256)
    WHERE photo_sha256 IS NOT NULL;
)sql";

// Version 6: requests for consent for single photos, sent to a pupil's family as a letter
// with a short code. The answer is a consent statement for the photo (version 5); a request
// is answered once and never deleted, so the school can show what was asked and when.
constexpr const char *kVersion6 = R"sql(
CREATE TABLE photo_requests (
    code TEXT PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupils(id),
    photo_sha256 TEXT NOT NULL CHECK (length(photo_sha256) = 64),
    photo_path TEXT NOT NULL,
    channel TEXT NOT NULL,
    category TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    statement_id INTEGER UNIQUE REFERENCES consent_statements(id)
);
CREATE INDEX photo_requests_by_photo ON photo_requests(pupil_id, photo_sha256, category);
CREATE TRIGGER photo_requests_answered_once BEFORE UPDATE ON photo_requests
WHEN OLD.statement_id IS NOT NULL OR NEW.code IS NOT OLD.code OR NEW.pupil_id IS NOT OLD.pupil_id
    OR NEW.photo_sha256 IS NOT OLD.photo_sha256 OR NEW.expires_on IS NOT OLD.expires_on
BEGIN SELECT RAISE(ABORT, 'a photo request is answered once and otherwise never changed'); END;
CREATE TRIGGER photo_requests_no_delete BEFORE DELETE ON photo_requests
BEGIN SELECT RAISE(ABORT, 'photo requests are kept'); END;
)sql";

// Version 7: the pupil's family (a code the school chooses, "gezin" in the consent CSV), so
// that one letter asks consent for single photos for all siblings together.
constexpr const char *kVersion7 = R"sql(
ALTER TABLE pupils ADD COLUMN family TEXT NOT NULL DEFAULT '';
)sql";

constexpr const char *kSteps[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6, kVersion7};
static_assert(std::size(kSteps) == RegistrySchema::kCurrentVersion);

} // namespace

Result<void> RegistrySchema::migrate(Database &database, int targetVersion)
{
    const Result<int> found = database.userVersion();
    if (!found)
        return std::unexpected(found.error());
    if (*found > kCurrentVersion) {
        return fail(ErrorCode::Database, MessageId::RegistryTooNew, database.filePath(), *found, kCurrentVersion);
    }
    for (int version = *found + 1; version <= targetVersion; ++version) {
        Result<void> stepped = database.transaction([&]() -> Result<void> {
            // Another process may have migrated while this one waited for the lock.
            const Result<int> current = database.userVersion();
            if (!current)
                return std::unexpected(current.error());
            if (*current >= version)
                return {};
            if (Result<void> ran = database.execute(QString::fromUtf8(kSteps[version - 1])); !ran)
                return ran;
            if (Result<void> set = database.setUserVersion(version); !set)
                return set;
            return AuditLog(database).append(
                version == 1 ? QStringLiteral("registry_created") : QStringLiteral("schema_migrated"),
                QJsonObject{{QStringLiteral("from_version"), version - 1},
                            {QStringLiteral("to_version"), version}});
        });
        if (!stepped)
            return stepped;
    }
    return {};
}

} // namespace bw
