// bench_guiimport: how soon a teacher sees an import in the real window (issue 16 item 3).
// Drives the app's own MainWindow::importPhotos (the path of "Foto's toevoegen" and of a
// drop) offscreen, with a fresh registry in a scratch data folder, and prints the time from
// the import to the first thumbnail, the last thumbnail, the first analysis badge and the
// last badge, with the UI thread's worst lateness meanwhile (LatencyProbe, as the app's
// --latency-probe). Figures are printed, never asserted (DESIGN.md).
//
//   BEELDWACHT_MODELS=build/dev/share/beeldwacht/models
//       build/dev/tests/bench_guiimport [--count N] [--threads N] PHOTO_OR_DIR...
//
// --count N imports only the first N photos found (sorted by name); --threads N sets the
// window's thread pool (default: one thread per core, as the app). Every photo must be a
// different file content: the window keeps one copy of a photo added twice. A batch:
// tests/bench/make-batch.py /tmp/batch150 150 ../shared/testdata/faces-pascal fetched/testimages

#include "latencyprobe.h"
#include "mainwindow.h"
#include "peakmemory.h"
#include "photolistmodel.h"
#include "screening/screener.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <optional>

using namespace bw;
using namespace bw::gui;

namespace {

QTextStream out(stdout);

struct Milestones {
    std::optional<qint64> firstThumbnail, lastThumbnail, firstBadge, lastBadge;
    QSet<int> thumbnailRows;   // the loader's thumbnail, then the analysis's: counted once
    int badges = 0;
};

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QString seconds(const std::optional<qint64> &ms)
{
    return ms ? QString::number(double(*ms) / 1000.0, 'f', 1) + QStringLiteral(" s") : QStringLiteral("never");
}

// Counts thumbnails and badges as the window's model receives them, from the import on.
void watch(PhotoListModel *model, const QElapsedTimer &clock, Milestones &m, int count)
{
    QObject::connect(model, &PhotoListModel::dataChanged, model,
                     [&m, &clock, count](const QModelIndex &index, const QModelIndex &, const QList<int> &roles) {
                         if (!roles.contains(Qt::DecorationRole) || m.thumbnailRows.contains(index.row()))
                             return;
                         m.thumbnailRows.insert(index.row());
                         if (!m.firstThumbnail)
                             out << "  first thumbnail after " << seconds(clock.elapsed()) << Qt::endl;
                         m.firstThumbnail = m.firstThumbnail.value_or(clock.elapsed());
                         m.lastThumbnail = clock.elapsed();
                         if (m.thumbnailRows.size() == count)
                             out << "  all thumbnails after " << seconds(m.lastThumbnail) << Qt::endl;
                     });
    QObject::connect(model, &PhotoListModel::analysisArrived, model, [&m, &clock, count](int) {
        ++m.badges;
        if (!m.firstBadge)
            out << "  first badge after " << seconds(clock.elapsed()) << Qt::endl;
        m.firstBadge = m.firstBadge.value_or(clock.elapsed());
        m.lastBadge = clock.elapsed();
        if (m.badges % 10 == 0 || m.badges == count)
            out << "  " << m.badges << " badges after " << seconds(m.lastBadge) << Qt::endl;
    });
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings and data in scratch places, never the teacher's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("beeldwacht-bench"));
    int count = -1, threads = 0;
    QStringList inputs;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--count") && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            threads = args[++i].toInt();
        else
            inputs << args[i];
    }
    QStringList photos = Screener::collectPhotos(inputs);
    photos.sort();
    if (count > 0)
        photos = photos.mid(0, count);
    if (photos.isEmpty()) {
        out << "usage: bench_guiimport [--count N] [--threads N] PHOTO_OR_DIR... (no photos found)" << Qt::endl;
        return 1;
    }
    QTemporaryDir scratch;
    MainWindow window(scratch.filePath(QStringLiteral("data")));
    if (threads > 0)
        window.threadPool()->setMaxThreadCount(threads);
    window.show();
    out << "importing " << photos.size() << " photos on " << window.threadPool()->maxThreadCount()
        << " threads" << Qt::endl;

    Milestones m;
    QElapsedTimer clock;
    LatencyProbe probe;
    watch(window.photoModel(), clock, m, int(photos.size()));
    QObject::connect(&window, &MainWindow::analysisFinished, &app, &QApplication::quit);
    const double cpuStart = processCpuSeconds();
    clock.start();
    probe.start();
    window.importPhotos(photos);
    const qint64 listed = clock.elapsed();
    app.exec();
    probe.stop();
    const double cpu = processCpuSeconds() - cpuStart;
    const int n = int(photos.size());
    out << "import of " << n << " photos: in the grid after " << listed << " ms; first thumbnail "
        << seconds(m.firstThumbnail) << ", all " << m.thumbnailRows.size() << " thumbnails " << seconds(m.lastThumbnail)
        << "; first badge " << seconds(m.firstBadge) << ", last badge (" << m.badges << ") " << seconds(m.lastBadge)
        << Qt::endl;
    if (m.firstBadge && m.lastBadge && n > 1)
        out << "  between first and last badge: " << double(*m.lastBadge - *m.firstBadge) / 1000.0 / (n - 1)
            << " s per photo; CPU " << cpu / n << " s per photo; peak memory " << qRound(bench::peakMemoryMb()) << " MB" << Qt::endl;
    out << "  UI timer every 50 ms: worst lateness " << probe.worstLatenessMs() << " ms, mean "
        << probe.meanLatenessMs() << " ms over " << probe.ticks() << " ticks" << Qt::endl;
    if (!window.notice().isEmpty())
        out << "  status bar: " << window.notice() << Qt::endl;
    return m.badges == n ? 0 : 2;
}
