#pragma once

#include "faces/facedetector.h"
#include "redaction/redactionsettings.h"
#include "screeningjob.h"

#include <QJsonObject>
#include <QString>

namespace bw {

// Stable names of the user-facing settings, used by the CLI options and the report.
QString redactionModeName(RedactionMode mode);   // blur, pixelate, solid

// The settings a run used, as the report records them: strictness and its thresholds, the
// detector's face and possible-face thresholds, redaction, the channel's export profile and
// rules, the program's version.
QJsonObject screeningSettingsJson(const ScreeningJob &job, const DetectorSettings &detector);

} // namespace bw
