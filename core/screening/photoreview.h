#pragma once

#include "faces/facebox.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace bw {

// What the teacher decided about one face. More privacy is one click; naming a pupil for a
// face the tool could not recognise needs a reason, and still shows the face only when
// that pupil's consent allows it. NotAFace dismisses a possible face ("geen gezicht"):
// less privacy too, so the app logs it.
struct FaceOverride {
    enum class Kind { Hide, NotAPupil, AssignPupil, NotAFace };
    Kind kind = Kind::Hide;
    qint64 pupilId = 0;    // AssignPupil only
    QString reason;        // required for AssignPupil; logged

    bool operator==(const FaceOverride &) const = default;
};

// The teacher's review of one photo: overrides by face index, boxes drawn by hand around
// faces the detector missed (always hidden), whether the photo is dropped, and how it was
// turned by hand (when its orientation was unknown). Faces and boxes are in the pixels of
// the turned photo: a turn is applied before detection, and the export uses the turned photo.
struct PhotoReview {
    std::map<int, FaceOverride> overrides;
    std::vector<FaceBox> drawnFaces;
    bool excluded = false;
    int quarterTurns = 0;  // clockwise, 0..3

    bool operator==(const PhotoReview &) const = default;
};

// The review once the teacher turns the photo (of `size` before the turn) by `quarterTurns`
// clockwise; its faces are then found again. Nothing the teacher hid comes back: boxes
// drawn by hand, and detected faces she hid or marked as no pupil, become hand-drawn boxes
// at their turned place. A pupil she named refers to the old detection and is dropped (it
// was a step towards less privacy; she names the face again). Exclusion stays.
PhotoReview turnedReview(const PhotoReview &review, const std::vector<FaceBox> &detected,
                         cv::Size size, int quarterTurns);

} // namespace bw
