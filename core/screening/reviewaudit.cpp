#include "reviewaudit.h"

#include "storage/registry.h"

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

} // namespace bw
