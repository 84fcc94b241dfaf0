#include "clioptions.h"

namespace bw::cli {

Result<QDate> parseMoment(const QString &text)
{
    if (text.isEmpty())
        return QDate::currentDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("--at needs a date as YYYY-MM-DD, not '%1'").arg(text));
    return date;
}

Result<std::optional<Strictness>> parseOptionalStrictness(const QString &text)
{
    if (text.isEmpty())
        return std::optional<Strictness>();
    if (const std::optional<Strictness> level = strictnessFromName(text))
        return level;
    return fail(ErrorCode::InvalidArgument,
                QStringLiteral("--strictness must be normal, strict or very-strict, not '%1'").arg(text));
}

Result<RedactionMode> parseRedactionMode(const QString &text)
{
    for (RedactionMode mode : {RedactionMode::Blur, RedactionMode::Pixelate, RedactionMode::Solid}) {
        if (text == redactionModeName(mode))
            return mode;
    }
    return fail(ErrorCode::InvalidArgument,
                QStringLiteral("--redaction must be blur, pixelate or solid, not '%1'").arg(text));
}

} // namespace bw::cli
