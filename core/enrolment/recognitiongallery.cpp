#include "enrolment/recognitiongallery.h"

#include "storage/registry.h"

#include <map>

namespace bw {

Result<std::vector<ReferenceDescriptor>> recognitionGallery(Registry &registry, const QDate &moment)
{
    if (Result<int> enforced = registry.enforceRecognitionRules(); !enforced)
        return std::unexpected(enforced.error());
    Result<std::vector<ReferenceDescriptor>> stored = registry.references().descriptors();
    if (!stored)
        return std::unexpected(stored.error());

    std::map<qint64, bool> candidate;
    std::vector<ReferenceDescriptor> gallery;
    for (ReferenceDescriptor &reference : *stored) {
        auto known = candidate.find(reference.pupilId);
        if (known == candidate.end()) {
            const Result<ConsentDecision> consent = registry.recognitionConsent(reference.pupilId, moment);
            if (!consent)
                return std::unexpected(consent.error());
            known = candidate.emplace(reference.pupilId, consent->allowed).first;
        }
        if (known->second)
            gallery.push_back(std::move(reference));
    }
    return gallery;
}

} // namespace bw
