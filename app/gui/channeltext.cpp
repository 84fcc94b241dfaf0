#include "channeltext.h"

#include <QHash>
#include <QRegularExpression>

namespace bw::gui {

namespace {

QString readable(QString id)
{
    id.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!id.isEmpty())
        id[0] = id[0].toUpper();
    return id;
}

} // namespace

QString ChannelText::name(const QString &channelId)
{
    const QHash<QString, QString> names{
        {QStringLiteral("parro"), tr("Parro")},
        {QStringLiteral("nieuwsbrief"), tr("Nieuwsbrief")},
        {QStringLiteral("website-besloten"), tr("Website, besloten deel")},
        {QStringLiteral("website"), tr("Website")},
        {QStringLiteral("sociale-media"), tr("Sociale media")},
        {QStringLiteral("schoolgids"), tr("Schoolgids")},
        {QStringLiteral("klassenfoto"), tr("Klassenfoto")},
    };
    return names.value(channelId, readable(channelId));
}

QString ChannelText::audience(const QString &category)
{
    const QHash<QString, QString> audiences{
        {QStringLiteral("intern"), tr("binnen school")},
        {QStringLiteral("extern"), tr("openbaar")},
        {QStringLiteral("klassenfoto"), tr("alle ouders van de klas")},
    };
    return audiences.value(category, tr("toestemming %1").arg(category));
}

QString ChannelText::describe(const Channel &channel)
{
    return QStringLiteral("%1 — %2").arg(name(channel.id), audience(channel.category));
}

QString ChannelText::category(const QString &category)
{
    const QHash<QString, QString> categories{
        {QStringLiteral("intern"), tr("intern (school, ouderapp)")},
        {QStringLiteral("extern"), tr("extern (openbaar)")},
        {QStringLiteral("klassenfoto"), tr("klassenfoto")},
        {QStringLiteral("gezichtsherkenning"), tr("gezichtsherkenning")},
    };
    return categories.value(category, readable(category));
}

QString ChannelText::source(const QString &source)
{
    if (source == QLatin1String("typed in"))
        return tr("ingevoerd in Beeldwacht");
    static const QRegularExpression fileLine(QStringLiteral("^(.+):(\\d+)$"));
    if (const QRegularExpressionMatch match = fileLine.match(source); match.hasMatch())
        return tr("%1, regel %2").arg(match.captured(1), match.captured(2));
    return source;
}

} // namespace bw::gui
