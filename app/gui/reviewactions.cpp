#include "reviewactions.h"

#include "errortext.h"
#include "photolistmodel.h"
#include "reviewcommand.h"
#include "screening/reviewaudit.h"
#include "storage/registry.h"

#include <QUndoStack>

namespace bw::gui {

ReviewActions::ReviewActions(PhotoListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_undoStack(new QUndoStack(this))
{
    // A batch that starts afresh has nothing to undo.
    connect(m_model, &QAbstractItemModel::modelReset, m_undoStack, &QUndoStack::clear);
}

ReviewActions::~ReviewActions()
{
    delete m_step;
}

bool ReviewActions::isDetectedFace(int row, int face) const
{
    return row >= 0 && row < m_model->rowCount() && face >= 0
           && face < int(m_model->entry(row).analysis.faces.size())
           && face < int(m_model->entry(row).verdict.faces.size());
}

ReviewState ReviewActions::stateOf(int row) const
{
    const PhotoEntry &entry = m_model->entry(row);
    return {entry.review, entry.confirmedFaces};
}

void ReviewActions::record(int row, const ReviewState &after, const QString &text, std::function<void(int row)> applied)
{
    ReviewState before = stateOf(row);
    if (before == after)
        return;
    auto *command = new ReviewCommand(m_model, row, std::move(before), after, text, std::move(applied), m_step);
    if (m_step != nullptr)
        command->redo(); // the step is pushed, without applying again, when it ends
    else
        m_undoStack->push(command);
}

void ReviewActions::beginStep(const QString &text)
{
    if (m_step == nullptr) // a step within a step belongs to the outer one
        m_step = new ReviewStep(text);
}

void ReviewActions::endStep()
{
    ReviewStep *step = std::exchange(m_step, nullptr);
    if (step != nullptr && step->childCount() > 0)
        m_undoStack->push(step);
    else
        delete step;
}

bool ReviewActions::confirm(int row, int face)
{
    if (!isDetectedFace(row, face))
        return false;
    // Agreeing with a name the tool or the teacher already gave changes nothing; a name
    // the tool only suggests is an assignment and needs a reason like any other.
    const std::optional<qint64> pupilId = m_model->entry(row).verdict.faces[std::size_t(face)].pupilId;
    if (!pupilId)
        return false;
    ReviewState after = stateOf(row);
    after.confirmedFaces.insert(face);
    // A confirmed match becomes the teacher's naming: a same-day reference for the rest of
    // the batch, in the app and in the export alike, taken back with the confirmation. The
    // tool named this pupil already, so it is no step towards less privacy: nothing to log.
    if (!after.review.overrides.contains(face))
        after.review.overrides[face] = {FaceOverride::Kind::AssignPupil, *pupilId, tr("bevestigd")};
    record(row, after, tr("gezicht bevestigen"));
    return true;
}

bool ReviewActions::assignPupil(int row, int face, qint64 pupilId, const QString &reason)
{
    if (!isDetectedFace(row, face) || reason.trimmed().isEmpty())
        return false;
    ReviewState after = stateOf(row);
    after.review.overrides[face] = {FaceOverride::Kind::AssignPupil, pupilId, reason.trimmed()};
    after.confirmedFaces.insert(face);
    const QByteArray sha = m_model->entry(row).analysis.photo.sha256Hex;
    // Less privacy is always logged, with what decidePhoto made of it; again when redone.
    record(row, after, tr("leerling kiezen"), [this, sha, face, pupilId, reason](int current) {
        const FaceDecision &decision = m_model->entry(current).verdict.faces[std::size_t(face)].decision;
        if (m_registry == nullptr)
            return;
        Result<void> logged = recordFaceAssignment(
            *m_registry, FaceAssignment{sha, face, pupilId, reason, m_channelId, decision});
        if (!logged)
            Q_EMIT auditFailed(ErrorText::describe(logged.error()));
    });
    return true;
}

bool ReviewActions::dismissPossibleFace(int row, int face)
{
    if (!isDetectedFace(row, face))
        return false;
    const PhotoEntry &entry = m_model->entry(row);
    const FaceBox &box = entry.analysis.faces[std::size_t(face)].box;
    if (!box.possibleFace)
        return false;
    ReviewState after = stateOf(row);
    after.review.overrides[face] = {FaceOverride::Kind::NotAFace, 0, {}};
    after.confirmedFaces.erase(face);
    const PossibleFaceDismissal dismissal{entry.analysis.photo.sha256Hex, face, box, m_channelId};
    record(row, after, tr("geen gezicht"), [this, dismissal](int) {
        if (m_registry == nullptr)
            return;
        if (Result<void> logged = recordPossibleFaceDismissal(*m_registry, dismissal); !logged)
            Q_EMIT auditFailed(ErrorText::describe(logged.error()));
    });
    return true;
}

bool ReviewActions::markNotAPupil(int row, int face)
{
    return decideTowardsPrivacy(row, face, FaceOverride::Kind::NotAPupil, tr("geen leerling"));
}

bool ReviewActions::hide(int row, int face)
{
    return decideTowardsPrivacy(row, face, FaceOverride::Kind::Hide, tr("gezicht verbergen"));
}

// More privacy is one click: nothing to log.
bool ReviewActions::decideTowardsPrivacy(int row, int face, FaceOverride::Kind kind, const QString &text)
{
    if (!isDetectedFace(row, face))
        return false;
    ReviewState after = stateOf(row);
    after.review.overrides[face] = {kind, 0, {}};
    after.confirmedFaces.erase(face);
    record(row, after, text);
    return true;
}

void ReviewActions::undo(int row, int face)
{
    if (row < 0 || row >= m_model->rowCount() || face < 0)
        return;
    ReviewState after = stateOf(row);
    const int detected = int(m_model->entry(row).analysis.faces.size());
    if (face < detected) {
        after.review.overrides.erase(face);
        after.confirmedFaces.erase(face);
    } else if (face - detected < int(after.review.drawnFaces.size())) {
        after.review.drawnFaces.erase(after.review.drawnFaces.begin() + (face - detected));
    }
    record(row, after, tr("beslissing terugnemen"));
}

void ReviewActions::addDrawnFace(int row, const FaceBox &box)
{
    ReviewState after = stateOf(row);
    after.review.drawnFaces.push_back(box);
    record(row, after, tr("gezicht omlijnen"));
}

void ReviewActions::setExcluded(int row, bool excluded)
{
    ReviewState after = stateOf(row);
    after.review.excluded = excluded;
    record(row, after, excluded ? tr("foto niet gebruiken") : tr("foto weer gebruiken"));
}

} // namespace bw::gui
