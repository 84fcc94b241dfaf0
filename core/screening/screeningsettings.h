#pragma once

#include "consent/channel.h"
#include "faces/facematcher.h"
#include "redaction/redactionsettings.h"

#include <QJsonObject>
#include <QString>

namespace bw {

// Stable names of the user-facing settings, used by the CLI options and the report.
QString strictnessName(Strictness strictness);   // normal, strict, very-strict
QString redactionModeName(RedactionMode mode);   // blur, pixelate, solid

// The settings a run used, as the report records them.
QJsonObject screeningSettingsJson(const Channel &channel, Strictness strictness,
                                  const MatchSettings &match, const RedactionSettings &redaction);

} // namespace bw
