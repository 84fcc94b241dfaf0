#include "clioptions.h"

namespace bw::cli {

Result<QDate> parseMoment(const QString &text)
{
    if (text.isEmpty())
        return QDate::currentDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return fail(ErrorCode::InvalidArgument, MessageId::InvalidOption, QStringLiteral("--at"), text,
                    QStringLiteral("a date as YYYY-MM-DD"));
    return date;
}

Result<std::optional<Strictness>> parseOptionalStrictness(const QString &text)
{
    if (text.isEmpty())
        return std::optional<Strictness>();
    if (const std::optional<Strictness> level = strictnessFromName(text))
        return level;
    return fail(ErrorCode::InvalidArgument, MessageId::InvalidOption, QStringLiteral("--strictness"), text,
                QStringLiteral("normal, strict or very-strict"));
}

Result<RedactionMode> parseRedactionMode(const QString &text)
{
    for (RedactionMode mode : {RedactionMode::Blur, RedactionMode::Pixelate, RedactionMode::Solid}) {
        if (text == redactionModeName(mode))
            return mode;
    }
    return fail(ErrorCode::InvalidArgument, MessageId::InvalidOption, QStringLiteral("--redaction"), text,
                QStringLiteral("blur, pixelate or solid"));
}

} // namespace bw::cli
