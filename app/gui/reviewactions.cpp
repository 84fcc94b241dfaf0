#include "reviewactions.h"

#include "errortext.h"
#include "photolistmodel.h"
#include "screening/reviewaudit.h"
#include "storage/registry.h"

namespace bw::gui {

ReviewActions::ReviewActions(PhotoListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
}

bool ReviewActions::isDetectedFace(int row, int face) const
{
    return row >= 0 && row < m_model->rowCount() && face >= 0
           && face < int(m_model->entry(row).analysis.faces.size())
           && face < int(m_model->entry(row).verdict.faces.size());
}

bool ReviewActions::confirm(int row, int face)
{
    if (!isDetectedFace(row, face))
        return false;
    // Agreeing with a name the tool or the teacher already gave changes nothing; a name
    // the tool only suggests is an assignment and needs a reason like any other.
    if (!m_model->entry(row).verdict.faces[std::size_t(face)].pupilId)
        return false;
    m_model->setConfirmed(row, face, true);
    return true;
}

bool ReviewActions::assignPupil(int row, int face, qint64 pupilId, const QString &reason)
{
    if (!isDetectedFace(row, face) || reason.trimmed().isEmpty())
        return false;
    const PhotoEntry &entry = m_model->entry(row);
    PhotoReview review = entry.review;
    review.overrides[face] = {FaceOverride::Kind::AssignPupil, pupilId, reason.trimmed()};
    const QByteArray sha = entry.analysis.photo.sha256Hex;
    m_model->setReview(row, review);
    m_model->setConfirmed(row, face, true);

    // Less privacy is always logged, with what decidePhoto made of it.
    const FaceDecision &decision = m_model->entry(row).verdict.faces[std::size_t(face)].decision;
    if (m_registry != nullptr) {
        Result<void> logged = recordFaceAssignment(
            *m_registry, FaceAssignment{sha, face, pupilId, reason, m_channelId, decision});
        if (!logged)
            Q_EMIT auditFailed(ErrorText::describe(logged.error()));
    }
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
    PhotoReview review = entry.review;
    review.overrides[face] = {FaceOverride::Kind::NotAFace, 0, {}};
    const PossibleFaceDismissal dismissal{entry.analysis.photo.sha256Hex, face, box, m_channelId};
    m_model->setConfirmed(row, face, false);
    m_model->setReview(row, review);
    if (m_registry != nullptr) {
        if (Result<void> logged = recordPossibleFaceDismissal(*m_registry, dismissal); !logged)
            Q_EMIT auditFailed(ErrorText::describe(logged.error()));
    }
    return true;
}

bool ReviewActions::markNotAPupil(int row, int face)
{
    return decideTowardsPrivacy(row, face, FaceOverride::Kind::NotAPupil);
}

bool ReviewActions::hide(int row, int face)
{
    return decideTowardsPrivacy(row, face, FaceOverride::Kind::Hide);
}

// More privacy is one click: nothing to log.
bool ReviewActions::decideTowardsPrivacy(int row, int face, FaceOverride::Kind kind)
{
    if (!isDetectedFace(row, face))
        return false;
    PhotoReview review = m_model->entry(row).review;
    review.overrides[face] = {kind, 0, {}};
    m_model->setConfirmed(row, face, false);
    m_model->setReview(row, review);
    return true;
}

void ReviewActions::undo(int row, int face)
{
    if (row < 0 || row >= m_model->rowCount() || face < 0)
        return;
    const PhotoEntry &entry = m_model->entry(row);
    PhotoReview review = entry.review;
    const int detected = int(entry.analysis.faces.size());
    if (face < detected) {
        review.overrides.erase(face);
        m_model->setConfirmed(row, face, false);
    } else if (face - detected < int(review.drawnFaces.size())) {
        review.drawnFaces.erase(review.drawnFaces.begin() + (face - detected));
    }
    m_model->setReview(row, review);
}

} // namespace bw::gui
