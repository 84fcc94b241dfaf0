#pragma once

#include "error.h"
#include "storage/keptreview.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace bw {
class ReviewStore;
}

namespace bw::gui {

class PhotoListModel;

// Keeps the teacher's review on disk as she works, so that closing the app or a crash loses
// none of it (issue 13, item 5): every change of a photo's review in the model (a decision,
// a drawn box, a turn, a confirmation, each undo) is written to core's ReviewStore before
// the next event is handled, keyed by the photo's SHA-256. When a photo's analysis arrives
// and the store knows the photo, its review comes back onto the faces found now (core's
// restoredReview: each decision only on its own face, anything else fail-closed); a kept
// turn is applied first and the photo analysed again at it.
class ReviewKeeper : public QObject {
    Q_OBJECT
public:
    explicit ReviewKeeper(PhotoListModel *model, QObject *parent = nullptr);
    ~ReviewKeeper() override;

    // Opens the store in the data folder; a store that cannot be opened keeps nothing and a
    // damaged one starts empty, both with a problem() saying so.
    void openStore(const QString &dataDir);
    ReviewStore *store() const { return m_store.get(); }
    // Deletes the reviews last changed more than `days` days before `now` (the school's
    // SchoolSettings::reviewRetentionDays).
    void applyRetention(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Deletes the kept review of every photo of the batch ("Reeks sluiten"); photos not yet
    // analysed are hashed here. Returns how many photos had one.
    Result<int> forgetBatch();

Q_SIGNALS:
    void problem(const QString &message);
    // A kept turn was applied: the photo needs its analysis at that turn.
    void reanalysisNeeded(const QString &path, int quarterTurns);
    // The photo's review was restored; `unmatched` decisions found no face of their own and
    // fell back to hidden (or to the tool's judgement, for steps towards less privacy).
    void restored(int row, int unmatched);

private:
    void keep(int row);
    void restore(int row);
    std::optional<KeptReview> keptReview(const QByteArray &sha256Hex);

    PhotoListModel *m_model;
    std::unique_ptr<ReviewStore> m_store;
    QHash<QByteArray, KeptReview> m_written;     // what the store holds, to skip rewriting it
    QHash<QByteArray, KeptReview> m_awaitingTurn; // restored once the analysis at the kept turn arrives
    bool m_restoring = false;
};

} // namespace bw::gui
