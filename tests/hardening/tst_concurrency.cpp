// Concurrency: two `screen` runs on the same data dir and export folder at once, a
// `pupils import` during a `screen`, another program holding the registry's write lock,
// and the GUI open on the same data dir while the CLI imports and screens. Never a crash
// or a corrupted registry, the audit chain stays intact, and whoever must wait is told so
// in words a teacher understands.
#include "clisupport.h"
#include "testsupport.h"

#include "storage/registry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <sqlite3.h>

#include <csignal>
#include <sys/types.h>

using namespace bw;

namespace {

constexpr int kPhotoCount = 16;

QString startedCliProcess(QProcess &process, const QString &dataDir, const QStringList &arguments)
{
    process.start(bw::test::cliPath(), QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
    return process.waitForStarted() ? QString() : process.errorString();
}

// A refusal because someone else holds the registry must say so, on one line.
bool isClearBusyMessage(const QString &err)
{
    const QString text = err.trimmed();
    return text.contains(QStringLiteral("in use")) && text.contains(QStringLiteral("try again"))
        && !text.contains(QLatin1Char('\n'));
}

// True when process `pid` has `file` open (Linux: one of /proc/PID/fd links to it).
bool holdsFileOpen(qint64 pid, const QString &file)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget() == file)
            return true;
    }
    return false;
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoScreensAtOnce();
    void pupilsImportDuringScreen();
    void writerHoldingTheRegistry();
    void guiOpenWhileCliWorks();

private:
    QStringList screenArguments(const QString &out, const QString &report) const;
    void verifyRegistry();
    QString writeCsv(const QString &name, const QString &pupil);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_photos;
};

void TestConcurrency::initTestCase()
{
    const QString obama = bw::test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(obama, QStringLiteral("fetched test photos"));
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("BW_KEEP_TEST_DIR"));
    m_data = m_dir.filePath(QStringLiteral("data"));
    QString error;
    QVERIFY2(bw::test::importPupils(m_data, m_dir.path(), &error), qPrintable(error));
    QVERIFY2(bw::test::importReferences(m_data, m_dir.path(), &error), qPrintable(error));

    m_photos = m_dir.filePath(QStringLiteral("uitje"));
    QVERIFY(QDir().mkpath(m_photos));
    const QStringList sources{QStringLiteral("obama2.jpg"), QStringLiteral("obama3.jpg"), QStringLiteral("biden.jpg")};
    for (int i = 0; i < kPhotoCount; ++i) {
        const cv::Mat face = cv::imread(bw::test::fetchedImage(sources[i % sources.size()]).toStdString());
        QVERIFY(!face.empty());
        cv::Mat canvas(1000, 1500, CV_8UC3, cv::Scalar(30 + i * 8, 140, 90));
        cv::Mat scaled;
        const double scale = 600.0 / std::max(face.cols, face.rows);
        cv::resize(face, scaled, cv::Size(), scale, scale, cv::INTER_AREA);
        scaled.copyTo(canvas(cv::Rect(cv::Point(40 + i * 30, 50), scaled.size())));
        QVERIFY(cv::imwrite(QStringLiteral("%1/IMG_%2.jpg").arg(m_photos).arg(i, 4, 10, QLatin1Char('0')).toStdString(),
                            canvas));
    }
}

QStringList TestConcurrency::screenArguments(const QString &out, const QString &report) const
{
    return {QStringLiteral("screen"), QStringLiteral("--channel"), QStringLiteral("parro"), QStringLiteral("--out"),
            out, QStringLiteral("--report"), report, m_photos};
}

void TestConcurrency::verifyRegistry()
{
    QCOMPARE(bw::test::registryIntegrity(m_data), QStringLiteral("ok"));
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_data);
    QVERIFY2(registry, registry ? "" : qPrintable(registry.error().message));
    Result<AuditVerification> audit = (*registry)->verifyAudit();
    QVERIFY(audit);
    QVERIFY2(audit->intact, qPrintable(auditProblemCode(audit->problem)));
}

QString TestConcurrency::writeCsv(const QString &name, const QString &pupil)
{
    const QString csv = m_dir.filePath(name);
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("leerling;groep;geboortedatum;datum;door;intern;extern;klassenfoto\n");
    file.write(pupil.toUtf8() + ";6A;2015-03-02;2026-09-02;ouder;ja;ja;ja\n");
    return csv;
}

void TestConcurrency::twoScreensAtOnce()
{
    const QString out = m_dir.filePath(QStringLiteral("samen"));
    QProcess first;
    QProcess second;
    QCOMPARE(startedCliProcess(first, m_data, screenArguments(out, m_dir.filePath(QStringLiteral("een.json")))), QString());
    QCOMPARE(startedCliProcess(second, m_data, screenArguments(out, m_dir.filePath(QStringLiteral("twee.json")))), QString());
    QVERIFY(first.waitForFinished(300000));
    QVERIFY(second.waitForFinished(300000));
    // The registry's writes are short and wait for each other (busy timeout): both runs
    // must finish, neither may be turned away.
    for (QProcess *process : {&first, &second}) {
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitCode() == 0, qPrintable(QStringLiteral("two screens should both finish: ") + err));
    }
    // Both runs export the same photos into one folder: the export is deterministic, so
    // whichever commits second finds its photos already there (same bytes) and reuses
    // them. Each photo is there once, both reports name the same existing files, and no
    // staging folder is left.
    QList<QStringList> outputs;
    for (const QString &report : {QStringLiteral("een.json"), QStringLiteral("twee.json")}) {
        const QJsonArray photos = bw::test::readJsonObject(m_dir.filePath(report))[QStringLiteral("photos")].toArray();
        QCOMPARE(photos.size(), kPhotoCount);
        QStringList written;
        for (const QJsonValue &photo : photos) {
            if (photo[QStringLiteral("status")].toString() != QStringLiteral("exported"))
                continue;
            written << photo[QStringLiteral("output")].toString();
            QVERIFY2(QFile::exists(written.back()), qPrintable(written.back()));
        }
        outputs << written;
    }
    QCOMPARE(outputs[0], outputs[1]);
    const qsizetype exported = outputs[0].size();
    QVERIFY(exported > 0);
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), exported);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), exported);
    verifyRegistry();
}

void TestConcurrency::pupilsImportDuringScreen()
{
    const QString out = m_dir.filePath(QStringLiteral("tijdens"));
    QProcess screen;
    QCOMPARE(startedCliProcess(screen, m_data, screenArguments(out, m_dir.filePath(QStringLiteral("tijdens.json")))), QString());
    // Wait until the screen has its registry open and is analysing (its staging exists),
    // then hold it there (SIGSTOP): the import certainly happens in the middle of the
    // screen, however fast either of them is on this machine.
    QTRY_VERIFY_WITH_TIMEOUT(
        !QDir(out).entryList({QStringLiteral(".beeldwacht-staging-*")}, QDir::Dirs | QDir::Hidden).isEmpty()
            || screen.state() != QProcess::Running,
        120000);
    QVERIFY2(screen.state() == QProcess::Running, "the screen ended before the import could start");
    QCOMPARE(::kill(pid_t(screen.processId()), SIGSTOP), 0);

    const bw::test::CliRun imported = bw::test::runCli(
        m_data, {QStringLiteral("pupils"), QStringLiteral("import"), writeCsv(QStringLiteral("nieuw.csv"), QStringLiteral("Kamala Harris"))});
    QCOMPARE(screen.state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(screen.processId()), SIGCONT), 0);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(screen.waitForFinished(300000));
    QCOMPARE(screen.exitStatus(), QProcess::NormalExit);
    QVERIFY2(screen.exitCode() == 0, screen.readAllStandardError().constData());
    qInfo("pupils import in the middle of a screen: %.2f s", imported.seconds);

    const bw::test::CliRun listed = bw::test::runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(QStringLiteral("Kamala Harris")));
    verifyRegistry();
}

void TestConcurrency::writerHoldingTheRegistry()
{
    // Another program (here: this test) holds the registry's write lock.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(QDir(m_data).filePath(QStringLiteral("registry.sqlite"))).constData(),
                             &db, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

    // Reading still works (write-ahead log).
    const bw::test::CliRun listed = bw::test::runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));

    const QString csv = writeCsv(QStringLiteral("wacht.csv"), QStringLiteral("Mike Pence"));
    const bw::test::CliRun blocked = bw::test::runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("import"), csv});
    QCOMPARE(blocked.signal, 0);
    QVERIFY(blocked.exitCode != 0);
    QVERIFY2(isClearBusyMessage(blocked.err), qPrintable(blocked.err));
    qInfo("import refused while another writer holds the registry after %.1f s: %s", blocked.seconds,
          qPrintable(blocked.err.trimmed()));

    // A screen reads the registry at its start and must record its audit entry before it
    // publishes: it waits, then fails with nothing exported rather than publishing photos
    // without a record of the export.
    const QString out = m_dir.filePath(QStringLiteral("vast"));
    const QString report = m_dir.filePath(QStringLiteral("vast.json"));
    const bw::test::CliRun screened = bw::test::runCli(m_data, screenArguments(out, report));
    QCOMPARE(screened.signal, 0);
    QVERIFY(screened.exitCode != 0);
    QVERIFY2(isClearBusyMessage(screened.err), qPrintable(screened.err));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(!QFile::exists(report));
    qInfo("screen while another writer holds the registry: exit %d, nothing exported: %s", screened.exitCode,
          qPrintable(screened.err.trimmed()));

    QCOMPARE(sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    const bw::test::CliRun retried = bw::test::runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("import"), csv});
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
    const bw::test::CliRun screenedAgain = bw::test::runCli(m_data, screenArguments(out, report));
    QVERIFY2(screenedAgain.exitCode == 0, qPrintable(screenedAgain.err));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), kPhotoCount);
    verifyRegistry();
}

void TestConcurrency::guiOpenWhileCliWorks()
{
    const QString gui = bw::test::binDir() + QStringLiteral("/beeldwacht");
    if (!QFileInfo::exists(gui))
        QSKIP("the GUI beeldwacht is not built (configure with -DBW_BUILD_GUI=ON, the default)");
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(environment);
    window.start(gui, {QStringLiteral("--data-dir"), m_data});
    QVERIFY(window.waitForStarted());
    // Wait until the window has the registry open (its process holds the file), so that
    // the CLI really works beside an open GUI.
    const QString registryFile = QFileInfo(QDir(m_data).filePath(QStringLiteral("registry.sqlite"))).canonicalFilePath();
    QTRY_VERIFY_WITH_TIMEOUT(holdsFileOpen(window.processId(), registryFile) || window.state() != QProcess::Running,
                             60000);
    QVERIFY2(window.state() == QProcess::Running, window.readAllStandardError().constData());

    const bw::test::CliRun imported = bw::test::runCli(
        m_data, {QStringLiteral("pupils"), QStringLiteral("import"), writeCsv(QStringLiteral("gui.csv"), QStringLiteral("Jill Biden"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const bw::test::CliRun screened = bw::test::runCli(
        m_data, screenArguments(m_dir.filePath(QStringLiteral("gui")), m_dir.filePath(QStringLiteral("gui.json"))));
    QVERIFY2(screened.exitCode == 0, qPrintable(screened.err));
    QVERIFY2(window.state() == QProcess::Running, window.readAllStandardError().constData());

    window.terminate();
    if (!window.waitForFinished(10000)) {
        window.kill();
        window.waitForFinished();
    }
    verifyRegistry();
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
