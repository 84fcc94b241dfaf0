#include "detectorknobs.h"

#include <QStringList>

#include <functional>
#include <map>

namespace bw::test {

Result<DetectorSettings> parseKnobs(const QString &spec)
{
    DetectorSettings settings;
    using Setter = std::function<void(double)>;
    const std::map<QString, Setter> knobs{
        {QStringLiteral("score"), [&](double v) { settings.scoreThreshold = float(v); }},
        {QStringLiteral("minface"), [&](double v) { settings.minFaceSize = float(v); }},
        {QStringLiteral("netface"), [&](double v) { settings.minFaceInNetwork = float(v); }},
        {QStringLiteral("coarse"), [&](double v) { settings.coarseLongSide = int(v); }},
        {QStringLiteral("tile"), [&](double v) { settings.tileSize = int(v); }},
        {QStringLiteral("overlap"), [&](double v) { settings.tileOverlap = int(v); }},
        {QStringLiteral("nms"), [&](double v) { settings.nmsIouThreshold = float(v); }},
        {QStringLiteral("candidate"), [&](double v) { settings.candidateThreshold = float(v); }},
        {QStringLiteral("pad"), [&](double v) { settings.borderPadding = float(v); }},
        {QStringLiteral("inside"), [&](double v) { settings.minInsideFraction = float(v); }},
        {QStringLiteral("edge"), [&](double v) { settings.edgeCandidateThreshold = float(v); }},
    };
    for (const QString &item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto knob = knobs.find(item.section(QLatin1Char('='), 0, 0).trimmed());
        bool ok = false;
        const double value = item.section(QLatin1Char('='), 1).toDouble(&ok);
        if (knob == knobs.end() || !ok)
            return fail(ErrorCode::InvalidArgument, MessageId::InvalidOption, QStringLiteral("a detector knob"), item,
                        QStringLiteral("key=number"));
        knob->second(value);
    }
    return settings;
}

} // namespace bw::test
