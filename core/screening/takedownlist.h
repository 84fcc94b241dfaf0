#pragma once

#include "consent/consentstatement.h"
#include "error.h"
#include "storage/exportrecord.h"

#include <QDate>

#include <vector>

namespace bw {

class Registry;

// What a withdrawal asks the school to take down: every export on a channel of the
// statement's category on which the pupil is visible, when after the statement that
// consent no longer holds on `today` (a "nee" followed by a later "ja" withdraws nothing).
// Photos published with valid consent need not come down by themselves (DOMAIN.md §3);
// this is the list the school works from when a parent asks.
Result<std::vector<ExportRecord>> exportsToTakeDown(Registry &registry, const ConsentStatement &refusal,
                                                    const QDate &today);

} // namespace bw
