#include "schoolsettingkeys.h"

#include <utility>

namespace bw {

namespace {

Error badValue(const QString &key, const QString &values, const QString &text)
{
    return Error(ErrorCode::InvalidArgument, makeMessage(MessageId::SettingBadValue, key, values, text));
}

// "ja"/"nee" as DESIGN.md writes them; "1"/"0" is how older registries stored them.
SchoolSettingKey yesNoKey(QString key, QString description, bool SchoolSettings::*field)
{
    const QString values = QStringLiteral("ja|nee");
    return {key, values, std::move(description),
            [field](const SchoolSettings &s) { return s.*field ? QStringLiteral("ja") : QStringLiteral("nee"); },
            [key, values, field](SchoolSettings &s, const QString &text) -> Result<void> {
                const QString value = text.trimmed().toLower();
                if (value == QLatin1String("ja") || value == QLatin1String("1"))
                    s.*field = true;
                else if (value == QLatin1String("nee") || value == QLatin1String("0"))
                    s.*field = false;
                else
                    return std::unexpected(badValue(key, values, text));
                return {};
            }};
}

SchoolSettingKey numberKey(QString key, QString description, int SchoolSettings::*field, int min, int max)
{
    const QString values = QStringLiteral("%1..%2").arg(min).arg(max);
    return {key, values, std::move(description),
            [field](const SchoolSettings &s) { return QString::number(s.*field); },
            [key, values, field, min, max](SchoolSettings &s, const QString &text) -> Result<void> {
                bool ok = false;
                const int value = text.trimmed().toInt(&ok);
                if (!ok || value < min || value > max)
                    return std::unexpected(badValue(key, values, text));
                s.*field = value;
                return {};
            }};
}

SchoolSettingKey textKey(QString key, QString description, QString SchoolSettings::*field)
{
    return {std::move(key), QStringLiteral("text"), std::move(description),
            [field](const SchoolSettings &s) { return s.*field; },
            [field](SchoolSettings &s, const QString &text) -> Result<void> {
                s.*field = text.simplified();
                return {};
            }};
}

SchoolSettingKey validityKey()
{
    const QString key = QStringLiteral("validity");
    const QString values = QStringLiteral("until_changed|school_year");
    return {key, values,
            QStringLiteral("how long a consent statement holds: until a later one replaces it, or only "
                           "in the school year it was given in"),
            [](const SchoolSettings &s) {
                return s.validity == SchoolSettings::Validity::SchoolYear ? QStringLiteral("school_year")
                                                                          : QStringLiteral("until_changed");
            },
            [key, values](SchoolSettings &s, const QString &text) -> Result<void> {
                const QString value = text.trimmed().toLower();
                if (value == QLatin1String("school_year"))
                    s.validity = SchoolSettings::Validity::SchoolYear;
                else if (value == QLatin1String("until_changed"))
                    s.validity = SchoolSettings::Validity::UntilChanged;
                else
                    return std::unexpected(badValue(key, values, text));
                return {};
            }};
}

// "school_year" (0 months) or a number of months.
SchoolSettingKey retentionKey()
{
    const QString key = QStringLiteral("reference_retention");
    const QString values = QStringLiteral("school_year|1..36 (months)");
    return {key, values,
            QStringLiteral("how long reference photos and face descriptors are kept after they were "
                           "added: the school year plus the summer holiday, or a number of months"),
            [](const SchoolSettings &s) {
                return s.referenceRetentionMonths > 0 ? QString::number(s.referenceRetentionMonths)
                                                      : QStringLiteral("school_year");
            },
            [key, values](SchoolSettings &s, const QString &text) -> Result<void> {
                const QString value = text.trimmed().toLower();
                bool ok = false;
                const int months = value.toInt(&ok);
                if (value == QLatin1String("school_year"))
                    s.referenceRetentionMonths = 0;
                else if (ok && months >= 1 && months <= 36)
                    s.referenceRetentionMonths = months;
                else
                    return std::unexpected(badValue(key, values, text));
                return {};
            }};
}

} // namespace

const std::vector<SchoolSettingKey> &schoolSettingKeys()
{
    static const std::vector<SchoolSettingKey> keys{
        textKey(QStringLiteral("school_name"), QStringLiteral("the school's name, printed on the consent form"),
                &SchoolSettings::schoolName),
        validityKey(),
        yesNoKey(QStringLiteral("website_per_photo_consent"),
                 QStringLiteral("the public website needs a separate consent for each photo"),
                 &SchoolSettings::websitePerPhotoConsent),
        numberKey(QStringLiteral("school_year_start_month"),
                  QStringLiteral("the month whose 1st day starts the school year"),
                  &SchoolSettings::schoolYearStartMonth, 1, 12),
        retentionKey(),
        numberKey(QStringLiteral("export_history_months"),
                  QStringLiteral("how many months the export history (which pupil is visible on which "
                                 "exported file) is kept, to answer a parent and to know what to take down"),
                  &SchoolSettings::exportHistoryMonths, 1, 120),
        numberKey(QStringLiteral("photo_request_days"),
                  QStringLiteral("how many days a request for consent for one photo stays open; "
                                 "an unanswered request after that counts as no"),
                  &SchoolSettings::photoRequestDays, 1, 365),
        numberKey(QStringLiteral("review_retention_days"),
                  QStringLiteral("how many days the app keeps a batch's review (decisions per face, boxes, turns) "
                                 "after its last change, so that closing the app or a crash loses no work"),
                  &SchoolSettings::reviewRetentionDays, 1, 365),
    };
    return keys;
}

const SchoolSettingKey *findSchoolSettingKey(const QString &key)
{
    for (const SchoolSettingKey &entry : schoolSettingKeys()) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

} // namespace bw
