#pragma once

#include "error.h"
#include "facedecision.h"

#include <QByteArray>
#include <QString>

namespace bw {

class Registry;

// A teacher named a pupil for a face: a step towards less privacy, so it is always logged
// with the reason typed and what decidePhoto made of it (visible only with consent).
struct FaceAssignment {
    QByteArray photoSha256Hex;
    int face = -1;              // index in the photo's analysis
    qint64 pupilId = 0;
    QString reason;             // as the teacher typed it
    QString channelId;
    FaceDecision decision;      // after the assignment
};

// Appends the "face_assigned" entry to the registry's audit log.
Result<void> recordFaceAssignment(Registry &registry, const FaceAssignment &assignment);

} // namespace bw
