#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <vector>

namespace bw::gui {

class PhotoListModel;

// One face of the batch: the photo's row in the PhotoListModel and the face's index in its
// verdict (and analysis).
struct FaceRef {
    int row = -1;
    int face = -1;

    bool operator==(const FaceRef &) const = default;
    auto operator<=>(const FaceRef &) const = default;
};

enum class FaceGroupKind {
    Pupil,       // named by recognition or by the teacher
    Suggestion,  // unmatched, but the nearest enrolled pupil is within the suggestion band
    Unknown,     // everyone else, in photo order
    Possible,    // possible faces (second tier of the detector)
};

struct FaceGroup {
    FaceGroupKind kind = FaceGroupKind::Unknown;
    qint64 pupilId = 0;   // Pupil: that pupil; Suggestion: the pupil the faces look like
    QString pupilName;
    std::vector<FaceRef> faces;

    bool operator==(const FaceGroup &) const = default;
};

// The detected faces of every analysed photo, grouped for the faces view: one group per
// named pupil (by name), then one per suggested pupil ("lijkt op"), then the unknown faces
// and last the possible faces, each in photo order (photo row, then reading order). Unknown
// faces are never compared with each other: grouping people who are not enrolled would be
// biometric processing without consent (DOMAIN.md section 8). A suggestion counts only while
// the pupil may be recognised (face-recognition consent now) and the teacher has not decided
// about the face. Boxes drawn by hand are not shown here (the teacher made them herself).
std::vector<FaceGroup> groupFaces(const PhotoListModel &model);

} // namespace bw::gui
