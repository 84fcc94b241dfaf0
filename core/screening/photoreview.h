#pragma once

#include "faces/facebox.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace bw {

// What the teacher decided about one face. More privacy is one click; naming a pupil for a
// face the tool could not recognise needs a reason, and still shows the face only when
// that pupil's consent allows it.
struct FaceOverride {
    enum class Kind { Hide, NotAPupil, AssignPupil };
    Kind kind = Kind::Hide;
    qint64 pupilId = 0;    // AssignPupil only
    QString reason;        // required for AssignPupil; logged

    bool operator==(const FaceOverride &) const = default;
};

// The teacher's review of one photo: overrides by face index, boxes drawn by hand around
// faces the detector missed (always hidden), and whether the photo is dropped.
struct PhotoReview {
    std::map<int, FaceOverride> overrides;
    std::vector<FaceBox> drawnFaces;
    bool excluded = false;

    bool operator==(const PhotoReview &) const = default;
};

} // namespace bw
