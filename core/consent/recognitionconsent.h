#pragma once

#include "consent/consentpolicy.h"
#include "consent/pupil.h"

#include <QString>

namespace bw {

// The consent question for automatic face recognition (DOMAIN.md section 8): comparing a
// face with stored reference data is biometric processing, allowed only with explicit
// consent for exactly that. It is a consent category like the others (CSV column,
// history, 16+ rule, objection of the other parent) but no channel publishes under it:
// it decides who may be enrolled (reference descriptors stored) and matched.
QString recognitionCategory(); // "gezichtsherkenning"

bool isRecognitionCategory(const QString &category);

// May the pupil be enrolled and recognised automatically on `moment`? decideConsent for the
// recognition question: no answer, "nee", a withdrawal by one parent, an objection of the
// other parent, an expired statement or a 16+ pupil without their own "ja" all mean no; a
// pupil who left the school (inactive) never is.
ConsentDecision decideRecognitionConsent(const Pupil &pupil, const std::vector<ConsentStatement> &history,
                                         const QDate &moment, const SchoolSettings &settings);

} // namespace bw
