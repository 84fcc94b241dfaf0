#include "screeningsettings.h"

#include <cmath>

namespace bw {

QString redactionModeName(RedactionMode mode)
{
    switch (mode) {
    case RedactionMode::Blur: return QStringLiteral("blur");
    case RedactionMode::Pixelate: return QStringLiteral("pixelate");
    case RedactionMode::Solid: return QStringLiteral("solid");
    }
    return QStringLiteral("blur");
}

QJsonObject screeningSettingsJson(const ScreeningJob &job, const DetectorSettings &detector)
{
    // Three decimals: the float 0.4f reads 0.4 in the report, not 0.4000000059604645.
    const auto threshold = [](float value) { return std::round(double(value) * 1000.0) / 1000.0; };
    const Channel &channel = job.consent.channel;
    const MatchSettings match = job.match();
    return QJsonObject{
        {QStringLiteral("version"), QStringLiteral(BW_VERSION)},
        {QStringLiteral("strictness"), strictnessName(job.strictness)},
        {QStringLiteral("accept_distance"), match.acceptDistance},
        {QStringLiteral("min_margin"), match.minMargin},
        {QStringLiteral("min_face_width"), double(match.qualityFloor.minWidthPx)},
        {QStringLiteral("batch_references"), job.batchReferences},
        {QStringLiteral("face_threshold"), threshold(detector.scoreThreshold)},
        {QStringLiteral("candidate_threshold"), threshold(detector.candidateThreshold)},
        {QStringLiteral("redaction"), redactionModeName(job.redaction.mode)},
        {QStringLiteral("long_side"), channel.profile.longSide},
        {QStringLiteral("jpeg_quality"), channel.profile.jpegQuality},
        {QStringLiteral("group_photos_only"), channel.rules.groupPhotosOnly},
        {QStringLiteral("exclude_on_missing_consent"), channel.rules.excludeOnMissingConsent},
        {QStringLiteral("per_photo_consent"), channel.rules.perPhotoConsent},
    };
}

} // namespace bw
