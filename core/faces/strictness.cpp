#include "faces/strictness.h"

namespace bw {

QString strictnessName(Strictness strictness)
{
    switch (strictness) {
    case Strictness::Normal: return QStringLiteral("normal");
    case Strictness::Strict: return QStringLiteral("strict");
    case Strictness::VeryStrict: return QStringLiteral("very-strict");
    }
    return QStringLiteral("strict");
}

std::optional<Strictness> strictnessFromName(const QString &name)
{
    for (Strictness level : {Strictness::Normal, Strictness::Strict, Strictness::VeryStrict}) {
        if (name == strictnessName(level))
            return level;
    }
    return std::nullopt;
}

} // namespace bw
