#include "screeningsettings.h"

namespace bw {

QString strictnessName(Strictness strictness)
{
    switch (strictness) {
    case Strictness::Normal: return QStringLiteral("normal");
    case Strictness::Strict: return QStringLiteral("strict");
    case Strictness::VeryStrict: return QStringLiteral("very-strict");
    }
    return QStringLiteral("strict");
}

QString redactionModeName(RedactionMode mode)
{
    switch (mode) {
    case RedactionMode::Blur: return QStringLiteral("blur");
    case RedactionMode::Pixelate: return QStringLiteral("pixelate");
    case RedactionMode::Solid: return QStringLiteral("solid");
    }
    return QStringLiteral("blur");
}

QJsonObject screeningSettingsJson(const Channel &channel, Strictness strictness,
                                  const MatchSettings &match, const RedactionSettings &redaction)
{
    return QJsonObject{
        {QStringLiteral("version"), QStringLiteral(BW_VERSION)},
        {QStringLiteral("strictness"), strictnessName(strictness)},
        {QStringLiteral("accept_distance"), match.acceptDistance},
        {QStringLiteral("min_margin"), match.minMargin},
        {QStringLiteral("min_face_width"), double(match.qualityFloor.minWidthPx)},
        {QStringLiteral("redaction"), redactionModeName(redaction.mode)},
        {QStringLiteral("long_side"), channel.profile.longSide},
        {QStringLiteral("jpeg_quality"), channel.profile.jpegQuality},
        {QStringLiteral("group_photos_only"), channel.rules.groupPhotosOnly},
        {QStringLiteral("exclude_on_missing_consent"), channel.rules.excludeOnMissingConsent},
        {QStringLiteral("per_photo_consent"), channel.rules.perPhotoConsent},
    };
}

} // namespace bw
