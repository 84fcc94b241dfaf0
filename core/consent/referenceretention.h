#pragma once

#include "consent/schoolsettings.h"

#include <QDate>

namespace bw {

// Biometric data is kept only as long as needed (DOMAIN.md §8). The first day on which a
// reference added on `addedOn` is no longer kept: by default the school year it was added
// in plus the summer holiday (with the school year starting on 1 August: 1 September of
// the next calendar year after the school year ends), else `referenceRetentionMonths`
// after it was added. An invalid date has expired.
QDate referenceExpiry(const QDate &addedOn, const SchoolSettings &settings);

bool isReferenceExpired(const QDate &addedOn, const QDate &today, const SchoolSettings &settings);

} // namespace bw
