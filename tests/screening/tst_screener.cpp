// The export pipeline in-process: a cancelled run leaves no file and no registry change; a
// finished run puts files in source order under neutral names and keeps originals intact.
#include "testsupport.h"

#include "faces/facematcher.h"
#include "screening/screener.h"
#include "storage/registry.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace bw;

class TestScreener : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cancelledRunLeavesNothing();
    void finishedRunExportsInSourceOrder();
    void originalsStayByteIdenticalBesideTheExport();
    void analyserMustMatchTheJobsStrictness();
    void reviewedAnalysisOfAnotherStrictnessIsRedone();
    void collectsPhotosFromFolders();
    void turnedPhotoIsAnalysedAndExportedTurned();

private:
    ScreeningJob jobFor(const QString &name, int copies);

    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<PhotoAnalyser> m_analyser;
};

void TestScreener::initTestCase()
{
    const QString obama = bw::test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(obama, QStringLiteral("fetched test photos"));
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_dir.filePath(QStringLiteral("data")));
    QVERIFY(registry);
    m_registry = std::move(*registry);
    Result<ModelFiles> models = ModelLocator::locate(bw::test::binDir());
    QVERIFY(models);
    m_analyser = std::make_unique<PhotoAnalyser>(*models, std::vector<ReferenceDescriptor>{},
                                                 fromStrictness(Strictness::Normal));
    QVERIFY(m_analyser->prepare());
}

ScreeningJob TestScreener::jobFor(const QString &name, int copies)
{
    ScreeningJob job = prepareScreeningJob(*m_registry, QStringLiteral("parro"), QDate(2026, 6, 1)).value();
    const QString trip = m_dir.filePath(name + QStringLiteral("-in"));
    QDir().mkpath(trip);
    for (int i = 0; i < copies; ++i) {
        const QString target = QStringLiteral("%1/%2.jpg").arg(trip).arg(i, 2, 10, QLatin1Char('0'));
        QFile::copy(bw::test::fetchedImage(i % 2 ? QStringLiteral("biden.jpg") : QStringLiteral("obama2.jpg")), target);
        job.sources << target;
    }
    job.outputDir = m_dir.filePath(name + QStringLiteral("-out"));
    job.reportPath = m_dir.filePath(name + QStringLiteral(".json"));
    return job;
}

void TestScreener::cancelledRunLeavesNothing()
{
    const std::size_t auditBefore = m_registry->auditEntries().value().size();
    ScreeningJob job = jobFor(QStringLiteral("cancel"), 12);
    const QString out = job.outputDir;
    const QString report = job.reportPath;
    Screener screener(*m_analyser, std::move(job));
    QVERIFY(screener.begin());
    QThreadPool pool;
    QFuture<ScreenedPhoto> future = screener.start(&pool);
    QTRY_VERIFY_WITH_TIMEOUT(future.resultCount() >= 1, 600000);   // some photos are already staged
    future.cancel();
    Result<ScreeningOutcome> outcome = screener.finish(future, m_registry.get());
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, ErrorCode::Cancelled);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(!QFile::exists(report));
    QCOMPARE(m_registry->auditEntries().value().size(), auditBefore);
}

void TestScreener::finishedRunExportsInSourceOrder()
{
    ScreeningJob job = jobFor(QStringLiteral("done"), 4);
    const QStringList sources = job.sources;
    QByteArrayList hashes;
    for (const QString &source : sources) {
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        hashes << QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    const QString out = job.outputDir;
    Screener screener(*m_analyser, std::move(job));
    QThreadPool pool;
    Result<ScreeningOutcome> outcome = screener.run(&pool, m_registry.get());
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->exported, 4);
    // Nobody is registered: every face is unknown, so every face is hidden.
    QCOMPARE(outcome->hiddenFaces, 4);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 4);
    for (int i = 0; i < 4; ++i) {
        const ScreenedPhoto &photo = outcome->report.photos[std::size_t(i)];
        QCOMPARE(photo.displaySource, sources[i]);
        QVERIFY(QFile::exists(photo.outputFile));
        QFile file(sources[i]);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), hashes[i]);
    }
    // Photos with the same capture date are numbered in source order.
    QVERIFY(outcome->report.photos[1].outputFile.endsWith(QStringLiteral("_001.jpg")));
    QVERIFY(outcome->report.photos[3].outputFile.endsWith(QStringLiteral("_002.jpg")));
    // The export's entry, then the export history's (after the files are out).
    const std::vector<AuditEntry> entries = m_registry->auditEntries().value();
    QCOMPARE(entries.back().action, QStringLiteral("export_history_recorded"));
    QCOMPARE(entries.back().details.value(QStringLiteral("files")).toInt(), 4);
    QCOMPARE(entries[entries.size() - 2].action, QStringLiteral("export"));
}

void TestScreener::originalsStayByteIdenticalBesideTheExport()
{
    // The worst case: the teacher exports into the very folder the photos come from, and
    // the photos carry metadata (GPS, a caption) that must stay in the original only.
    ScreeningJob job = jobFor(QStringLiteral("beside"), 2);
    job.outputDir = QFileInfo(job.sources.first()).absolutePath();
    QProcess exiv2;
    exiv2.start(QStringLiteral("exiv2"), QStringList{QStringLiteral("-M"), QStringLiteral("set Exif.GPSInfo.GPSLatitude 52/1 22/1 0/1"),
                                                     QStringLiteral("-M"), QStringLiteral("set Iptc.Application2.Caption Daan de Vries")}
                                             + job.sources);
    QVERIFY(exiv2.waitForFinished());
    QCOMPARE(exiv2.exitCode(), 0);
    QList<QByteArray> hashes;
    QList<QDateTime> modified;
    for (const QString &source : job.sources) {
        hashes << test::sha256Of(source);
        modified << QFileInfo(source).lastModified();
    }
    const QStringList sources = job.sources;
    Screener screener(*m_analyser, std::move(job));
    QThreadPool pool;
    Result<ScreeningOutcome> outcome = screener.run(&pool, m_registry.get());
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->exported, 2);
    for (int i = 0; i < sources.size(); ++i) {
        QCOMPARE(test::sha256Of(sources[i]), hashes[i]);
        QCOMPARE(QFileInfo(sources[i]).lastModified(), modified[i]);
        const QString output = outcome->report.photos[std::size_t(i)].outputFile;
        QVERIFY(output != sources[i]);
        QVERIFY2(!test::sha256Of(output).isEmpty(), qPrintable(output));
    }
}

void TestScreener::analyserMustMatchTheJobsStrictness()
{
    ScreeningJob job = jobFor(QStringLiteral("strict"), 1);
    job.strictness = Strictness::VeryStrict; // the analyser matches at normal
    const QString out = job.outputDir;
    Screener screener(*m_analyser, std::move(job));
    const Result<void> begun = screener.begin();
    QVERIFY(!begun);
    QCOMPARE(begun.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!QFileInfo::exists(out) || QDir(out).isEmpty());
}

void TestScreener::reviewedAnalysisOfAnotherStrictnessIsRedone()
{
    // A review made while the GUI matched at another strictness: its analysis claims a
    // pupil the job's strictness would not accept. The screener analyses the photo again
    // instead of trusting it, and the review's face indices still apply.
    ScreeningJob job = jobFor(QStringLiteral("redo"), 1);
    const QString source = job.sources.first();
    Result<AnalysedPhoto> analysed = m_analyser->analyse(source);
    QVERIFY(analysed);
    PhotoAnalysis stale = analysed->analysis;
    QVERIFY(!stale.faces.empty());
    stale.match = fromStrictness(Strictness::Normal);
    stale.match.acceptDistance = 0.9; // matched far too loosely
    stale.faces[0].match.status = MatchStatus::Matched;
    stale.faces[0].match.pupilId = 4242;
    job.analyses[source] = stale;
    job.reviews[source].overrides[0] = {FaceOverride::Kind::Hide, 0, QString()};
    Screener screener(*m_analyser, std::move(job));
    QThreadPool pool;
    Result<ScreeningOutcome> outcome = screener.run(&pool, nullptr);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    const ScreenedPhoto &photo = outcome->report.photos.front();
    QCOMPARE(photo.verdict.faces.size(), analysed->analysis.faces.size());
    QCOMPARE(photo.verdict.faces[0].decision.reason, Reason::HiddenByTeacher);
    for (const ScreenedFace &face : photo.verdict.faces)
        QVERIFY(face.match.pupilId != 4242);
}

void TestScreener::collectsPhotosFromFolders()
{
    const QString root = m_dir.filePath(QStringLiteral("collect"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/dag 2")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/.verborgen")));
    for (const QString &name : {QStringLiteral("b.JPG"), QStringLiteral("a.heic"), QStringLiteral("notities.txt"),
                                QStringLiteral("dag 2/c.png"), QStringLiteral(".verborgen/d.jpg")}) {
        QFile file(root + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QStringList found = Screener::collectPhotos({root, root + QStringLiteral("/notities.txt")});
    QCOMPARE(found, (QStringList{root + QStringLiteral("/a.heic"), root + QStringLiteral("/b.JPG"),
                                 root + QStringLiteral("/dag 2/c.png"), root + QStringLiteral("/notities.txt")}));
}

void TestScreener::turnedPhotoIsAnalysedAndExportedTurned()
{
    // A portrait lying on its side, whose metadata cannot be read: the teacher turned it
    // right. Faces are found in the turned photo and the export is upright.
    const QString trip = m_dir.filePath(QStringLiteral("turn-in"));
    QVERIFY(QDir().mkpath(trip));
    const cv::Mat upright = cv::imread(bw::test::fetchedImage(QStringLiteral("obama.jpg")).toStdString());
    cv::Mat sideways;
    cv::rotate(upright, sideways, cv::ROTATE_90_COUNTERCLOCKWISE);
    const QString written = trip + QStringLiteral("/gedraaid-bron.jpg");
    QVERIFY(cv::imwrite(written.toStdString(), sideways, {cv::IMWRITE_JPEG_QUALITY, 95}));
    const QString source = trip + QStringLiteral("/IMG_0001.jpg");
    QVERIFY(bw::test::writeWithDamagedExif(written, source));

    ScreeningJob job = prepareScreeningJob(*m_registry, QStringLiteral("schoolgids"), QDate(2026, 6, 1)).value();
    job.strictness = Strictness::Normal; // as the test's analyser matches
    job.sources << source;
    job.outputDir = m_dir.filePath(QStringLiteral("turn-out"));
    job.reportPath = m_dir.filePath(QStringLiteral("turn.json"));
    job.reviews[source].quarterTurns = 1;
    Screener screener(*m_analyser, std::move(job));
    QThreadPool pool;
    Result<ScreeningOutcome> outcome = screener.run(&pool, m_registry.get());
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    const ScreenedPhoto &photo = outcome->report.photos.at(0);
    QCOMPARE(photo.verdict.status, PhotoStatus::Exported);
    QVERIFY(photo.verdict.reasons.contains(Reason::MetadataUnreadable));
    QCOMPARE(photo.photo.quarterTurns, 1);
    QCOMPARE(photo.photo.width, upright.cols);
    QCOMPARE(photo.photo.height, upright.rows);
    QCOMPARE(photo.verdict.faces.size(), std::size_t(1));
    QVERIFY(!photo.verdict.faces[0].decision.visible);

    // schoolgids exports at full size: the output is the upright photo (much closer to it
    // than to the photo upside down), its face blurred.
    const cv::Mat exported = cv::imread(photo.outputFile.toStdString());
    QCOMPARE(exported.cols, upright.cols);
    QCOMPARE(exported.rows, upright.rows);
    cv::Mat upsideDown;
    cv::rotate(upright, upsideDown, cv::ROTATE_180);
    const auto change = [](const cv::Mat &a, const cv::Mat &b) { return cv::norm(a, b, cv::NORM_L1) / double(a.total()); };
    const double fromUpright = change(exported, upright);
    const double fromUpsideDown = change(exported, upsideDown);
    QVERIFY2(fromUpright * 3 < fromUpsideDown, qPrintable(QStringLiteral("%1 vs %2").arg(fromUpright).arg(fromUpsideDown)));
    const cv::Rect face = cv::Rect(photo.verdict.faces[0].box.rect) & cv::Rect(0, 0, upright.cols, upright.rows);
    const double faceChange = change(exported(face), upright(face));
    QVERIFY2(faceChange > 15.0, qPrintable(QString::number(faceChange)));
}

QTEST_GUILESS_MAIN(TestScreener)
#include "tst_screener.moc"
