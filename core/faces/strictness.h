#pragma once

#include <QString>

#include <optional>

namespace bw {

// How sure a match must be before a face counts as a known pupil. One setting for the
// school; every threshold behind it lives in fromStrictness() (facematcher.h).
enum class Strictness { Normal, Strict, VeryStrict };

// Stable names for reports, the registry and the CLI: "normal", "strict", "very-strict".
QString strictnessName(Strictness strictness);
std::optional<Strictness> strictnessFromName(const QString &name);

} // namespace bw
