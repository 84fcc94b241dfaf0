#pragma once

#include "consent/pupil.h"
#include "consent/schoolsettings.h"
#include "error.h"
#include "screening/consentsnapshot.h"
#include "screening/photoanalyser.h"
#include "screening/photoreview.h"
#include "storage/photorequest.h"

#include <QDateTime>

#include <opencv2/core/types.hpp>

#include <vector>

namespace bw {

class Registry;

// One request the registry holds, with its pupil and which face of the photo is theirs.
struct MadeRequest {
    PhotoRequest request;
    Pupil pupil;
    std::size_t face = 0;   // index into PhotoRequestSet::faces
    bool reused = false;    // an open request for this pupil and photo was there already
};

// The requests one photo needs, and what its letters need to show it: the photo's analysis
// (to decode it again, PhotoAnalyser::reload) and every face of its verdict (the teacher's
// drawn boxes included), in the analysed photo's pixels.
struct PhotoRequestSet {
    PhotoAnalysis analysis;
    std::vector<cv::Rect2f> faces;
    std::vector<MadeRequest> requests;
};

// The requests one analysed photo needs on a channel with per-photo consent (DOMAIN.md
// section 2): one per pupil the photo waits for (PhotoVerdict::pupilsNeedingPhotoConsent,
// judged with the teacher's review), stored in the registry. A request still open for the
// same pupil, photo and category is reused (same code, same last day); new ones expire
// after the school's photoRequestDays. A photo that waits for nobody needs none. Reads no
// pixels: the letters are made afterwards (writeRequestLetters in app/documents).
class PhotoRequestMaker {
public:
    PhotoRequestMaker(Registry &registry, ConsentSnapshot consent, SchoolSettings settings);

    Result<PhotoRequestSet> make(const PhotoAnalysis &analysis, const PhotoReview &review = {},
                                 const QDateTime &now = QDateTime::currentDateTime());

private:
    // The open request for the pupil and photo, or a new, stored one.
    Result<MadeRequest> requestFor(const Pupil &pupil, const Photo &photo, const QString &source,
                                   const QDateTime &now);

    Registry &m_registry;
    ConsentSnapshot m_consent;
    SchoolSettings m_settings;
};

} // namespace bw
