#pragma once

#include "consent/pupil.h"
#include "consent/schoolsettings.h"
#include "error.h"
#include "redaction/redactionsettings.h"
#include "screening/consentsnapshot.h"
#include "screening/documentcontent.h"
#include "screening/photoanalyser.h"
#include "storage/photorequest.h"

#include <QDateTime>

#include <vector>

namespace bw {

class Registry;

// One request with its letter, ready to be written.
struct MadeRequest {
    PhotoRequest request;
    Pupil pupil;
    DocumentContent letter;
    bool reused = false;   // an open request for this pupil and photo was there already
};

// The requests one analysed photo needs on a channel with per-photo consent (DOMAIN.md
// section 2): one per pupil the photo waits for (PhotoVerdict::pupilsNeedingPhotoConsent),
// each with a letter that shows only that pupil. A request still open for the same pupil,
// photo and category is reused (same code, same last day); new ones are stored in the
// registry, expiring after the school's photoRequestDays. A photo that waits for nobody
// needs none.
class PhotoRequestMaker {
public:
    PhotoRequestMaker(Registry &registry, ConsentSnapshot consent, SchoolSettings settings,
                      RedactionSettings redaction = {});

    Result<std::vector<MadeRequest>> make(const AnalysedPhoto &photo,
                                          const QDateTime &now = QDateTime::currentDateTime());

private:
    // The open request for the pupil and photo, or a new, stored one.
    Result<MadeRequest> requestFor(const Pupil &pupil, const Photo &photo, const QString &source,
                                   const QDateTime &now);

    Registry &m_registry;
    ConsentSnapshot m_consent;
    SchoolSettings m_settings;
    RedactionSettings m_redaction;
};

} // namespace bw
