#pragma once

#include <QObject>
#include <QStringList>

namespace bw::gui {

class AnalysisController;
class PhotoListModel;
class ThumbnailLoader;
struct AnalysedEntry;

// Which photos are in the teacher's batch: adding photos and folders (analysed in the
// background), taking photos out, keeping one copy of a photo that was added twice under
// other names, and holding new photos back while an export runs over the batch.
class BatchController : public QObject {
    Q_OBJECT
public:
    BatchController(PhotoListModel *model, AnalysisController *analysis, ThumbnailLoader *thumbnails,
                    QObject *parent = nullptr);

    // Adds photos and folders (searched recursively) and starts their analysis; returns the
    // photos that joined the batch. While imports are held they wait (and none are returned).
    QStringList importPhotos(const QStringList &paths);
    // Held while the export dialog is open (the export has its own list of photos); released,
    // the photos that waited are added.
    void holdImports(bool hold);
    // Takes photos out of the batch; the files themselves stay where they are.
    void removePhotos(QList<int> rows);
    // Who can be recognised changed: photos the teacher has not touched are analysed again,
    // reviewed ones keep the faces the review refers to.
    void reanalyseUnreviewed();

Q_SIGNALS:
    void notice(const QString &message);
    void problem(const QString &message);
    void photosAdded(const QStringList &paths);

private:
    void onPhotoAnalysed(const AnalysedEntry &entry);

    PhotoListModel *m_model;
    AnalysisController *m_analysis;
    ThumbnailLoader *m_thumbnails;
    bool m_held = false;
    QStringList m_waiting;
};

} // namespace bw::gui
