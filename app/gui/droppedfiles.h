#pragma once

#include <QStringList>

class QDropEvent;

namespace bw::gui {

// Files and folders dragged from a file manager onto the window, the export dialog or the
// reference-photo area.
class DroppedFiles {
public:
    // The local paths of a drop (links to anything else are left out); the drop is accepted
    // when there is at least one.
    static QStringList take(QDropEvent *event);
};

} // namespace bw::gui
