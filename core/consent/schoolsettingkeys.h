#pragma once

#include "consent/schoolsettings.h"
#include "error.h"

#include <QString>

#include <functional>
#include <vector>

namespace bw {

// One school setting by its key, as `beeldwacht-cli settings` shows and sets it and as the
// registry stores it (the same text). Adding a setting: a field in SchoolSettings and one
// entry in schoolSettingKeys(); the CLI, the registry and the audit log follow.
struct SchoolSettingKey {
    QString key;          // snake_case, e.g. "website_per_photo_consent"
    QString values;       // what it accepts, e.g. "ja|nee"
    QString description;  // one English line for `settings` and privacy.md
    std::function<QString(const SchoolSettings &)> text;
    // Sets the field from text; a clear message naming the key and the accepted values
    // when the text is not one of them.
    std::function<Result<void>(SchoolSettings &, const QString &)> parse;
};

// Every school setting, in the order `settings` lists them.
const std::vector<SchoolSettingKey> &schoolSettingKeys();

// nullptr when there is no setting with this key.
const SchoolSettingKey *findSchoolSettingKey(const QString &key);

} // namespace bw
