#include "thumbnailloader.h"

#include "analysiscontroller.h"

#include <QImageReader>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace bw::gui {

ThumbnailLoader::ThumbnailLoader(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    connect(&m_watcher, &QFutureWatcher<std::pair<QString, QImage>>::resultReadyAt, this, [this](int index) {
        const auto &[path, image] = m_watcher.resultAt(index);
        if (!image.isNull())
            Q_EMIT thumbnailReady(path, image);
    });
    connect(&m_watcher, &QFutureWatcher<std::pair<QString, QImage>>::finished, this, &ThumbnailLoader::startNext);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_queue.clear();
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ThumbnailLoader::load(const QStringList &paths)
{
    m_queue << paths;
    if (!m_watcher.isRunning())
        startNext();
}

void ThumbnailLoader::cancel()
{
    m_queue.clear();
    m_watcher.cancel();
}

QImage ThumbnailLoader::readThumbnail(const QString &path, int longSide)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // upright, like core's loader
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > longSide)
        reader.setScaledSize(size.scaled(longSide, longSide, Qt::KeepAspectRatio));
    return reader.read();
}

void ThumbnailLoader::startNext()
{
    if (m_queue.isEmpty())
        return;
    const QStringList batch = std::exchange(m_queue, {});
    m_watcher.setFuture(QtConcurrent::mapped(m_pool, batch, [](const QString &path) {
        return std::pair<QString, QImage>(path, readThumbnail(path, AnalysisController::kThumbnailSize));
    }));
}

} // namespace bw::gui
