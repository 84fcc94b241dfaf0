#pragma once

#include "error.h"
#include "facedecision.h"
#include "faces/facebox.h"

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

// A teacher said a possible face is no face ("geen gezicht"): it is then exported visible,
// so this too is less privacy and always logged, with where it was and how sure the
// detector was.
struct PossibleFaceDismissal {
    QByteArray photoSha256Hex;
    int face = -1;              // index in the photo's analysis
    FaceBox box;
    QString channelId;
};

// Appends the "possible_face_dismissed" entry to the registry's audit log.
Result<void> recordPossibleFaceDismissal(Registry &registry, const PossibleFaceDismissal &dismissal);

} // namespace bw
