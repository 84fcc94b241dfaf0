#pragma once

#include "error.h"
#include "screening/screeningsettings.h"

#include <QDate>
#include <QString>

namespace bw::cli {

// Option values shared by several commands, parsed with a clear message on a bad value.
Result<QDate> parseMoment(const QString &text);              // empty = today
Result<Strictness> parseStrictness(const QString &text);     // normal, strict, very-strict
Result<RedactionMode> parseRedactionMode(const QString &text);

} // namespace bw::cli
