#pragma once

#include "error.h"
#include "storage/keptreview.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace bw {

class Database;

// The teacher's work on a batch, kept so that closing the app or a crash loses no review
// (issue 13): one row per photo, keyed by the photo's SHA-256, in its own SQLite file in
// the data folder (not the registry: it is working data, deleted after
// SchoolSettings::reviewRetentionDays and when the teacher closes the batch). It holds
// boxes, decisions, pupil ids and the reasons she typed; never a face descriptor.
// Every keep() is one committed transaction (WAL, synchronous=NORMAL): a crash of the
// app right after it loses nothing; a power cut may lose the last ones, never the file.
class ReviewStore {
public:
    static constexpr const char *kFileName = "reviews.sqlite";

    // Opens (or creates, owner-only) the store in `dataDir`. A damaged file is deleted and
    // an empty store made in its place: a lost review only hides faces again (fail-closed).
    // damage() then says what was wrong, for the teacher.
    static Result<std::unique_ptr<ReviewStore>> open(const QString &dataDir);
    ~ReviewStore();
    ReviewStore(const ReviewStore &) = delete;
    ReviewStore &operator=(const ReviewStore &) = delete;

    QString filePath() const;
    const std::optional<Error> &damage() const { return m_damage; }

    // The kept review of the photo, nullopt when there is none; an error naming the file
    // and the photo when its row cannot be read.
    Result<std::optional<KeptReview>> review(const QByteArray &sha256Hex);
    // Replaces the photo's kept review (an empty one is deleted), saved at `now`.
    Result<void> keep(const KeptReview &review, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Deletes the kept reviews of these photos ("Reeks sluiten"); returns how many there were.
    Result<int> forget(const QList<QByteArray> &sha256Hex);
    // Deletes the reviews last saved before `cutoff` (the retention period); returns how many.
    Result<int> forgetSavedBefore(const QDateTime &cutoff);
    Result<int> count();

private:
    explicit ReviewStore(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::optional<Error> m_damage;
};

} // namespace bw
