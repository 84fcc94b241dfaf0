#pragma once

#include "consentsnapshot.h"
#include "facedecision.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace bw {

// Per-photo consent, for a channel that asks it (ChannelRules::perPhotoConsent, DOMAIN.md
// section 2): a pupil whom the general consent allows stays visible only with a "ja" for this
// very photo (photoBasis names it). A "nee", a withdrawal or an expired request hides the
// pupil on this photo, as does an objection. Pure. Returns the names of the pupils whose
// answer is still missing: the photo waits for them.
QStringList applyPhotoConsent(std::vector<ScreenedFace> &faces, const QString &photoSha256,
                              const ConsentSnapshot &consent);

} // namespace bw
