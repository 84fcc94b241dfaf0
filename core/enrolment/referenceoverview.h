#pragma once

#include "consent/pupil.h"
#include "error.h"
#include "reason.h"

#include <QDate>
#include <QString>

#include <vector>

namespace bw {

class Registry;

// One stored reference as the school sees it (never the descriptor).
struct ReferenceDates {
    QDate taken;      // the photo's capture date, else its file date
    QDate added;      // when it was enrolled
    QDate expires;    // the first day it is no longer kept (retention setting)
    bool outdated = false; // the photo is more than a year old: children change fast

    bool operator==(const ReferenceDates &) const = default;
};

// Per active pupil: whether face recognition is allowed today, why not, and the references.
struct PupilReferences {
    Pupil pupil;
    bool recognitionAllowed = false;
    Reason reason = Reason::NoAnswer;   // Consent, or why not: NoAnswer, Withdrawn, ...
    std::vector<ReferenceDates> references;

    bool operator==(const PupilReferences &) const = default;
};

// What `refs list` and privacy reviews show: every active pupil, in class and name order.
Result<std::vector<PupilReferences>> referenceOverview(Registry &registry, const QDate &today);

} // namespace bw
