#pragma once

#include <QString>

namespace bw {

// How photos for a channel are written.
struct ExportProfile {
    int longSide = 0;          // 0 = full size
    int jpegQuality = 90;

    bool operator==(const ExportProfile &) const = default;
};

// Channel-specific rules on top of consent (DESIGN.md "Default channels").
struct ChannelRules {
    bool groupPhotosOnly = false;          // sociale-media: one dominant face excludes a photo
    bool excludeOnMissingConsent = false;  // klassenfoto: never blur a pupil into it
    bool perPhotoConsent = false;          // website: separate consent per photo (school setting)

    bool operator==(const ChannelRules &) const = default;
};

// A publication channel (parro, website, ...) and the consent category it needs.
struct Channel {
    QString id;                // data, Dutch: "parro", "sociale-media"
    QString category;          // consent category: "intern", "extern", "klassenfoto", ...
    ExportProfile profile;
    ChannelRules rules;

    bool operator==(const Channel &) const = default;
};

} // namespace bw
