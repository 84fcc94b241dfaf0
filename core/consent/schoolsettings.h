#pragma once

namespace bw {

// How a school runs consent (DOMAIN.md §2, §4): each school chooses its own regime.
struct SchoolSettings {
    enum class Validity {
        UntilChanged, // a statement holds until a later one replaces it
        SchoolYear,   // a statement holds only in the school year it was given in
    };

    Validity validity = Validity::UntilChanged;
    bool websitePerPhotoConsent = false; // the public website needs consent per photo
    int schoolYearStartMonth = 8;        // the school year starts on the 1st of this month

    bool operator==(const SchoolSettings &) const = default;
};

} // namespace bw
