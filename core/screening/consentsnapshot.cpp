#include "consentsnapshot.h"

namespace bw {

const PupilConsent *ConsentSnapshot::find(qint64 pupilId) const
{
    const auto found = pupils.find(pupilId);
    return found == pupils.end() ? nullptr : &found->second;
}

} // namespace bw
