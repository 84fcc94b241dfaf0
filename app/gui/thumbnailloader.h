#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QStringList>

#include <utility>

class QThreadPool;

namespace bw::gui {

// Quick thumbnails for the grid, read at reduced size by Qt's image readers on the thread
// pool, so tiles fill within seconds while the slower face analysis is still running. A
// format Qt cannot read (HEIC without a plugin) gets its thumbnail from the analysis instead.
class ThumbnailLoader : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailLoader(QThreadPool *pool, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    void load(const QStringList &paths);
    void cancel();

    static QImage readThumbnail(const QString &path, int longSide);

Q_SIGNALS:
    void thumbnailReady(const QString &path, const QImage &thumbnail);

private:
    void startNext();

    QThreadPool *m_pool;
    QFutureWatcher<std::pair<QString, QImage>> m_watcher;
    QStringList m_queue;
};

} // namespace bw::gui
