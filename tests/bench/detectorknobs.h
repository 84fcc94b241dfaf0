#pragma once

#include "error.h"
#include "faces/facedetector.h"

#include <QString>

namespace bw::test {

// DetectorSettings from "key=value,key=value" (keys: see detectorknobs.cpp), starting from
// the shipped defaults; an unknown key or a bad value is an error.
Result<DetectorSettings> parseKnobs(const QString &spec);

} // namespace bw::test
