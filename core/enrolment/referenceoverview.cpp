#include "enrolment/referenceoverview.h"

#include "consent/referenceretention.h"
#include "faces/facematcher.h"
#include "storage/registry.h"

#include <map>

namespace bw {

Result<std::vector<PupilReferences>> referenceOverview(Registry &registry, const QDate &today)
{
    const Result<std::vector<Pupil>> pupils = registry.pupils();
    if (!pupils)
        return std::unexpected(pupils.error());
    const Result<std::vector<StoredReference>> stored = registry.references().list();
    if (!stored)
        return std::unexpected(stored.error());
    const Result<SchoolSettings> settings = registry.schoolSettings();
    if (!settings)
        return std::unexpected(settings.error());

    std::map<qint64, std::vector<ReferenceDates>> byPupil;
    for (const StoredReference &reference : *stored) {
        byPupil[reference.pupilId].push_back({reference.photoDate, reference.addedOn,
                                              referenceExpiry(reference.addedOn, *settings),
                                              isReferenceOutdated(reference.photoDate, today)});
    }
    std::vector<PupilReferences> overview;
    for (const Pupil &pupil : *pupils) {
        if (!pupil.active)
            continue;
        const Result<ConsentDecision> consent = registry.recognitionConsent(pupil.id, today);
        if (!consent)
            return std::unexpected(consent.error());
        overview.push_back({pupil, consent->allowed, consent->reason, byPupil[pupil.id]});
    }
    return overview;
}

} // namespace bw
