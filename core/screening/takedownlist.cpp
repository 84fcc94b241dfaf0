#include "takedownlist.h"

#include "consent/consentpolicy.h"
#include "storage/registry.h"

namespace bw {

Result<std::vector<ExportRecord>> exportsToTakeDown(Registry &registry, const ConsentStatement &refusal,
                                                    const QDate &today)
{
    if (refusal.granted)
        return std::vector<ExportRecord>{};
    const Result<Pupil> pupil = registry.pupil(refusal.pupilId);
    if (!pupil)
        return std::unexpected(pupil.error());
    const Result<std::vector<ConsentStatement>> history = registry.statementsFor(refusal.pupilId);
    if (!history)
        return std::unexpected(history.error());
    const Result<SchoolSettings> settings = registry.schoolSettings();
    if (!settings)
        return std::unexpected(settings.error());
    const ConsentDecision now = decideConsent(*history, pupil->birthDate, refusal.category, today, *settings);
    if (now.allowed)
        return std::vector<ExportRecord>{};
    return registry.exportHistory().toTakeDown(refusal.pupilId, refusal.category, today);
}

} // namespace bw
