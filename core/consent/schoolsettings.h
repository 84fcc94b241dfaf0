#pragma once

#include <QString>

namespace bw {

// How a school runs consent (DOMAIN.md §2, §4, §8): each school chooses its own regime.
// Every field is a setting of `beeldwacht-cli settings`: add it to schoolSettingKeys() too.
struct SchoolSettings {
    enum class Validity {
        UntilChanged, // a statement holds until a later one replaces it
        SchoolYear,   // a statement holds only in the school year it was given in
    };

    QString schoolName;                  // printed on the consent form
    Validity validity = Validity::UntilChanged;
    bool websitePerPhotoConsent = false; // the public website needs consent per photo
    int schoolYearStartMonth = 8;        // the school year starts on the 1st of this month
    // How long reference photos and their descriptors are kept, in months after they were
    // added; 0 = the school year they were added in plus the summer holiday.
    int referenceRetentionMonths = 0;
    // How long the export history (which pupil is visible on which published file) is kept:
    // long enough to answer a parent about photos still online, no longer (DOMAIN.md §7).
    int exportHistoryMonths = 24;
    // How many days a parent has to answer a request for consent for one photo; an
    // unanswered request past that counts as "nee".
    int photoRequestDays = 30;
    // How many days the teacher's review of a batch (her decisions per face, drawn boxes,
    // turns; ReviewStore) is kept after its last change, for when the app is closed or
    // crashes before the export; "Reeks sluiten" deletes it sooner.
    int reviewRetentionDays = 30;

    bool operator==(const SchoolSettings &) const = default;
};

} // namespace bw
