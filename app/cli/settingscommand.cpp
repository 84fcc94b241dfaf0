#include "commands.h"

#include "consent/schoolsettingkeys.h"
#include "faces/strictness.h"
#include "storage/registry.h"

#include <functional>
#include <vector>

namespace bw::cli {

namespace {

// One line of `settings`: the school settings of core's table, plus the recognition
// strictness, which the registry keeps apart (it belongs to the faces stage).
struct SettingRow {
    QString key;
    QString values;
    QString description;
    std::function<Result<QString>(Registry &)> read;
    std::function<Result<void>(Registry &, const QString &)> write;
};

SettingRow rowFor(const SchoolSettingKey &key)
{
    return {key.key, key.values, key.description,
            [&key](Registry &registry) -> Result<QString> {
                const Result<SchoolSettings> settings = registry.schoolSettings();
                if (!settings)
                    return std::unexpected(settings.error());
                return key.text(*settings);
            },
            [&key](Registry &registry, const QString &value) -> Result<void> {
                Result<SchoolSettings> settings = registry.schoolSettings();
                if (!settings)
                    return std::unexpected(settings.error());
                if (Result<void> parsed = key.parse(*settings, value); !parsed)
                    return parsed;
                return registry.setSchoolSettings(*settings);
            }};
}

SettingRow strictnessRow()
{
    const QString values = QStringLiteral("normal|strict|very-strict");
    return {QStringLiteral("strictness"), values,
            QStringLiteral("how sure recognition must be before a face is named (raised to at least strict "
                           "for extern channels)"),
            [](Registry &registry) -> Result<QString> {
                const Result<Strictness> strictness = registry.strictness();
                if (!strictness)
                    return std::unexpected(strictness.error());
                return strictnessName(*strictness);
            },
            [values](Registry &registry, const QString &value) -> Result<void> {
                const std::optional<Strictness> strictness = strictnessFromName(value.trimmed());
                if (!strictness)
                    return fail(ErrorCode::InvalidArgument, MessageId::SettingBadValue, QStringLiteral("strictness"),
                                values, value);
                return registry.setStrictness(*strictness);
            }};
}

const std::vector<SettingRow> &settingRows()
{
    static const std::vector<SettingRow> rows = [] {
        std::vector<SettingRow> all;
        for (const SchoolSettingKey &key : schoolSettingKeys())
            all.push_back(rowFor(key));
        all.push_back(strictnessRow());
        return all;
    }();
    return rows;
}

} // namespace

// settings                list every school setting with its value, what it accepts and means
// settings KEY            print one value
// settings KEY VALUE      set it (recorded in the audit log; a shorter retention or
//                         validity period deletes what may no longer be kept at once)
int runSettings(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() > 2)
        return failRun(context, QStringLiteral("usage: settings [KEY [VALUE]]"));
    std::vector<const SettingRow *> shown;
    for (const SettingRow &row : settingRows()) {
        if (arguments.isEmpty() || row.key == arguments.first())
            shown.push_back(&row);
    }
    if (shown.empty())
        return failRun(context, QStringLiteral("no school setting '%1'; `beeldwacht-cli settings` lists them")
                                    .arg(arguments.first()));
    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    if (arguments.size() == 2) {
        if (Result<void> written = shown.front()->write(**registry, arguments[1]); !written)
            return failRun(context, written.error().message);
    }
    for (const SettingRow *row : shown) {
        const Result<QString> value = row->read(**registry);
        if (!value)
            return failRun(context, value.error().message);
        context.out << row->key << " = " << *value;
        if (arguments.isEmpty())
            context.out << "\t(" << row->values << ") " << row->description;
        context.out << "\n";
    }
    context.out.flush();
    return 0;
}

} // namespace bw::cli
