#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace bw {
struct PhotoVerdict;
}

namespace bw::gui {

struct PhotoEntry;

// The badge on a thumbnail. It only reads the verdict decidePhoto gave: klaar (may be
// exported), controleren (a person must decide first), niet gebruiken (excluded or
// unreadable). While analysis runs there is no verdict yet.
class PhotoBadge {
    Q_DECLARE_TR_FUNCTIONS(PhotoBadge)
public:
    enum class Kind { Pending, Ready, Check, DoNotUse };

    static Kind kindOf(const PhotoEntry &entry);
    static QString label(Kind kind);
    static QColor colour(Kind kind);
    // Every reason of a verdict, naming the pupils it is about ("…op de klassenfoto: Joe Biden").
    static QString reasonsText(const PhotoVerdict &verdict);
};

} // namespace bw::gui
