#pragma once

#include "facedecision.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace bw {

enum class PhotoStatus {
    Exported,     // may be written: every face is visible by consent or hidden
    NeedsReview,  // a person must decide first (e.g. per-photo website consent to ask)
    Excluded,     // a channel rule, the teacher or an error keeps it out
};

QString photoStatusCode(PhotoStatus status); // "exported", "needs_review", "excluded"

struct PhotoVerdict {
    PhotoStatus status = PhotoStatus::Excluded;
    QList<Reason> reasons;                 // e.g. DominantFace, ReadError
    std::vector<ScreenedFace> faces;
    QStringList pupilsNeedingPhotoConsent; // website with per-photo consent
    // Class photo kept out (pupil_without_consent): the recognised pupils it may not show, and
    // how many other faces might be such a pupil.
    QStringList pupilsWithoutConsent;
    int unknownFacesWithoutConsent = 0;

    int hiddenFaceCount() const;          // possible faces included
    int hiddenPossibleFaceCount() const;
    // The faces an export hides on this photo: none when the photo is not exported. The one
    // count behind "faces hidden" before an export (GUI summary) and after it (outcome).
    int hiddenFacesInExport() const;
    bool operator==(const PhotoVerdict &) const = default;
};

} // namespace bw
