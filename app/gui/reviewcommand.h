#pragma once

#include "screening/photoreview.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <set>

namespace bw::gui {

class PhotoListModel;

// What the teacher decided about one photo: her review and the faces she confirmed.
struct ReviewState {
    PhotoReview review;
    std::set<int> confirmedFaces;

    bool operator==(const ReviewState &) const = default;
};

// One review action on one photo, undoable: it sets the photo's state through the model's
// public setters (which decide the photo again and re-match the batch, so a same-day
// reference comes and goes with the action). The photo is found by its path; when it left
// the batch, or its faces were found again (a turn), the command does nothing and is dropped.
class ReviewCommand : public QUndoCommand {
public:
    ReviewCommand(PhotoListModel *model, int row, ReviewState before, ReviewState after, const QString &text,
                  std::function<void(int row)> applied, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    // The row of the photo, when it is still the photo the states refer to; -1 otherwise.
    int currentRow() const;
    void apply(int row, const ReviewState &state);

    PhotoListModel *m_model;
    QString m_sourcePath;
    int m_quarterTurns;
    std::size_t m_detectedFaces;
    ReviewState m_before;
    ReviewState m_after;
    std::function<void(int row)> m_applied; // after each redo (an assignment is logged each time)
};

// Several review actions done as one (a group in the faces view): undone and redone together.
// Its children are applied as they are made, so the first redo (QUndoStack::push) is skipped.
class ReviewStep : public QUndoCommand {
public:
    explicit ReviewStep(const QString &text) : QUndoCommand(text) {}
    void redo() override;

private:
    bool m_applied = true;
};

} // namespace bw::gui
