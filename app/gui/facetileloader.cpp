#include "facetileloader.h"

#include "imageconversion.h"
#include "photoentry.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace bw::gui {

namespace {

// A photo as cut: the same file turned otherwise is another image.
QString photoKeyOf(const PhotoEntry &entry)
{
    return entry.sourcePath + QLatin1Char('|') + QString::number(entry.review.quarterTurns);
}

// The box is part of the key: analysed again, a photo's faces may be other boxes.
QString tileKeyOf(const QString &photoKey, const QRectF &box)
{
    const QRect r = box.toAlignedRect();
    return photoKey + QStringLiteral("|%1,%2,%3,%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QRectF boxOf(const FaceBox &box)
{
    return QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height);
}

} // namespace

FaceTileLoader::FaceTileLoader(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    connect(&m_watcher, &QFutureWatcher<Done>::resultReadyAt, this, [this](int index) {
        const Done done = m_watcher.resultAt(index);
        for (const auto &[key, image] : done.tiles)
            m_tiles.insert(key, image);
        Q_EMIT tilesReady(done.path);
    });
    connect(&m_watcher, &QFutureWatcher<Done>::finished, this, &FaceTileLoader::startNext);
}

FaceTileLoader::~FaceTileLoader()
{
    m_queue.clear();
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QImage FaceTileLoader::tile(const PhotoEntry &entry, int face)
{
    if (!entry.analysed || face < 0 || face >= int(entry.analysis.faces.size()))
        return {};
    const QString photoKey = photoKeyOf(entry);
    const auto found = m_tiles.constFind(tileKeyOf(photoKey, boxOf(entry.analysis.faces[std::size_t(face)].box)));
    if (found != m_tiles.constEnd())
        return *found;
    if (m_requested.contains(photoKey))
        return {};
    m_requested.insert(photoKey);
    Job job{entry.sourcePath, entry.review.quarterTurns, entry.turnedSize(), {}};
    for (const DetectedFace &detected : entry.analysis.faces)
        job.faces.emplace_back(tileKeyOf(photoKey, boxOf(detected.box)), boxOf(detected.box));
    m_queue.push_back(std::move(job));
    if (!m_watcher.isRunning())
        startNext();
    return {};
}

void FaceTileLoader::startNext()
{
    // A photo whose faces changed while it was cut is asked for again by the next paint.
    for (const Done &done : m_watcher.future().results()) {
        m_requested.remove(done.photoKey);
        Q_EMIT tilesReady(done.path);
    }
    if (m_queue.empty())
        return;
    m_watcher.setFuture(QtConcurrent::mapped(m_pool, std::exchange(m_queue, {}), &FaceTileLoader::cut));
}

FaceTileLoader::Done FaceTileLoader::cut(const Job &job)
{
    Done done{job.path, job.path + QLatin1Char('|') + QString::number(job.quarterTurns), {}};
    Result<QImage> photo = documents::ImageConversion::loadForDisplay(job.path, 0, job.quarterTurns);
    for (const auto &[key, box] : job.faces) {
        // A photo that cannot be decoded gets grey tiles: the face is still listed and acted on.
        QImage image = photo ? cutFace(*photo, job.sourceSize, box, kTileSize) : QImage();
        if (image.isNull()) {
            image = QImage(kTileSize, kTileSize, QImage::Format_RGB32);
            image.fill(Qt::lightGray);
        }
        done.tiles.emplace_back(key, image);
    }
    return done;
}

QImage FaceTileLoader::cutFace(const QImage &photo, const QSize &sourceSize, const QRectF &face, int size)
{
    if (photo.isNull() || face.isEmpty())
        return {};
    const double scale = sourceSize.isEmpty() ? 1.0 : double(photo.width()) / sourceSize.width();
    const QRectF onPhoto(face.x() * scale, face.y() * scale, face.width() * scale, face.height() * scale);
    // A square around the face with 40 % margin: hair and chin help the teacher recognise a child.
    const double side = std::max(onPhoto.width(), onPhoto.height()) * 1.8;
    QRectF square(0, 0, side, side);
    square.moveCenter(onPhoto.center());
    const QRect wanted = square.toAlignedRect();
    QImage tile(size, size, QImage::Format_RGB32);
    tile.fill(QColor(0x30, 0x30, 0x30));
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // Outside the photo stays dark rather than stretching a face cut by the frame.
    const QRect available = wanted.intersected(photo.rect());
    const double toTile = double(size) / wanted.width();
    const QRectF target((available.x() - wanted.x()) * toTile, (available.y() - wanted.y()) * toTile,
                        available.width() * toTile, available.height() * toTile);
    painter.drawImage(target, photo, available);
    return tile;
}

} // namespace bw::gui
