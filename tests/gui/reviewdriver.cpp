// A small driver of the teacher's real window for tst_reviewcrash: the same MainWindow,
// model, review actions and ReviewKeeper as the app, on the offscreen platform, taking one
// review action per line on stdin and answering on stdout once it is done, so that the test
// can kill the process (SIGKILL) right after an action and start it again.
//
//   beeldwacht-reviewdriver --data-dir DIR PHOTO...
// prints "turning FILE" when a kept turn is applied (the photo is analysed again at it) and
// "ready" when every photo is analysed (also again at a kept turn), then reads:
//   hide FILE FACE | notapupil FILE FACE | assign FILE FACE PUPIL NAME | draw FILE X Y W H
//   | exclude FILE | turn FILE QUARTERS | state | export OUTDIR REPORT | quit
// and answers each with "ok {state of FILE}" (state: "state [every photo]"), or "error WHY".
#include "guitestdata.h"

#include "analysiscontroller.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "reviewkeeper.h"
#include "reviewpane.h"
#include "storage/registry.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <unistd.h>

#include <functional>

using namespace bw;
using namespace bw::gui;

namespace {

QJsonArray rectJson(const cv::Rect2f &rect)
{
    return {rect.x, rect.y, rect.width, rect.height};
}

// Everything the review holds of one photo, and whether each face is visible.
QJsonObject stateOf(const PhotoEntry &entry)
{
    QJsonArray drawn;
    for (const FaceBox &box : entry.review.drawnFaces)
        drawn.append(rectJson(box.rect));
    QJsonObject overrides;
    for (const auto &[index, override] : entry.review.overrides)
        overrides.insert(QString::number(index), QStringLiteral("%1:%2:%3").arg(int(override.kind)).arg(override.pupilId).arg(override.reason));
    QJsonArray confirmed;
    for (const int face : entry.confirmedFaces)
        confirmed.append(face);
    QJsonArray visible;
    for (const ScreenedFace &face : entry.verdict.faces)
        visible.append(face.decision.visible);
    return {{QStringLiteral("file"), QFileInfo(entry.sourcePath).fileName()},
            {QStringLiteral("turns"), entry.review.quarterTurns},
            {QStringLiteral("excluded"), entry.review.excluded},
            {QStringLiteral("drawn"), drawn},
            {QStringLiteral("overrides"), overrides},
            {QStringLiteral("confirmed"), confirmed},
            {QStringLiteral("visible"), visible}};
}

class Driver : public QObject {
public:
    Driver(MainWindow &window, int photos)
        : m_window(window), m_model(*window.photoModel()), m_photos(photos)
    {
        connect(&window, &MainWindow::analysisFinished, this, [this] { checkReady(); });
        connect(window.reviewKeeper(), &ReviewKeeper::reanalysisNeeded, this, [](const QString &path) {
            say(QStringLiteral("turning ") + QFileInfo(path).fileName());
        });
        auto *input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(input, &QSocketNotifier::activated, this, [this, input] { readInput(input); });
    }

private:
    bool allAnalysed() const
    {
        return m_model.analysedCount() == m_photos && !m_window.analysis()->isRunning();
    }

    void checkReady()
    {
        if (!allAnalysed())
            return;
        if (!m_readySaid) {
            m_readySaid = true;
            say(QStringLiteral("ready"));
        }
        if (m_afterAnalysis)
            std::exchange(m_afterAnalysis, {})();
    }

    void readInput(QSocketNotifier *input)
    {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input->setEnabled(false);
            QApplication::quit();
            return;
        }
        m_pending += QByteArray(buffer, int(got));
        for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
            m_pending.remove(0, end + 1);
            if (!line.isEmpty())
                run(line.split(QLatin1Char(' ')));
        }
    }

    int rowOf(const QString &file) const
    {
        for (int row = 0; row < m_model.rowCount(); ++row) {
            if (QFileInfo(m_model.entry(row).sourcePath).fileName() == file)
                return row;
        }
        return -1;
    }

    void run(const QStringList &words)
    {
        const QString command = words.value(0);
        if (command == QLatin1String("quit")) {
            QApplication::quit();
            return;
        }
        if (command == QLatin1String("state")) {
            QJsonArray all;
            for (int row = 0; row < m_model.rowCount(); ++row)
                all.append(stateOf(m_model.entry(row)));
            say(QStringLiteral("state ") + QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
            return;
        }
        if (command == QLatin1String("export")) {
            const QString failure = test::exportBatch(m_window, words.value(1), words.value(2));
            say(failure.isEmpty() ? QStringLiteral("ok") : QStringLiteral("error ") + failure);
            return;
        }
        const int row = rowOf(words.value(1));
        if (row < 0) {
            say(QStringLiteral("error no photo ") + words.value(1));
            return;
        }
        m_window.showPhoto(row);
        if (!act(row, command, words.mid(2))) {
            say(QStringLiteral("error cannot ") + words.join(QLatin1Char(' ')));
            return;
        }
        if (command == QLatin1String("turn")) // answered once the turned photo is analysed
            m_afterAnalysis = [this, row] { sayState(row); };
        else
            sayState(row);
    }

    bool act(int row, const QString &command, const QStringList &args)
    {
        ReviewPane &pane = *m_window.reviewPane();
        const int face = args.value(0).toInt();
        if (command == QLatin1String("hide") || command == QLatin1String("notapupil")) {
            pane.selectFace(face);
            const PhotoReview before = m_model.entry(row).review;
            command == QLatin1String("hide") ? pane.hideFace() : pane.markNotAPupil();
            return !(m_model.entry(row).review == before);
        }
        if (command == QLatin1String("assign")) {
            const Result<std::optional<Pupil>> pupil = m_window.registry()->pupilByName(args.mid(1).join(QLatin1Char(' ')));
            return pupil && *pupil && pane.assignPupil(face, (*pupil)->id, QStringLiteral("juf kent haar"));
        }
        if (command == QLatin1String("draw")) {
            pane.addDrawnFace(QRectF(args.value(0).toDouble(), args.value(1).toDouble(), args.value(2).toDouble(),
                                     args.value(3).toDouble()));
            return true;
        }
        if (command == QLatin1String("exclude")) {
            pane.setExcluded(true);
            return m_model.entry(row).review.excluded;
        }
        if (command == QLatin1String("turn")) {
            pane.turnPhoto(args.value(0).toInt());
            return true;
        }
        return false;
    }

    void sayState(int row)
    {
        say(QStringLiteral("ok ") + QString::fromUtf8(QJsonDocument(stateOf(m_model.entry(row))).toJson(QJsonDocument::Compact)));
    }

    static void say(const QString &line)
    {
        QTextStream out(stdout);
        out << line << Qt::endl; // endl flushes: the test may kill the process right after reading it
    }

    MainWindow &m_window;
    PhotoListModel &m_model;
    int m_photos;
    bool m_readySaid = false;
    QByteArray m_pending;
    std::function<void()> m_afterAnalysis;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's QSettings stay out of the user's
    QStringList args = QApplication::arguments().mid(1);
    if (args.size() < 3 || args.first() != QLatin1String("--data-dir")) {
        QTextStream(stderr) << "usage: beeldwacht-reviewdriver --data-dir DIR PHOTO..." << Qt::endl;
        return 2;
    }
    const QString dataDir = args.at(1);
    const QStringList photos = args.mid(2);
    MainWindow window(dataDir);
    window.selectChannel(QStringLiteral("parro"));
    window.show();
    Driver driver(window, int(photos.size()));
    window.importPhotos(photos);
    return app.exec();
}
