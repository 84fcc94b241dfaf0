#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QRect>
#include <QSet>

#include <vector>

class QThreadPool;

namespace bw::gui {

struct PhotoEntry;

// The pictures of the faces view: each face cut out of its photo with some margin. A photo is
// decoded once for all its faces, on the thread pool and only when one of its tiles is
// first painted, so a batch of 1,500 faces costs nothing until it is scrolled through.
// Cut from the very pixels the boxes refer to (core's loader, turned as the teacher did).
class FaceTileLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kTileSize = 112;

    explicit FaceTileLoader(QThreadPool *pool, QObject *parent = nullptr);
    ~FaceTileLoader() override;

    // The face's tile, or a null image while it is being cut (tileReady follows).
    QImage tile(const PhotoEntry &entry, int face);
    // The face cut out of a decoded photo (tests and the pupil chooser use the same cut).
    static QImage cutFace(const QImage &photo, const QSize &sourceSize, const QRectF &face, int size);

Q_SIGNALS:
    void tilesReady(const QString &sourcePath);

private:
    struct Job {
        QString path;
        int quarterTurns = 0;
        QSize sourceSize;
        std::vector<std::pair<QString, QRectF>> faces; // cache key, box in source pixels
    };
    struct Done {
        QString path;
        QString photoKey;
        std::vector<std::pair<QString, QImage>> tiles;
    };
    static Done cut(const Job &job);
    void startNext();

    QThreadPool *m_pool;
    QFutureWatcher<Done> m_watcher;
    std::vector<Job> m_queue;
    QSet<QString> m_requested;     // photo keys queued or being cut
    QHash<QString, QImage> m_tiles;
};

} // namespace bw::gui
