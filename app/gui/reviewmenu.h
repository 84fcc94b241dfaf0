#pragma once

#include <QMenu>

class QUndoStack;

namespace bw::gui {

class PhotoListModel;
class ReviewPane;

// "Controleren": undo and redo, moving through the photos and faces, zooming, and the review's actions, each
// with its key (N, H, L, G, R, X, Enter, PageDown, Ctrl+0 ...). The keys work anywhere in the
// window, as the menu belongs to its menu bar.
class ReviewMenu : public QMenu {
    Q_OBJECT
public:
    ReviewMenu(ReviewPane *pane, PhotoListModel *model, QWidget *parent = nullptr);

Q_SIGNALS:
    void nextPhotoRequested();
    void previousPhotoRequested();

private:
    void addUndoActions(QUndoStack *stack);
};

} // namespace bw::gui
