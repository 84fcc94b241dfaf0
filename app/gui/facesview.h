#pragma once

#include "facegroups.h"

#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QListView;
class QPushButton;
class QThreadPool;

namespace bw::gui {

class AssignPupilDialog;
class FaceTileLoader;
class FaceTileModel;
class PhotoListModel;
class ReviewActions;

// "Gezichten": every face of the batch as a tile, grouped by pupil, then suggestions, then
// unknown faces in photo order (FaceTileModel). The teacher selects one face, several
// (Ctrl/Shift) or a whole group (its header, or Ctrl+A within it) and confirms (Enter), names
// a pupil (L), marks "geen leerling" (G), hides (H) or takes her decision back (Backspace);
// double-clicking a tile opens its photo. Every action is one of ReviewActions, the same the
// review pane uses, so export and report follow exactly these choices.
class FacesView : public QWidget {
    Q_OBJECT
public:
    FacesView(PhotoListModel *photos, ReviewActions *actions, QThreadPool *pool, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    FaceTileModel *tileModel() const { return m_tiles; }
    std::vector<FaceRef> selectedFaces() const; // by photo row, then face index
    void selectFaces(const std::vector<FaceRef> &faces);
    void selectGroup(int group);

    // The actions on the selected faces.
    void confirmSelected();     // named faces are confirmed; the others need a pupil (dialog)
    void requestAssignment();   // opens the pupil dialog (window-modal, not blocking)
    // Names the pupil for every selected face; refused (false, with a problem) when two of them
    // are on one photo, as one pupil appears at most once per photo.
    bool assignSelected(qint64 pupilId, const QString &reason);
    void markSelectedNotAPupil();
    void hideSelected();
    void undoSelected();
    AssignPupilDialog *openDialog() const;

Q_SIGNALS:
    void photoRequested(int row, int face);
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createActionBar();
    void updateActions();
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);
    std::optional<qint64> commonPupil(const std::vector<FaceRef> &faces) const;

    PhotoListModel *m_photos;
    ReviewActions *m_actions;
    FaceTileLoader *m_loader;
    FaceTileModel *m_tiles;
    QListView *m_list;
    QLabel *m_summary = nullptr;
    QList<QPushButton *> m_buttons;
    QPointer<AssignPupilDialog> m_dialog; // deletes itself when closed
    QString m_lastReason;
    std::vector<FaceRef> m_keptSelection; // across a regrouping
    std::optional<FaceRef> m_keptCurrent;
};

} // namespace bw::gui
