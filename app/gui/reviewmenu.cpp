#include "reviewmenu.h"

#include "photolistmodel.h"
#include "reviewactions.h"
#include "reviewpane.h"
#include "reviewview.h"

#include <QUndoStack>

namespace bw::gui {

ReviewMenu::ReviewMenu(ReviewPane *pane, PhotoListModel *model, QWidget *parent)
    : QMenu(tr("&Controleren"), parent)
{
    const auto add = [this](const QString &text, QList<QKeySequence> keys, auto slot) {
        QAction *action = addAction(text, this, slot);
        action->setShortcuts(keys);
        m_photoViewActions << action;
        return action;
    };
    addUndoActions(pane->actions()->undoStack());
    addSeparator();
    add(tr("Volgende foto"), {Qt::Key_PageDown, Qt::CTRL | Qt::Key_Right}, [this] { Q_EMIT nextPhotoRequested(); });
    add(tr("Vorige foto"), {Qt::Key_PageUp, Qt::CTRL | Qt::Key_Left}, [this] { Q_EMIT previousPhotoRequested(); });
    add(tr("Volgend gezicht"), {Qt::Key_N}, [pane] { pane->selectNextFace(); });
    addSeparator();
    add(tr("Inzoomen"), {QKeySequence::ZoomIn, Qt::Key_Plus}, [pane] { pane->view()->zoomBy(1); });
    add(tr("Uitzoomen"), {QKeySequence::ZoomOut, Qt::Key_Minus}, [pane] { pane->view()->zoomBy(-1); });
    add(tr("Hele foto tonen"), {Qt::CTRL | Qt::Key_0}, [pane] { pane->view()->zoomToFit(); });
    add(tr("Ware grootte (100 %)"), {Qt::CTRL | Qt::Key_1}, [pane] { pane->view()->zoomToActualSize(); });
    add(tr("Voorbeeld van de export aan/uit"), {Qt::Key_P}, [pane] { pane->setPreview(!pane->isPreviewOn()); });
    addSeparator();
    add(tr("Gezicht bevestigen"), {Qt::Key_Return, Qt::Key_Enter}, [pane] { pane->confirmFace(); });
    add(tr("Andere leerling kiezen…"), {Qt::Key_L}, [pane] { pane->requestAssignment(); });
    add(tr("Geen leerling"), {Qt::Key_G}, [pane] { pane->markNotAPupil(); });
    add(tr("Geen gezicht (mogelijk gezicht tonen)"), {Qt::Key_V}, [pane] { pane->dismissPossibleFace(); });
    add(tr("Gezicht verbergen"), {Qt::Key_H}, [pane] { pane->hideFace(); });
    add(tr("Foto rechtsom draaien"), {Qt::Key_R}, [pane] { pane->turnPhoto(1); });
    add(tr("Foto linksom draaien"), {Qt::SHIFT | Qt::Key_R}, [pane] { pane->turnPhoto(-1); });
    add(tr("Foto niet gebruiken"), {Qt::Key_X}, [pane, model] {
        const int row = pane->currentRow();
        if (row >= 0)
            pane->setExcluded(!model->entry(row).review.excluded);
    });
}

void ReviewMenu::setPhotoViewShown(bool shown)
{
    for (QAction *action : std::as_const(m_photoViewActions))
        action->setEnabled(shown);
}

// Ctrl+Z and Ctrl+Shift+Z (also the platform's own redo key) in both views: one stack of
// review actions for the batch. The menu names the action they take back or do again.
void ReviewMenu::addUndoActions(QUndoStack *stack)
{
    QAction *undo = addAction(tr("Ongedaan maken"), stack, &QUndoStack::undo);
    undo->setShortcuts({QKeySequence::Undo});
    undo->setEnabled(false);
    QAction *redo = addAction(tr("Opnieuw"), stack, &QUndoStack::redo);
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    redo->setShortcuts(redoKeys);
    redo->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [this, undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("Ongedaan maken") : tr("Ongedaan maken: %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, redo, [this, redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("Opnieuw") : tr("Opnieuw: %1").arg(text));
    });
}

} // namespace bw::gui
