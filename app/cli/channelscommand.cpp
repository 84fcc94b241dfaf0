#include "commands.h"

#include "storage/registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bw::cli {

int runChannels(CliContext &context, const QStringList &arguments)
{
    const bool json = arguments == QStringList{QStringLiteral("--json")};
    if (!json && !arguments.isEmpty())
        return failRun(context, QStringLiteral("usage: channels [--json]"));
    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    const Result<std::vector<Channel>> channels = (*registry)->channels();
    if (!channels)
        return failRun(context, channels.error().message);

    QJsonArray array;
    for (const Channel &channel : *channels) {
        QStringList rules;
        if (channel.rules.groupPhotosOnly)
            rules.append(QStringLiteral("group_photos_only"));
        if (channel.rules.excludeOnMissingConsent)
            rules.append(QStringLiteral("exclude_on_missing_consent"));
        if (channel.rules.perPhotoConsent)
            rules.append(QStringLiteral("per_photo_consent"));
        if (json) {
            array.append(QJsonObject{{QStringLiteral("id"), channel.id},
                                     {QStringLiteral("category"), channel.category},
                                     {QStringLiteral("long_side"), channel.profile.longSide},
                                     {QStringLiteral("jpeg_quality"), channel.profile.jpegQuality},
                                     {QStringLiteral("rules"), QJsonArray::fromStringList(rules)}});
        } else {
            const QString size = channel.profile.longSide > 0
                ? QStringLiteral("long side %1 px").arg(channel.profile.longSide)
                : QStringLiteral("full size");
            context.out << channel.id << "\t" << channel.category << "\t" << size << ", JPEG q"
                        << channel.profile.jpegQuality
                        << (rules.isEmpty() ? QString() : QLatin1Char('\t') + rules.join(QLatin1Char(' ')))
                        << "\n";
        }
    }
    if (json)
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    context.out.flush();
    return 0;
}

} // namespace bw::cli
