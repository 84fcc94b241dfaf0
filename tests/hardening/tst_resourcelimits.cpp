// Resource limits through beeldwacht-cli: a photo with 300 faces, panoramas just under and
// just over the pixel limit, batches of 500 and 5,000 small photos, and an export folder
// on a full disk. Peak memory is the child's own (wait4's ru_maxrss); the figures are
// printed for the report, and asserted only against generous bounds.
#include "clisupport.h"
#include "testsupport.h"

#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "imaging/photoloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <sys/mount.h>

using namespace bw;

namespace {

constexpr qint64 kMiB = 1024;   // ru_maxrss is in KiB

QStringList screenArguments(const QString &channel, const QString &out, const QString &report, const QStringList &photos)
{
    return QStringList{QStringLiteral("screen"), QStringLiteral("--channel"), channel, QStringLiteral("--out"), out,
                       QStringLiteral("--report"), report} + photos;
}

// Unmounts the tmpfs even when a check fails half-way.
struct Unmount {
    QString path;
    ~Unmount()
    {
        if (!path.isEmpty())
            ::umount(QFile::encodeName(path).constData());
    }
};

} // namespace

class TestResourceLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void threeHundredFacesAreAllHidden();
    void panoramaAtThePixelLimit();
    void manySmallPhotosWithFlatMemory();
    void fullDiskFailsCleanly();

private:
    QTemporaryDir m_dir;
    QString m_data;
};

void TestResourceLimits::initTestCase()
{
    BW_REQUIRE_DATA(bw::test::fetchedImage(QStringLiteral("biden.jpg")), QStringLiteral("fetched test photos"));
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("BW_KEEP_TEST_DIR"));
    m_data = m_dir.filePath(QStringLiteral("data"));
    QString error;
    QVERIFY2(bw::test::importPupils(m_data, m_dir.path(), &error), qPrintable(error));
    QVERIFY2(bw::test::importReferences(m_data, m_dir.path(), &error), qPrintable(error));
}

void TestResourceLimits::threeHundredFacesAreAllHidden()
{
    // Biden's face (a registered pupil without consent for parro) tiled 20 x 15: at most
    // one face can be him, every other one is unknown; all 300 must be hidden.
    Result<ModelFiles> models = ModelLocator::locate(bw::test::binDir());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    QVERIFY(engine);
    const cv::Mat biden = loadPhoto(bw::test::fetchedImage(QStringLiteral("biden.jpg"))).value().image;
    const std::vector<FaceBox> found = (*engine)->detect(biden).value();
    QCOMPARE(found.size(), std::size_t(1));
    const cv::Rect2f face = found[0].rect;
    const cv::Rect crop = cv::Rect(cv::Point(int(face.x - face.width * 0.4f), int(face.y - face.height * 0.4f)),
                                   cv::Size(int(face.width * 1.8f), int(face.height * 1.8f)))
                          & cv::Rect(0, 0, biden.cols, biden.rows);
    const cv::Size tile(150, 150);
    cv::Mat tileImage;
    cv::resize(biden(crop), tileImage, tile, 0, 0, cv::INTER_AREA);
    constexpr int kColumns = 20;
    constexpr int kRows = 15;
    cv::Mat canvas(tile.height * kRows, tile.width * kColumns, CV_8UC3);
    for (int row = 0; row < kRows; ++row) {
        for (int column = 0; column < kColumns; ++column)
            tileImage.copyTo(canvas(cv::Rect(column * tile.width, row * tile.height, tile.width, tile.height)));
    }
    const QString photo = m_dir.filePath(QStringLiteral("klas300.jpg"));
    QVERIFY(cv::imwrite(photo.toStdString(), canvas, {cv::IMWRITE_JPEG_QUALITY, 92}));
    const QByteArray originalHash = bw::test::sha256Of(photo);

    const QString report = m_dir.filePath(QStringLiteral("klas300.json"));
    const bw::test::CliRun run = bw::test::runCli(
        m_data, screenArguments(QStringLiteral("parro"), m_dir.filePath(QStringLiteral("klas300")), report, {photo}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(bw::test::sha256Of(photo), originalHash);

    const QJsonObject result = bw::test::readJsonObject(report)[QStringLiteral("photos")].toArray().at(0).toObject();
    QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("exported"));
    const QJsonArray faces = result[QStringLiteral("faces")].toArray();
    std::vector<int> facesPerTile(kColumns * kRows, 0);
    for (const QJsonValue &value : faces) {
        const QJsonObject faceJson = value.toObject();
        QVERIFY2(!faceJson[QStringLiteral("visible")].toBool(), "a face of the 300 is visible");
        const QJsonArray box = faceJson[QStringLiteral("box")].toArray();
        const int column = int((box[0].toDouble() + box[2].toDouble() / 2) / tile.width);
        const int row = int((box[1].toDouble() + box[3].toDouble() / 2) / tile.height);
        if (column >= 0 && column < kColumns && row >= 0 && row < kRows)
            ++facesPerTile[std::size_t(row * kColumns + column)];
    }
    // Every tile's face is found (so hidden). An extra, overlapping detection in a tile is
    // harmless here (it is hidden too) and only counted.
    for (int i = 0; i < kColumns * kRows; ++i)
        QVERIFY2(facesPerTile[std::size_t(i)] >= 1, qPrintable(QStringLiteral("the face in tile %1,%2 was not found")
                                                      .arg(i % kColumns).arg(i / kColumns)));
    QVERIFY(faces.size() >= kColumns * kRows);
    qInfo("300 faces (%dx%d px photo): all found and hidden (%lld extra overlapping detections); %.1f s, peak %lld MB",
          canvas.cols, canvas.rows, qint64(faces.size() - kColumns * kRows), run.seconds, run.peakRssKb / kMiB);
}

void TestResourceLimits::panoramaAtThePixelLimit()
{
    // Mostly flat colour with one face, so the files stay small; the limit is 100 MP.
    const cv::Mat biden = cv::imread(bw::test::fetchedImage(QStringLiteral("biden.jpg")).toStdString());
    const auto writePanorama = [&](int width, int height, const QString &name) {
        cv::Mat canvas(height, width, CV_8UC3, cv::Scalar(180, 160, 120));
        biden.copyTo(canvas(cv::Rect(cv::Point(width / 2, height / 3), biden.size())));
        const QString path = m_dir.filePath(name);
        return cv::imwrite(path.toStdString(), canvas, {cv::IMWRITE_JPEG_QUALITY, 85}) ? path : QString();
    };
    const QString under = writePanorama(20000, 4900, QStringLiteral("panorama-98mp.jpg"));
    const QString over = writePanorama(20000, 5001, QStringLiteral("panorama-100mp.jpg"));
    QVERIFY(!under.isEmpty() && !over.isEmpty());
    const QString tiny = m_dir.filePath(QStringLiteral("klein.jpg"));
    QVERIFY(cv::imwrite(tiny.toStdString(), cv::Mat(64, 64, CV_8UC3, cv::Scalar(10, 20, 30))));

    const QString report = m_dir.filePath(QStringLiteral("panorama.json"));
    const bw::test::CliRun underRun = bw::test::runCli(
        m_data, screenArguments(QStringLiteral("parro"), m_dir.filePath(QStringLiteral("panorama")), report, {under}));
    QVERIFY2(underRun.exitCode == 0, qPrintable(underRun.err));
    const QJsonObject underResult = bw::test::readJsonObject(report)[QStringLiteral("photos")].toArray().at(0).toObject();
    QCOMPARE(underResult[QStringLiteral("status")].toString(), QStringLiteral("exported"));
    QCOMPARE(underResult[QStringLiteral("width")].toInt(), 20000);
    QVERIFY2(underRun.peakRssKb < 3 * 1024 * kMiB, qPrintable(QStringLiteral("peak %1 MB").arg(underRun.peakRssKb / kMiB)));

    const QString tinyReport = m_dir.filePath(QStringLiteral("klein.json"));
    const bw::test::CliRun tinyRun = bw::test::runCli(
        m_data, screenArguments(QStringLiteral("parro"), m_dir.filePath(QStringLiteral("klein")), tinyReport, {tiny}));
    QVERIFY2(tinyRun.exitCode == 0, qPrintable(tinyRun.err));

    const QString overReport = m_dir.filePath(QStringLiteral("te-groot.json"));
    const QString overOut = m_dir.filePath(QStringLiteral("te-groot"));
    const bw::test::CliRun overRun = bw::test::runCli(m_data, screenArguments(QStringLiteral("parro"), overOut, overReport, {over}));
    QVERIFY2(overRun.exitCode == 0, qPrintable(overRun.err));
    const QJsonObject overResult = bw::test::readJsonObject(overReport)[QStringLiteral("photos")].toArray().at(0).toObject();
    QCOMPARE(overResult[QStringLiteral("status")].toString(), QStringLiteral("excluded"));
    const QString error = overResult[QStringLiteral("error")].toString();
    QVERIFY2(error.contains(QStringLiteral("20000 x 5001")) && error.contains(QStringLiteral("limit")), qPrintable(error));
    QVERIFY(QDir(overOut).entryList(QDir::Files).isEmpty());
    // Refused from the header: decoding 100 MP would take 300 MB for the pixels alone.
    QVERIFY2(overRun.peakRssKb < tinyRun.peakRssKb + 100 * kMiB,
             qPrintable(QStringLiteral("over the limit peaks at %1 MB, a 64x64 photo at %2 MB")
                            .arg(overRun.peakRssKb / kMiB).arg(tinyRun.peakRssKb / kMiB)));
    qInfo("panorama 20000x4900 (98 MP, %lld kB file): %.1f s, peak %lld MB; 20000x5001 refused (%s): %.1f s, "
          "peak %lld MB; a 64x64 photo: peak %lld MB",
          QFileInfo(under).size() / 1024, underRun.seconds, underRun.peakRssKb / kMiB, qPrintable(error),
          overRun.seconds, overRun.peakRssKb / kMiB, tinyRun.peakRssKb / kMiB);
}

void TestResourceLimits::manySmallPhotosWithFlatMemory()
{
    const QString photos = m_dir.filePath(QStringLiteral("veel"));
    QVERIFY(QDir().mkpath(photos + QStringLiteral("/500")));
    QVERIFY(QDir().mkpath(photos + QStringLiteral("/5000")));
    for (int i = 0; i < 5000; ++i) {
        std::vector<uchar> jpeg;
        QVERIFY(cv::imencode(".jpg", cv::Mat(64, 64, CV_8UC3, cv::Scalar(i % 256, (i / 256) * 12 % 256, 128)), jpeg));
        for (const QString &batch : {QStringLiteral("500"), QStringLiteral("5000")}) {
            if (batch == QStringLiteral("500") && i >= 500)
                continue;
            QFile file(QStringLiteral("%1/%2/IMG_%3.jpg").arg(photos, batch).arg(i, 5, 10, QLatin1Char('0')));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(reinterpret_cast<const char *>(jpeg.data()), qint64(jpeg.size()));
        }
    }
    qint64 peaks[2] = {0, 0};
    double seconds[2] = {0, 0};
    int index = 0;
    for (const int count : {500, 5000}) {
        const QString name = QString::number(count);
        const QString report = m_dir.filePath(QStringLiteral("veel-%1.json").arg(name));
        const QString out = m_dir.filePath(QStringLiteral("veel-%1").arg(name));
        const bw::test::CliRun run = bw::test::runCli(
            m_data, screenArguments(QStringLiteral("nieuwsbrief"), out, report, {photos + QLatin1Char('/') + name}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(bw::test::readJsonObject(report)[QStringLiteral("photos")].toArray().size(), count);
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), count);
        peaks[index] = run.peakRssKb;
        seconds[index] = run.seconds;
        ++index;
    }
    qInfo("small photos: 500 in %.1f s, peak %lld MB; 5000 in %.1f s, peak %lld MB", seconds[0], peaks[0] / kMiB,
          seconds[1], peaks[1] / kMiB);
    // Ten times the photos may cost the per-photo results kept for the report, not pixels.
    QVERIFY2(peaks[1] < peaks[0] + 150 * kMiB,
             qPrintable(QStringLiteral("peak grows from %1 MB to %2 MB").arg(peaks[0] / kMiB).arg(peaks[1] / kMiB)));
}

void TestResourceLimits::fullDiskFailsCleanly()
{
    const QString out = m_dir.filePath(QStringLiteral("vol"));
    QVERIFY(QDir().mkpath(out));
    if (::mount("tmpfs", QFile::encodeName(out).constData(), "tmpfs", 0, "size=2m") != 0)
        QSKIP("mounting a small tmpfs needs root (CAP_SYS_ADMIN); the full-disk case was not tried");
    const Unmount unmount{out};

    // Six full-size photos of noise: each exported JPEG is larger than 1 MB, 2 MB fit.
    const QString photos = m_dir.filePath(QStringLiteral("ruis"));
    QVERIFY(QDir().mkpath(photos));
    QStringList hashes;
    cv::RNG rng(8);
    for (int i = 0; i < 6; ++i) {
        cv::Mat noise(1200, 1600, CV_8UC3);
        rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
        const QString path = QStringLiteral("%1/IMG_%2.jpg").arg(photos).arg(i);
        QVERIFY(cv::imwrite(path.toStdString(), noise, {cv::IMWRITE_JPEG_QUALITY, 95}));
        hashes << QString::fromLatin1(bw::test::sha256Of(path));
    }
    const QString report = m_dir.filePath(QStringLiteral("vol.json"));
    const bw::test::CliRun run = bw::test::runCli(m_data, screenArguments(QStringLiteral("schoolgids"), out, report, {photos}));
    QCOMPARE(run.signal, 0);
    QVERIFY2(run.exitCode != 0, "an export onto a full disk must fail");
    QVERIFY2(run.err.contains(QStringLiteral("full")), qPrintable(run.err));
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    const QStringList left = QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left on the full disk: ") + left.join(QLatin1Char(' '))));
    QVERIFY2(!QFile::exists(report), "no report for an export that did not happen");
    for (int i = 0; i < 6; ++i)
        QCOMPARE(QString::fromLatin1(bw::test::sha256Of(QStringLiteral("%1/IMG_%2.jpg").arg(photos).arg(i))), hashes[i]);
    qInfo("full disk (2 MB tmpfs): refused after %.1f s with: %s", run.seconds, qPrintable(run.err.trimmed()));
}

QTEST_GUILESS_MAIN(TestResourceLimits)
#include "tst_resourcelimits.moc"
