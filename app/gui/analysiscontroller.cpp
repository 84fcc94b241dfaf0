#include "analysiscontroller.h"

#include "imageconversion.h"
#include "enrolment/recognitiongallery.h"
#include "storage/registry.h"

#include <QCoreApplication>
#include <QDate>

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace bw::gui {

AnalysisController::AnalysisController(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    connect(&m_watcher, &QFutureWatcher<AnalysedEntry>::resultReadyAt, this,
            &AnalysisController::onResultReady);
    connect(&m_watcher, &QFutureWatcher<AnalysedEntry>::finished, this,
            &AnalysisController::onFinished);
}

AnalysisController::~AnalysisController()
{
    m_queue.clear();
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

Result<bool> AnalysisController::configure(Registry &registry, Strictness strictness)
{
    Result<ModelFiles> models = ModelLocator::locate(QCoreApplication::applicationDirPath());
    if (!models)
        return std::unexpected(models.error());
    Result<std::vector<ReferenceDescriptor>> gallery = recognitionGallery(registry, QDate::currentDate());
    if (!gallery)
        return std::unexpected(gallery.error());
    const bool changed = m_analyser && (*gallery != m_gallery || strictness != m_strictness);
    // Models load lazily on the workers, never here on the UI thread. A run in progress keeps
    // its own analyser (the workers share ownership).
    m_analyser = std::make_shared<PhotoAnalyser>(*models, *gallery, fromStrictness(strictness));
    m_gallery = std::move(*gallery);
    m_strictness = strictness;
    return changed;
}

void AnalysisController::analyse(const QStringList &paths)
{
    QList<AnalysisRequest> requests;
    for (const QString &path : paths)
        requests.append({path, 0});
    analyse(requests);
}

void AnalysisController::analyse(const QList<AnalysisRequest> &requests)
{
    if (requests.isEmpty())
        return;
    if (!isRunning()) {
        m_done = 0;
        m_total = 0;
    }
    m_queue << requests;
    m_total += int(requests.size());
    Q_EMIT progressChanged(m_done, m_total);
    if (!isRunning())
        startNext();
}

void AnalysisController::cancel()
{
    m_queue.clear();
    m_watcher.cancel();
}

bool AnalysisController::isRunning() const
{
    return m_watcher.isRunning();
}

void AnalysisController::startNext()
{
    if (m_queue.isEmpty() || !m_analyser)
        return;
    const QList<AnalysisRequest> batch = std::exchange(m_queue, {});
    // The analyser is shared with the workers, so replacing it mid-run is safe.
    std::shared_ptr<PhotoAnalyser> analyser = m_analyser;
    m_watcher.setFuture(QtConcurrent::mapped(m_pool, batch, [analyser](const AnalysisRequest &request) {
        AnalysedEntry entry;
        entry.path = request.path;
        Result<AnalysedPhoto> analysed = analyser->analyse(request.path, request.quarterTurns);
        if (!analysed) {
            entry.analysis.source = request.path;
            entry.analysis.error = analysed.error();
            return entry;
        }
        entry.analysis = std::move(analysed->analysis);
        entry.thumbnail = documents::ImageConversion::toQImage(analysed->decoded.image, kThumbnailSize);
        return entry;
    }));
}

void AnalysisController::onResultReady(int index)
{
    ++m_done;
    Q_EMIT photoAnalysed(m_watcher.resultAt(index));
    Q_EMIT progressChanged(m_done, m_total);
}

void AnalysisController::onFinished()
{
    if (!m_queue.isEmpty()) {
        startNext();
        return;
    }
    Q_EMIT finished();
}

} // namespace bw::gui
