#pragma once

#include "screening/photoanalyser.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QStringList>

#include <memory>

class QThreadPool;

namespace bw {
class Registry;
}

namespace bw::gui {

// One photo to analyse, turned first by the teacher's quarter turns (PhotoReview).
struct AnalysisRequest {
    QString path;
    int quarterTurns = 0;
};

// What the window gets back for one photo: core's analysis and a thumbnail made from the
// very pixels that were analysed (one decode per photo).
struct AnalysedEntry {
    QString path;             // as it was handed to analyse()
    PhotoAnalysis analysis;
    QImage thumbnail;
};

// Runs core's PhotoAnalyser over the imported photos on the app's thread pool, never on the
// UI thread: one result per photo arrives through photoAnalysed as soon as it is ready.
// Photos imported while a run is going are queued for the next one.
class AnalysisController : public QObject {
    Q_OBJECT
public:
    AnalysisController(QThreadPool *pool, QObject *parent = nullptr);
    // Cancels and waits for the running photos to finish: the one allowed blocking wait.
    ~AnalysisController() override;

    // (Re)builds the analyser from the located models, the registry's reference photos and
    // the strictness. Returns true when who can be recognised changed (other references or
    // strictness) since an earlier call. Photos already analysed keep their results.
    Result<bool> configure(Registry &registry, Strictness strictness);
    std::shared_ptr<PhotoAnalyser> analyser() const { return m_analyser; }
    Strictness strictness() const { return m_strictness; }

    void analyse(const QStringList &paths);   // as they are, unturned
    void analyse(const QList<AnalysisRequest> &requests);
    void cancel();
    bool isRunning() const;
    int done() const { return m_done; }
    int total() const { return m_total; }

    static constexpr int kThumbnailSize = 320;

Q_SIGNALS:
    void photoAnalysed(const bw::gui::AnalysedEntry &entry);
    void progressChanged(int done, int total);
    void finished();

private:
    void startNext();
    void onResultReady(int index);
    void onFinished();

    QThreadPool *m_pool;
    std::shared_ptr<PhotoAnalyser> m_analyser;
    std::vector<ReferenceDescriptor> m_gallery;
    Strictness m_strictness = Strictness::Normal;
    QFutureWatcher<AnalysedEntry> m_watcher;
    QList<AnalysisRequest> m_queue;
    int m_done = 0;
    int m_total = 0;
};

} // namespace bw::gui
