#include "screeningjob.h"

#include "storage/registry.h"

#include <algorithm>

namespace bw {

Strictness strictnessFor(const Channel &channel, Strictness school)
{
    if (channel.category == QLatin1String("extern"))
        return std::max(school, Strictness::Strict);
    return school;
}

Result<ScreeningJob> prepareScreeningJob(Registry &registry, const QString &channelId,
                                         const QDate &moment, const RedactionSettings &redaction,
                                         std::optional<Strictness> strictness)
{
    Result<ConsentSnapshot> consent = takeConsentSnapshot(registry, channelId, moment);
    if (!consent)
        return std::unexpected(consent.error());
    if (!strictness) {
        Result<Strictness> school = registry.strictness();
        if (!school)
            return std::unexpected(school.error());
        strictness = *school;
    }
    ScreeningJob job;
    job.strictness = strictnessFor(consent->channel, *strictness);
    job.consent = std::move(*consent);
    job.redaction = redaction;
    return job;
}

} // namespace bw
