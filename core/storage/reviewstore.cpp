#include "reviewstore.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace bw {

namespace {

constexpr int kSchemaVersion = 1;

QJsonArray rectJson(const cv::Rect2f &rect)
{
    return QJsonArray{rect.x, rect.y, rect.width, rect.height};
}

std::optional<cv::Rect2f> rectFrom(const QJsonValue &value)
{
    const QJsonArray numbers = value.toArray();
    if (numbers.size() != 4)
        return std::nullopt;
    for (const QJsonValue &number : numbers) {
        if (!number.isDouble())
            return std::nullopt;
    }
    const cv::Rect2f rect(float(numbers[0].toDouble()), float(numbers[1].toDouble()), float(numbers[2].toDouble()),
                          float(numbers[3].toDouble()));
    if (!(rect.width > 0 && rect.height > 0))
        return std::nullopt;
    return rect;
}

QByteArray reviewJson(const KeptReview &review)
{
    QJsonArray drawn;
    for (const cv::Rect2f &rect : review.drawnFaces)
        drawn.append(rectJson(rect));
    QJsonArray faces;
    for (const KeptFaceDecision &face : review.faces) {
        QJsonObject object{{QStringLiteral("box"), rectJson(face.rect)},
                           {QStringLiteral("decision"), face.decision},
                           {QStringLiteral("confirmed"), face.confirmed}};
        if (face.pupilId != 0)
            object.insert(QStringLiteral("pupil_id"), face.pupilId);
        if (!face.reason.isEmpty())
            object.insert(QStringLiteral("reason"), face.reason);
        faces.append(object);
    }
    const QJsonObject object{{QStringLiteral("quarter_turns"), review.quarterTurns},
                             {QStringLiteral("excluded"), review.excluded},
                             {QStringLiteral("drawn"), drawn},
                             {QStringLiteral("faces"), faces}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The review from its row, or what is wrong with it.
std::expected<KeptReview, QString> reviewFrom(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(parseError.errorString());
    const QJsonObject object = document.object();
    KeptReview review;
    review.quarterTurns = object.value(QStringLiteral("quarter_turns")).toInt(-1);
    review.excluded = object.value(QStringLiteral("excluded")).toBool();
    if (review.quarterTurns < 0 || review.quarterTurns > 3)
        return std::unexpected(QStringLiteral("quarter_turns is not 0..3"));
    for (const QJsonValue &value : object.value(QStringLiteral("drawn")).toArray()) {
        const std::optional<cv::Rect2f> rect = rectFrom(value);
        if (!rect)
            return std::unexpected(QStringLiteral("a drawn box is not [x, y, width, height]"));
        review.drawnFaces.push_back(*rect);
    }
    for (const QJsonValue &value : object.value(QStringLiteral("faces")).toArray()) {
        const QJsonObject face = value.toObject();
        const std::optional<cv::Rect2f> rect = rectFrom(face.value(QStringLiteral("box")));
        if (!rect)
            return std::unexpected(QStringLiteral("a face box is not [x, y, width, height]"));
        review.faces.push_back({*rect, face.value(QStringLiteral("decision")).toString(),
                                face.value(QStringLiteral("pupil_id")).toInteger(),
                                face.value(QStringLiteral("reason")).toString(),
                                face.value(QStringLiteral("confirmed")).toBool()});
    }
    return review;
}

// What makes the file at `path` unusable as a database (it is not one, or SQLite's quick
// check finds it damaged); nullopt when it is fine, absent, or cannot be opened at all (then
// Database::open says why, and nothing is deleted).
std::optional<QString> damageOf(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0 || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return QStringLiteral("not an SQLite database");
    file.close();
    sqlite3 *db = nullptr;
    std::optional<QString> damage;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        int code = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr);
        if (code == SQLITE_OK)
            code = sqlite3_step(statement);
        if (code == SQLITE_ROW) {
            const QString verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            if (verdict != QLatin1String("ok"))
                damage = verdict;
        } else if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB) {
            damage = QString::fromUtf8(sqlite3_errmsg(db));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(db);
    return damage;
}

Result<void> migrate(Database &database)
{
    const Result<int> version = database.userVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version > kSchemaVersion)
        return fail(ErrorCode::Database, MessageId::RegistryTooNew, database.filePath(), *version, kSchemaVersion);
    if (*version == kSchemaVersion)
        return {};
    return database.transaction([&]() -> Result<void> {
        if (Result<void> made = database.execute(QStringLiteral(
                "CREATE TABLE kept_reviews (sha256 TEXT PRIMARY KEY, saved_at INTEGER NOT NULL, review TEXT NOT NULL)"));
            !made)
            return made;
        return database.setUserVersion(kSchemaVersion);
    });
}

} // namespace

ReviewStore::ReviewStore(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{
}

ReviewStore::~ReviewStore() = default;

Result<std::unique_ptr<ReviewStore>> ReviewStore::open(const QString &dataDir)
{
    if (!QDir(dataDir).exists()) {
        if (!QDir().mkpath(dataDir))
            return fail(ErrorCode::WriteFailed, MessageId::DataFolderUncreatable, dataDir);
        QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(kFileName));
    std::optional<Error> damage;
    if (const std::optional<QString> damaged = damageOf(path)) {
        damage = Error(ErrorCode::Database, makeMessage(MessageId::ReviewStoreDamaged, path, *damaged));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
                return fail(ErrorCode::WriteFailed, MessageId::ReviewStoreDamagedStays, path + suffix, *damaged);
        }
    }
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database)
        return std::unexpected(database.error());
    // Surviving a crash of the app needs no sync per change; a power cut may cost the last
    // changes, never the file (WAL).
    if (Result<void> synced = (*database)->execute(QStringLiteral("PRAGMA synchronous = NORMAL")); !synced)
        return std::unexpected(synced.error());
    if (Result<void> migrated = migrate(**database); !migrated)
        return std::unexpected(migrated.error());
    std::unique_ptr<ReviewStore> store(new ReviewStore(std::move(*database)));
    store->m_damage = std::move(damage);
    return store;
}

QString ReviewStore::filePath() const
{
    return m_database->filePath();
}

Result<std::optional<KeptReview>> ReviewStore::review(const QByteArray &sha256Hex)
{
    SqlQuery query(*m_database, "SELECT saved_at, review FROM kept_reviews WHERE sha256 = ?1");
    query.bind(1, QString::fromLatin1(sha256Hex));
    const Result<bool> found = query.next();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::optional<KeptReview>();
    std::expected<KeptReview, QString> review = reviewFrom(query.text(1).toUtf8());
    if (!review)
        return fail(ErrorCode::Database, MessageId::KeptReviewUnreadable, filePath(), QString::fromLatin1(sha256Hex),
                    review.error());
    review->sha256Hex = sha256Hex;
    review->savedAt = QDateTime::fromSecsSinceEpoch(query.integer(0), Qt::UTC);
    return std::optional<KeptReview>(std::move(*review));
}

Result<void> ReviewStore::keep(const KeptReview &review, const QDateTime &now)
{
    if (review.isEmpty()) {
        if (Result<int> forgotten = forget({review.sha256Hex}); !forgotten)
            return std::unexpected(forgotten.error());
        return {};
    }
    SqlQuery save(*m_database, "INSERT INTO kept_reviews (sha256, saved_at, review) VALUES (?1, ?2, ?3)"
                               " ON CONFLICT (sha256) DO UPDATE SET saved_at = excluded.saved_at, review = excluded.review");
    save.bind(1, QString::fromLatin1(review.sha256Hex))
        .bind(2, now.toSecsSinceEpoch())
        .bind(3, QString::fromUtf8(reviewJson(review)));
    return save.run();
}

Result<int> ReviewStore::forget(const QList<QByteArray> &sha256Hex)
{
    int forgotten = 0;
    const Result<void> done = m_database->transaction([&]() -> Result<void> {
        for (const QByteArray &sha : sha256Hex) {
            SqlQuery remove(*m_database, "DELETE FROM kept_reviews WHERE sha256 = ?1");
            remove.bind(1, QString::fromLatin1(sha));
            if (Result<void> removed = remove.run(); !removed)
                return removed;
            forgotten += m_database->changes();
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return forgotten;
}

Result<int> ReviewStore::forgetSavedBefore(const QDateTime &cutoff)
{
    SqlQuery remove(*m_database, "DELETE FROM kept_reviews WHERE saved_at < ?1");
    remove.bind(1, cutoff.toSecsSinceEpoch());
    if (Result<void> removed = remove.run(); !removed)
        return std::unexpected(removed.error());
    return m_database->changes();
}

Result<int> ReviewStore::count()
{
    SqlQuery query(*m_database, "SELECT count(*) FROM kept_reviews");
    const Result<bool> row = query.next();
    if (!row)
        return std::unexpected(row.error());
    return int(query.integer(0));
}

} // namespace bw
