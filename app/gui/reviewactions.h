#pragma once

#include "screening/photoreview.h"

#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;

namespace bw {
class Registry;
}

namespace bw::gui {

class PhotoListModel;
class ReviewStep;
struct ReviewState;

// The teacher's decisions about single faces, shared by the review pane (one photo) and the
// faces view (the whole batch): each edits the photo's PhotoReview in the model, which asks
// decidePhoto again, so export and report follow exactly these choices. Naming a pupil and
// dismissing a possible face move towards less privacy and are written to the registry's
// audit log. Faces are (photo row, face index of the verdict).
//
// Every decision is a command on one undo stack for the batch (Ctrl+Z, Ctrl+Shift+Z in both
// views): undo and redo set the photo's review through the model's public setters, so the
// batch is matched again (a same-day reference goes with the naming that made it) and
// whatever watches the model sees them as ordinary changes. Redoing a naming logs it again.
class ReviewActions : public QObject {
    Q_OBJECT
public:
    explicit ReviewActions(PhotoListModel *model, QObject *parent = nullptr);
    ~ReviewActions() override;

    void setRegistry(Registry *registry) { m_registry = registry; }
    void setChannelId(const QString &channelId) { m_channelId = channelId; }

    // Agrees with the pupil the tool or the teacher named; false (and nothing changes) when
    // the face names nobody: a suggestion is confirmed by naming the pupil (assignPupil).
    bool confirm(int row, int face);
    // False without a reason or for a face that was not detected (a box drawn by hand).
    bool assignPupil(int row, int face, qint64 pupilId, const QString &reason);
    bool markNotAPupil(int row, int face);
    bool hide(int row, int face);
    // "Geen gezicht": a possible face is shown after all; false for any other face.
    bool dismissPossibleFace(int row, int face);
    // Takes the teacher's decision about the face back; a box drawn by hand is removed.
    void undo(int row, int face);
    // A box drawn by hand around a face the detector missed (always hidden).
    void addDrawnFace(int row, const FaceBox &box);
    void setExcluded(int row, bool excluded);

    // The batch's undo stack. Actions between beginStep and endStep (several faces at once)
    // are undone as one.
    QUndoStack *undoStack() const { return m_undoStack; }
    void beginStep(const QString &text);
    void endStep();

Q_SIGNALS:
    void auditFailed(const QString &message);

private:
    bool isDetectedFace(int row, int face) const;
    bool decideTowardsPrivacy(int row, int face, FaceOverride::Kind kind, const QString &text);
    ReviewState stateOf(int row) const;
    // Makes the photo's state `after` as an undoable command; `applied` runs after each redo.
    void record(int row, const ReviewState &after, const QString &text, std::function<void(int row)> applied = {});

    PhotoListModel *m_model;
    Registry *m_registry = nullptr;
    QString m_channelId;
    QUndoStack *m_undoStack;
    ReviewStep *m_step = nullptr; // between beginStep and endStep
};

} // namespace bw::gui
