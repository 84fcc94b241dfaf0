#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace bw {
class PhotoAnalyser;
class Registry;
}

class QLabel;
class QStackedWidget;
class QToolButton;

namespace bw::gui {

class FacePanel;
class PhotoListModel;
struct PhotoEntry;
class ReviewView;
class AssignPupilDialog;
class ReviewActions;
class ExportPreview;

// The teacher's review of one photo: the photo with its faces (ReviewView) and the actions
// (FacePanel). Every action edits the photo's PhotoReview in the model, which asks
// decidePhoto again; the pane never decides itself. Naming a pupil (less privacy) needs a
// reason and is written to the registry's audit log.
class ReviewPane : public QWidget {
    Q_OBJECT
public:
    ReviewPane(PhotoListModel *model, QWidget *parent = nullptr);
    ~ReviewPane() override;

    void setRegistry(Registry *registry);
    void setChannelId(const QString &channelId);
    // The face actions, shared with the faces view (one set of decisions for the batch).
    ReviewActions *actions() const { return m_actions; }
    // Where the preview gets the analyser that decodes a photo again (the window's).
    void setAnalyserSource(std::function<std::shared_ptr<PhotoAnalyser>()> source) { m_analyser = std::move(source); }

    void showRow(int row); // -1: nothing
    int currentRow() const { return m_row; }
    int selectedFace() const;
    void selectFace(int faceIndex);
    void selectNextFace();

    // The actions, also reachable by keyboard (main window) and by tests.
    void confirmFace();
    void requestAssignment(); // opens the pupil dialog (window-modal, not blocking)
    bool assignPupil(int faceIndex, qint64 pupilId, const QString &reason);
    void markNotAPupil();
    void dismissPossibleFace(); // "geen gezicht": a possible face is shown after all; logged
    void hideFace();
    void undoFace();
    void addDrawnFace(const QRectF &sourceRect);
    void setExcluded(bool excluded);
    // "Voorbeeld" (P): the photo as the channel will export it instead of the review's view.
    void setPreview(bool on);
    bool isPreviewOn() const;
    ExportPreview *preview() const { return m_preview; }
    // Turns the photo by quarter turns clockwise (-1: to the left), for a photo whose
    // orientation is unknown; photoTurned asks the window to find its faces again.
    void turnPhoto(int quarterTurns);

    ReviewView *view() const { return m_view; }
    FacePanel *panel() const { return m_panel; }
    QLabel *zoomLabel() const { return m_zoomLabel; }
    AssignPupilDialog *openDialog() const;
    bool isImageLoaded() const;

Q_SIGNALS:
    void imageLoaded(int row);
    void imageFailed(int row); // the photo cannot be shown; the view says why
    void auditFailed(const QString &message);
    void photoTurned(const QString &sourcePath, int quarterTurns);

private:
    void refresh();
    static bool isUnreadable(const PhotoEntry &entry);
    void showReadError(const PhotoEntry &entry);
    void loadImage();
    void onImageReady();
    void loadDetail();
    QWidget *createZoomBar();
    void updatePreview();

    PhotoListModel *m_model;
    Registry *m_registry = nullptr; // also the actions'; the preview reads the channels from it
    QString m_channelId;
    ReviewView *m_view;
    FacePanel *m_panel;
    ReviewActions *m_actions;
    QPointer<AssignPupilDialog> m_dialog; // deletes itself when closed
    QString m_lastReason;                 // offered again for the next assignment (this session)
    int m_row = -1;
    QString m_loadedKey;   // the photo shown: its path and turn (displayKey)
    QHash<QString, QImage> m_imageCache;
    QStringList m_cacheOrder;
    QFutureWatcher<std::pair<QString, QImage>> m_imageWatcher; // (displayKey, image)
    QFutureWatcher<std::pair<QString, QImage>> m_detailWatcher; // full resolution, for zooming in
    QLabel *m_zoomLabel = nullptr;
    std::function<std::shared_ptr<PhotoAnalyser>()> m_analyser;
    ExportPreview *m_preview = nullptr;
    QStackedWidget *m_stack = nullptr;
    QToolButton *m_previewButton = nullptr;
    QString m_previewKey; // what the preview shows: photo, channel and verdict
};

} // namespace bw::gui
