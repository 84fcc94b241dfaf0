#pragma once

#include "error.h"
#include "faces/strictness.h"
#include "screening/screeningsettings.h"

#include <QDate>
#include <QString>

#include <optional>

namespace bw::cli {

// Option values shared by several commands, parsed with a clear message on a bad value.
Result<QDate> parseMoment(const QString &text);              // empty = today
// normal, strict, very-strict; empty = not given (the school's setting applies).
Result<std::optional<Strictness>> parseOptionalStrictness(const QString &text);
Result<RedactionMode> parseRedactionMode(const QString &text);

} // namespace bw::cli
