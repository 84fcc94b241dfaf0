// Crash safety: beeldwacht-cli screen killed with SIGKILL at many moments of a 40-photo
// export, from model loading through analysis to the commit of the final files. After
// every kill the export folder holds only complete final JPEGs (plus, at most, the hidden
// staging folder of the dead run, which the next run removes), the registry is intact,
// the report is absent or complete, and a last run completes the job: the folder then
// holds each exported photo exactly once, byte for byte what an undisturbed run exports.
#include "clisupport.h"
#include "testsupport.h"

#include "storage/registry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <functional>
#include <map>

using namespace bw;

namespace {

constexpr int kPhotoCount = 40;
const QString kChannel = QStringLiteral("parro");

// Final export names: <channel>_<date>_<number>.jpg (ExportNaming).
bool isFinalName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^parro_\\d{4}-\\d{2}-\\d{2}_\\d{3,}\\.jpg$"));
    return pattern.match(name).hasMatch();
}

// sha256 -> file name of every final file in `folder`.
std::map<QByteArray, QStringList> finalFilesByHash(const QString &folder)
{
    std::map<QByteArray, QStringList> files;
    for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name))
        files[bw::test::sha256Of(QDir(folder).filePath(name))] << name;
    return files;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void undisturbedRun();
    void killsAtIncreasingDelays();
    void killsDuringCommit();
    void reRunCompletesTheJob();

private:
    // Starts a screen, kills it with SIGKILL once killNow() says so (unless it ended
    // first) and checks what it left.
    QString runAndKill(const std::function<bool()> &killNow, const QString &when);
    // Checks the state a killed run left; returns an empty string when all is well.
    QString checkAfterKill(const QString &when);
    QStringList screenArguments() const;

    QTemporaryDir m_dir;
    QString m_data;
    QString m_photos;
    QString m_out;
    QString m_report;
    QStringList m_stagingSeen;   // staging folders left by killed runs, by name
    std::map<QByteArray, QStringList> m_expected;   // what an undisturbed run exports
    int m_runMs = 0;
    int m_kills = 0;
    int m_killedInCommit = 0;
    int m_finishedBeforeKill = 0;
};

void TestCrashSafety::initTestCase()
{
    const QString obama = bw::test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(obama, QStringLiteral("fetched test photos"));
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("BW_KEEP_TEST_DIR"));
    m_data = m_dir.filePath(QStringLiteral("data"));
    QString error;
    QVERIFY2(bw::test::importPupils(m_data, m_dir.path(), &error), qPrintable(error));
    QVERIFY2(bw::test::importReferences(m_data, m_dir.path(), &error), qPrintable(error));

    // 40 distinct small group photos: a real face photo on a coloured canvas, placed and
    // scaled differently each time, so every export is a different file.
    m_photos = m_dir.filePath(QStringLiteral("uitje"));
    QVERIFY(QDir().mkpath(m_photos));
    const QStringList sources{QStringLiteral("obama.jpg"), QStringLiteral("obama2.jpg"), QStringLiteral("obama3.jpg"),
                              QStringLiteral("biden.jpg"), QStringLiteral("obama_partial_face.jpg")};
    std::vector<cv::Mat> faces;
    for (const QString &name : sources) {
        faces.push_back(cv::imread(bw::test::fetchedImage(name).toStdString()));
        QVERIFY2(!faces.back().empty(), qPrintable(name));
    }
    for (int i = 0; i < kPhotoCount; ++i) {
        // Small photos keep one run short (2 shared cores), so many kill points fit.
        cv::Mat canvas(460, 700, CV_8UC3, cv::Scalar(40 + i * 4, 120, 200 - i * 3));
        const cv::Mat &face = faces[std::size_t(i) % faces.size()];
        const double scale = 260.0 / std::max(face.cols, face.rows) * (0.8 + 0.01 * i);
        cv::Mat scaled;
        cv::resize(face, scaled, cv::Size(), scale, scale, cv::INTER_AREA);
        scaled.copyTo(canvas(cv::Rect(cv::Point(10 + i * 8, 20 + (i % 7) * 10), scaled.size())));
        const QString path = QStringLiteral("%1/IMG_%2.jpg").arg(m_photos).arg(i, 4, 10, QLatin1Char('0'));
        QVERIFY(cv::imwrite(path.toStdString(), canvas, {cv::IMWRITE_JPEG_QUALITY, 92}));
    }
    m_out = m_dir.filePath(QStringLiteral("export"));
    m_report = m_dir.filePath(QStringLiteral("verslag.json"));
}

QStringList TestCrashSafety::screenArguments() const
{
    return {QStringLiteral("screen"), QStringLiteral("--channel"), kChannel, QStringLiteral("--out"), m_out,
            QStringLiteral("--report"), m_report, m_photos};
}

QString TestCrashSafety::checkAfterKill(const QString &when)
{
    const QDir out(m_out);
    for (const QFileInfo &entry : out.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        const QString name = entry.fileName();
        if (entry.isDir() && name.startsWith(QStringLiteral(".beeldwacht-staging-"))) {
            if (!m_stagingSeen.contains(name))
                m_stagingSeen << name;
            continue;
        }
        if (!entry.isFile() || !isFinalName(name))
            return QStringLiteral("%1: unexpected entry %2 in the export folder").arg(when, name);
        const cv::Mat decoded = cv::imread(entry.absoluteFilePath().toStdString());
        if (decoded.empty())
            return QStringLiteral("%1: %2 does not decode").arg(when, name);
        // A truncated JPEG still decodes in part with a warning; a complete one ends in EOI.
        QFile file(entry.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("%1: cannot read %2").arg(when, name);
        const QByteArray bytes = file.readAll();
        if (!bytes.endsWith(QByteArray("\xff\xd9", 2)))
            return QStringLiteral("%1: %2 is not a complete JPEG").arg(when, name);
    }
    const QString integrity = bw::test::registryIntegrity(m_data);
    if (integrity != QStringLiteral("ok"))
        return QStringLiteral("%1: registry integrity_check says %2").arg(when, integrity);
    if (QFile::exists(m_report)) {
        bool valid = false;
        const QJsonObject report = bw::test::readJsonObject(m_report, &valid);
        if (!valid || report[QStringLiteral("photos")].toArray().size() != kPhotoCount)
            return QStringLiteral("%1: the report exists but is not complete").arg(when);
    }
    for (const QString &name : QDir(QFileInfo(m_report).absolutePath()).entryList(QDir::Files | QDir::Hidden)) {
        if (name.startsWith(QStringLiteral("verslag")) && name != QStringLiteral("verslag.json")
            && name != QStringLiteral("verslag.csv") && name != QStringLiteral("verslag.html")
            && name != QStringLiteral("verslag.pdf"))
            return QStringLiteral("%1: a temporary report file %2 was left").arg(when, name);
    }
    return {};
}

QString TestCrashSafety::runAndKill(const std::function<bool()> &killNow, const QString &when)
{
    QProcess process;
    process.start(bw::test::cliPath(), QStringList{QStringLiteral("--data-dir"), m_data} + screenArguments());
    if (!process.waitForStarted())
        return QStringLiteral("cannot start beeldwacht-cli");
    // waitForFinished also notices the end of the process (no event loop runs here).
    bool finished = false;
    while (!killNow() && !(finished = process.waitForFinished(1))) {
    }
    if (!finished && process.state() == QProcess::Running) {
        process.kill();   // SIGKILL on Unix
        ++m_kills;
    } else {
        ++m_finishedBeforeKill;
    }
    process.waitForFinished(-1);
    return checkAfterKill(when);
}

void TestCrashSafety::undisturbedRun()
{
    // An undisturbed run in another folder: the job as it should end, and its duration.
    const QString baselineOut = m_dir.filePath(QStringLiteral("baseline"));
    const bw::test::CliRun baseline = bw::test::runCli(
        m_data, {QStringLiteral("screen"), QStringLiteral("--channel"), kChannel, QStringLiteral("--out"), baselineOut,
                 QStringLiteral("--report"), m_dir.filePath(QStringLiteral("baseline.json")), m_photos});
    QVERIFY2(baseline.exitCode == 0, qPrintable(baseline.err));
    m_expected = finalFilesByHash(baselineOut);
    QVERIFY(m_expected.size() >= std::size_t(kPhotoCount / 2));
    m_runMs = int(baseline.seconds * 1000);
    qInfo("undisturbed run: %d photos, %zu exported, %.2f s, peak %lld MB", kPhotoCount, m_expected.size(),
          baseline.seconds, baseline.peakRssKb / 1024);
}

void TestCrashSafety::killsAtIncreasingDelays()
{
    QVERIFY(m_runMs > 0);
    // Kill points spread over the whole run (model loading, analysis, encoding, commit,
    // report): increasing delays from 3% to 90% of an undisturbed run, again from the
    // start when a run got through before its kill point, until 20 runs were killed.
    for (int i = 0; i < 60 && m_kills < 20; ++i) {
        const int delay = qMax(20, m_runMs * (30 + (i % 20) * 45) / 1000);
        QElapsedTimer clock;
        clock.start();
        const QString problem = runAndKill([&] { return clock.elapsed() >= delay; },
                                           QStringLiteral("killed after %1 ms").arg(delay));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestCrashSafety::killsDuringCommit()
{
    // The commit phase is short: watch the export folder and kill as soon as a new final
    // file appears, so the run dies while it moves its files into place. A run that got
    // through above committed everything: start from an empty folder, as a teacher who
    // cleared it would.
    for (const QString &name : QDir(m_out).entryList(QDir::Files))
        QVERIFY(QFile::remove(QDir(m_out).filePath(name)));
    QFile::remove(m_report);
    for (int i = 0; i < 10 && m_killedInCommit < 4; ++i) {
        const qsizetype before = QDir(m_out).entryList(QDir::Files).size();
        bool sawNewFile = false;
        const int killsBefore = m_kills;
        const QString problem = runAndKill(
            [&] {
                sawNewFile = QDir(m_out).entryList(QDir::Files).size() > before;
                return sawNewFile;
            },
            QStringLiteral("killed in the commit phase (%1)").arg(i + 1));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (sawNewFile && m_kills > killsBefore)
            ++m_killedInCommit;
        if (m_kills == killsBefore) {
            // The run got through (the commit can be faster than the polling): start over.
            for (const QString &name : QDir(m_out).entryList(QDir::Files))
                QVERIFY(QFile::remove(QDir(m_out).filePath(name)));
            QFile::remove(m_report);
        }
    }
    QVERIFY(m_killedInCommit >= 1);
}

void TestCrashSafety::reRunCompletesTheJob()
{
    // Every photo of the report is there exactly once, byte for byte what the undisturbed
    // run exported: files a killed run had committed are recognised as the same export and
    // kept, not duplicated under new numbers.
    const bw::test::CliRun last = bw::test::runCli(m_data, screenArguments());
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));
    const QString problem = checkAfterKill(QStringLiteral("after the completing run"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList hidden = QDir(m_out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                               .filter(QRegularExpression(QStringLiteral("^\\.")));
    QVERIFY2(hidden.isEmpty(), qPrintable(QStringLiteral("left in the export folder: ") + hidden.join(QLatin1Char(' '))));
    const std::map<QByteArray, QStringList> got = finalFilesByHash(m_out);
    for (const auto &[hash, names] : got) {
        QVERIFY2(m_expected.contains(hash), qPrintable(names.join(QLatin1Char(' ')) + QStringLiteral(" is not an expected export")));
        QVERIFY2(names.size() == 1, qPrintable(QStringLiteral("duplicates: ") + names.join(QLatin1Char(' '))));
    }
    QCOMPARE(got.size(), m_expected.size());
    const QJsonArray photos = bw::test::readJsonObject(m_report)[QStringLiteral("photos")].toArray();
    QCOMPARE(photos.size(), kPhotoCount);
    for (const QJsonValue &photo : photos) {
        const QString output = photo[QStringLiteral("output")].toString();
        if (photo[QStringLiteral("status")].toString() == QStringLiteral("exported"))
            QVERIFY2(QFile::exists(output), qPrintable(output));
    }

    Result<std::unique_ptr<Registry>> registry = Registry::open(m_data);
    QVERIFY(registry);
    Result<AuditVerification> audit = (*registry)->verifyAudit();
    QVERIFY(audit);
    QVERIFY2(audit->intact, qPrintable(auditProblemCode(audit->problem)));
    qInfo("kill points: %d SIGKILLs survived (%d of them during the commit phase), %d runs finished "
          "before their kill point; %lld staging folders of dead runs seen, all removed by later runs; "
          "completing run %.2f s",
          m_kills, m_killedInCommit, m_finishedBeforeKill, qint64(m_stagingSeen.size()), last.seconds);
    QVERIFY(m_kills >= 20);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
