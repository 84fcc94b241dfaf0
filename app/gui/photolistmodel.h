#pragma once

#include "photoentry.h"
#include "screening/consentsnapshot.h"

#include <QAbstractListModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace bw::gui {

// How the batch stands for the current channel, by badge.
struct BatchSummary {
    int pending = 0;
    int ready = 0;
    int check = 0;
    int doNotUse = 0;
    int hiddenOnReady = 0;   // faces that export will hide
    int hiddenTotal = 0;
};

// The teacher's batch of photos, one row per photo. Holds what analysis found and the
// teacher's review; every verdict comes from decidePhoto for the current consent snapshot,
// so a channel switch re-evaluates every photo without detecting again.
class PhotoListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        BadgeRole = Qt::UserRole + 1, // int(PhotoBadge::Kind)
        HiddenFacesRole,              // faces hidden in the verdict
        FaceCountRole,
        SourcePathRole,
        OrientationUnknownRole,       // bool: unreadable metadata, not turned by the teacher yet
    };

    explicit PhotoListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Appends the photos not yet in the batch; returns the paths that were added.
    QStringList addPhotos(const QStringList &paths);
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    void clear();
    // Another analysed photo with the same content (SHA-256) as `row`, or -1.
    int rowWithSameContent(int row) const;

    const PhotoEntry &entry(int row) const { return m_entries.at(std::size_t(row)); }
    int rowOf(const QString &sourcePath) const; // -1 when absent

    // Returns false (and ignores it) for a result of an earlier turn of the photo: the
    // analysis of the teacher's latest turn is still to come.
    bool setAnalysis(int row, const PhotoAnalysis &analysis);
    void setThumbnail(int row, const QImage &thumbnail);
    void setReview(int row, const PhotoReview &review);
    void setConfirmed(int row, int faceIndex, bool confirmed);
    // The teacher turns the photo by quarter turns clockwise (-1: to the left). Its faces are
    // found again: until that analysis arrives (setAnalysis) the photo is pending. What she
    // hid stays hidden (core's turnedReview).
    void turnPhoto(int row, int quarterTurns);

    // The consent of the channel chosen; nullopt until a registry is open (then every face
    // is judged against an empty snapshot: all hidden).
    void setConsent(const ConsentSnapshot &snapshot);
    const ConsentSnapshot &consent() const { return m_consent; }

    // Who can be recognised (the analyser's enrolled gallery, in memory only) and how
    // strictly: photos analysed at these settings are matched as one batch, with same-day
    // references (core's rematchBatch, as the export does), whenever an analysis arrives
    // or the teacher changes a review.
    void setRecognition(std::vector<ReferenceDescriptor> gallery, const MatchSettings &settings);
    // Same-day references on (the app's default) or off, as `screen --no-batch-references`
    // turns them off in the CLI; the batch is matched again at once.
    void setSameDayReferences(bool on);

    int analysedCount() const;
    BatchSummary summary() const;
    std::vector<PhotoEntry> entries() const { return m_entries; }

Q_SIGNALS:
    void entryChanged(int row);
    // The teacher's review of the photo changed: a decision, a drawn box, a turn, a
    // confirmation (also when undone). ReviewKeeper keeps it on disk at once.
    void reviewChanged(int row);
    // A new analysis of the photo was accepted (setAnalysis): its faces are known.
    void analysisArrived(int row);

private:
    void decide(PhotoEntry &entry) const;
    void notifyRow(int row);
    void matchSameDay();

    std::vector<PhotoEntry> m_entries;
    ConsentSnapshot m_consent;
    std::vector<ReferenceDescriptor> m_gallery;
    std::optional<MatchSettings> m_matchSettings;
    bool m_sameDayReferences = true;
};

} // namespace bw::gui
