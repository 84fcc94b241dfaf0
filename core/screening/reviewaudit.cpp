#include "reviewaudit.h"

#include "storage/registry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bw {

Result<void> recordFaceAssignment(Registry &registry, const FaceAssignment &assignment)
{
    const QJsonObject details{
        {QStringLiteral("photo_sha256"), QString::fromLatin1(assignment.photoSha256Hex)},
        {QStringLiteral("face"), assignment.face},
        {QStringLiteral("pupil_id"), assignment.pupilId},
        {QStringLiteral("reason"), assignment.reason.trimmed()},
        {QStringLiteral("channel"), assignment.channelId},
        {QStringLiteral("visible"), assignment.decision.visible},
        {QStringLiteral("decision"), reasonCode(assignment.decision.reason)},
    };
    return registry.appendAudit(QStringLiteral("face_assigned"), details);
}

Result<void> recordPossibleFaceDismissal(Registry &registry, const PossibleFaceDismissal &dismissal)
{
    const cv::Rect2f &rect = dismissal.box.rect;
    const QJsonArray box{qRound(rect.x), qRound(rect.y), qRound(rect.width), qRound(rect.height)};
    const QJsonObject details{
        {QStringLiteral("photo_sha256"), QString::fromLatin1(dismissal.photoSha256Hex)},
        {QStringLiteral("face"), dismissal.face},
        {QStringLiteral("box"), box},
        {QStringLiteral("score"), double(dismissal.box.score)},
        {QStringLiteral("channel"), dismissal.channelId},
    };
    return registry.appendAudit(QStringLiteral("possible_face_dismissed"), details);
}

} // namespace bw
