#include "reviewcommand.h"

#include "photolistmodel.h"

#include <utility>

namespace bw::gui {

ReviewCommand::ReviewCommand(PhotoListModel *model, int row, ReviewState before, ReviewState after,
                             const QString &text, std::function<void(int row)> applied, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_sourcePath(model->entry(row).sourcePath)
    , m_quarterTurns(model->entry(row).review.quarterTurns)
    , m_detectedFaces(model->entry(row).analysis.faces.size())
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_applied(std::move(applied))
{
}

int ReviewCommand::currentRow() const
{
    const int row = m_model->rowOf(m_sourcePath);
    if (row < 0)
        return -1;
    const PhotoEntry &entry = m_model->entry(row);
    const bool sameFaces = entry.analysed && !entry.analysis.error && entry.review.quarterTurns == m_quarterTurns
                           && entry.analysis.faces.size() == m_detectedFaces;
    return sameFaces ? row : -1;
}

void ReviewCommand::redo()
{
    const int row = currentRow();
    if (row < 0) {
        setObsolete(true);
        return;
    }
    apply(row, m_after);
    if (m_applied)
        m_applied(row);
}

void ReviewCommand::undo()
{
    const int row = currentRow();
    if (row < 0) {
        setObsolete(true);
        return;
    }
    apply(row, m_before);
}

void ReviewCommand::apply(int row, const ReviewState &state)
{
    m_model->setReview(row, state.review);
    const std::set<int> confirmed = m_model->entry(row).confirmedFaces;
    for (const int face : confirmed) {
        if (!state.confirmedFaces.contains(face))
            m_model->setConfirmed(row, face, false);
    }
    for (const int face : state.confirmedFaces) {
        if (!confirmed.contains(face))
            m_model->setConfirmed(row, face, true);
    }
}

void ReviewStep::redo()
{
    if (std::exchange(m_applied, false))
        return;
    QUndoCommand::redo();
}

} // namespace bw::gui
