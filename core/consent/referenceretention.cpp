#include "referenceretention.h"

#include "consent/consentpolicy.h"

namespace bw {

QDate referenceExpiry(const QDate &addedOn, const SchoolSettings &settings)
{
    if (!addedOn.isValid())
        return {};
    if (settings.referenceRetentionMonths > 0)
        return addedOn.addMonths(settings.referenceRetentionMonths);
    // The next school year starts a year after this one; its first month still belongs to
    // the summer holiday, so the reference goes on the first day of the month after that.
    return schoolYearStart(addedOn, settings.schoolYearStartMonth).addYears(1).addMonths(1);
}

bool isReferenceExpired(const QDate &addedOn, const QDate &today, const SchoolSettings &settings)
{
    const QDate expiry = referenceExpiry(addedOn, settings);
    return !expiry.isValid() || today >= expiry;
}

} // namespace bw
