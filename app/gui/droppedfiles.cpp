#include "droppedfiles.h"

#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace bw::gui {

QStringList DroppedFiles::take(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty())
        event->acceptProposedAction();
    return paths;
}

} // namespace bw::gui
