#pragma once

#include <QString>

namespace bw {

// A new request code: two groups of four characters ("K7QM-3XHP") from an alphabet without
// the look-alikes 0/O, 1/I/L, 5/S, 2/Z and 8/B, so that a parent can read it off a letter and
// type it into a mail. Random (the system's generator): a code tells nothing about the
// pupil or the photo. 25^8 codes; the registry refuses a code it already holds.
QString makeRequestCode();

// True for a code of that form (after PhotoRequests::normalisedCode).
bool isRequestCode(const QString &code);

} // namespace bw
