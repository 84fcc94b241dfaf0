#pragma once

#include <QMenu>

class QUndoStack;

namespace bw::gui {

class PhotoListModel;
class ReviewPane;

// "Controleren": undo and redo, moving through the photos and faces, zooming, and the review's actions, each
// with its key (N, H, L, G, R, X, Enter, PageDown, Ctrl+0 ...). The keys work anywhere in the
// window, as the menu belongs to its menu bar. The actions on the photo view are switched off
// while it is out of sight (the faces view has its own keys): a key must never act on a
// photo the teacher cannot see. Undo and redo work in both views.
class ReviewMenu : public QMenu {
    Q_OBJECT
public:
    ReviewMenu(ReviewPane *pane, PhotoListModel *model, QWidget *parent = nullptr);

    void setPhotoViewShown(bool shown);

Q_SIGNALS:
    void nextPhotoRequested();
    void previousPhotoRequested();

private:
    void addUndoActions(QUndoStack *stack);

    QList<QAction *> m_photoViewActions;
};

} // namespace bw::gui
