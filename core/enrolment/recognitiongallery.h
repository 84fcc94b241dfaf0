#pragma once

#include "error.h"
#include "faces/facedescriptor.h"

#include <QDate>

#include <vector>

namespace bw {

class Registry;

// The reference descriptors a screening may match faces against: the one place that decides
// who is a candidate in matching (DOMAIN.md section 8). First the registry deletes whatever
// may no longer be kept today (consent ended by date, retention over); then only the
// references of active pupils whose face-recognition consent holds on `moment` are given
// out. Everyone else is, for the analyser, an unknown face: hidden unless the teacher
// identifies them by hand.
Result<std::vector<ReferenceDescriptor>> recognitionGallery(Registry &registry, const QDate &moment);

} // namespace bw
