#pragma once

namespace bw {

// Wall-clock milliseconds spent in each stage of one photo (for the benchmark).
struct StageTimes {
    double decode = 0;
    double detect = 0;
    double describe = 0;   // align + descriptor
    double match = 0;
    double redact = 0;
    double encode = 0;     // resize + JPEG + write

    StageTimes &operator+=(const StageTimes &other);
    bool operator==(const StageTimes &) const = default;
};

} // namespace bw
