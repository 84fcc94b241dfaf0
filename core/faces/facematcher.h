#pragma once

#include "facedescription.h"
#include "facedescriptor.h"
#include "faceengine.h"
#include "facematch.h"
#include "strictness.h"

#include <QDate>

#include <vector>

namespace bw {

struct MatchSettings {
    double acceptDistance = 0.45;   // nearest pupil must be closer than this
    double minMargin = 0.08;        // ... and this much closer than the runner-up pupil
    QualityFloor qualityFloor;      // smaller or blurrier faces are unknown
    double suggestDistance = 0.55;  // an unmatched face this close is suggested, never accepted

    bool operator==(const MatchSettings &) const = default;
};

MatchSettings fromStrictness(Strictness strictness);

// Matches every face of one photo against the gallery (several references per pupil).
// Pure: one FaceMatch per face, in order. Fail-closed: anything but a clear, unique, close
// match is unknown.
std::vector<FaceMatch> matchFaces(const std::vector<FaceDescription> &faces,
                                  const std::vector<ReferenceDescriptor> &gallery,
                                  const MatchSettings &settings);
std::vector<FaceMatch> matchFaces(const std::vector<AnalysedFace> &faces,
                                  const std::vector<ReferenceDescriptor> &gallery,
                                  const MatchSettings &settings);

// Children change fast: a reference photo older than maxAgeMonths at `moment` (or without
// a date) should be replaced.
bool isReferenceOutdated(const QDate &photoDate, const QDate &moment, int maxAgeMonths = 12);

} // namespace bw
