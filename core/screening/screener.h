#pragma once

#include "error.h"
#include "photoanalyser.h"
#include "screenedphoto.h"
#include "screeningjob.h"
#include "screeningreport.h"

#include <QFuture>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QThreadPool;

namespace bw {

class Registry;

struct ScreeningOutcome {
    ScreeningReport report;
    ReportFiles reportFiles;   // where the report went (JSON, CSV, HTML)
    int exported = 0;
    int needsReview = 0;
    int excluded = 0;
    int hiddenFaces = 0;          // on the exported photos (PhotoVerdict::hiddenFacesInExport)
    int hiddenPossibleFaces = 0;  // of hiddenFaces
    StageTimes times;          // summed over every photo

    // Counts the report's photos by status, hidden faces and stage times.
    void tally();
};

// The export pipeline: every photo is decoded, analysed (or its reviewed analysis reused),
// decided, redacted and encoded on the pool's threads into a staging folder inside the
// destination; nothing appears in the destination until finish() moves the files into
// place in source order and writes the report. Cancelling the future (or destroying the
// Screener before finish) leaves the destination as it was: the staging is discarded.
//
// With the job's batchReferences, finish() first re-matches the whole batch with same-day
// references (core/screening/batchrematch.h) and redoes the photos whose matches changed
// (decoded again, never detected again), on the calling thread.
//
// Destroying the Screener cancels and waits for a run still going.
// Usage: Screener s(analyser, job); s.begin(); QFuture f = s.start(pool);
//        (watch progress / results of f; f.cancel() to stop) then s.finish(f, registry).
class Screener {
public:
    Screener(PhotoAnalyser &analyser, ScreeningJob job);
    ~Screener();
    Screener(const Screener &) = delete;
    Screener &operator=(const Screener &) = delete;

    // Creates the destination and its staging folder; fails clearly for a read-only or
    // unusable destination, a report path inside it, or an analyser that matches at
    // another strictness than the job's, before any photo is touched.
    Result<void> begin();

    // One result per source, in source order (progress: resultCount / sources.size()).
    QFuture<ScreenedPhoto> start(QThreadPool *pool);

    // After the future finished: records the export in the registry's audit log, then
    // commits the staged files, writes the report with the job's settings record and adds
    // the exported files to the registry's export history. A
    // cancelled future, or an audit entry that cannot be written (registry busy), discards
    // everything.
    Result<ScreeningOutcome> finish(QFuture<ScreenedPhoto> future, Registry *registry);

    // Convenience for headless callers: begin, start, wait, finish.
    Result<ScreeningOutcome> run(QThreadPool *pool, Registry *registry);

    // Expands folders (recursively, sorted, hidden folders skipped) to the photo files in
    // them; files named explicitly are kept whatever their extension.
    static QStringList collectPhotos(const QStringList &paths);

private:
    ScreenedPhoto screenOne(int index) const;
    ScreenedPhoto decideAndStage(int index, const AnalysedPhoto &analysed) const;
    PhotoReview reviewOf(const QString &source) const;
    // Re-matches the batch with same-day references (when the job uses them) and decides
    // again, and stages anew, the photos whose matches changed.
    void applySameDayReferences(std::vector<ScreenedPhoto> &photos) const;
    void redactAndStage(ScreenedPhoto &screened, const cv::Mat &image, int index) const;
    // Commits the staged photos in source order under neutral names (core/export).
    Result<void> publish(ScreeningReport &report);
    // Checks the audit trail and appends the export's entry; the report keeps both.
    Result<void> recordAudit(ScreeningOutcome &outcome, Registry *registry) const;
    // Adds the published files to the registry's export history (who is visible where)
    // and keeps the audit chain's head after it in the report.
    Result<void> recordHistory(ScreeningReport &report, Registry *registry) const;

    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace bw
