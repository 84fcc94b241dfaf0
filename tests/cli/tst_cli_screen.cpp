// End to end through beeldwacht-cli: a registry from the fetched real-face photos, composed
// group photos with known and unknown faces, `screen` for two channels with different
// consent, and checks on the report, the pixels of the output, metadata and originals.
#include "clisupport.h"
#include "composedgroup.h"
#include "testsupport.h"

#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "imaging/photoloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace bw;
using bw::test::CliRun;
using bw::test::Pasted;
using bw::test::runCli;
using bw::test::sha256Of;

namespace {

double meanAbsDiff(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    const cv::Scalar mean = cv::mean(diff);
    return (mean[0] + mean[1] + mean[2]) / 3.0;
}

} // namespace

class TestCliScreen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screensTwoChannelsWithDifferentConsent();
    void badPhotosAreExcludedWithAReason();
    void damagedMetadataIsScreenedLikeAnyPhoto();
    void refusesReportInsideExportFolder();
    void refsImportNeedsKnownPupils();
    void purgeLeavesNoDescriptorBytes();

private:
    QTemporaryDir m_dir;
    QString m_data;
    QString m_trip;
    std::unique_ptr<FaceEngine> m_engine;
    std::vector<Pasted> m_pasted;
    QString m_group;
};

void TestCliScreen::initTestCase()
{
    const QString obama = bw::test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(obama, QStringLiteral("fetched test photos"));
    Result<ModelFiles> models = ModelLocator::locate(bw::test::binDir());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    QVERIFY(engine);
    m_engine = std::move(*engine);

    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("BW_KEEP_TEST_DIR"));
    m_data = m_dir.filePath(QStringLiteral("data"));
    const QString csv = m_dir.filePath(QStringLiteral("toestemming.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Obama may be shown internally (parro) but not externally; Biden the other way round.
    // Both may be recognised automatically (face-recognition consent).
    file.write("leerling;groep;geboortedatum;datum;door;intern;extern;klassenfoto;gezichtsherkenning\n"
               "Barack Obama;5B;2016-08-04;2026-09-01;ouder;ja;nee;ja;ja\n"
               "Joe Biden;5B;2016-11-20;2026-09-01;ouder;nee;ja;nee;ja\n");
    file.close();
    CliRun imported = runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("import"), csv});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    const QString refs = m_dir.filePath(QStringLiteral("refs"));
    QVERIFY(QDir().mkpath(refs + QStringLiteral("/Barack Obama")));
    QVERIFY(QDir().mkpath(refs + QStringLiteral("/Joe Biden")));
    QVERIFY(QFile::copy(obama, refs + QStringLiteral("/Barack Obama/obama.jpg")));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("biden.jpg")), refs + QStringLiteral("/Joe Biden/biden.jpg")));
    CliRun refsRun = runCli(m_data, {QStringLiteral("refs"), QStringLiteral("import"), refs});
    QVERIFY2(refsRun.exitCode == 0, qPrintable(refsRun.err));
    QVERIFY2(refsRun.out.startsWith(QStringLiteral("2 reference photos stored")), qPrintable(refsRun.out));

    // A group photo: Obama (another photo than his reference), Biden, and, when the PASCAL
    // set is present, two strangers, who must stay hidden on every channel.
    m_trip = m_dir.filePath(QStringLiteral("uitje"));
    QVERIFY(QDir().mkpath(m_trip));
    cv::Mat canvas;
    m_pasted = bw::test::composeGroupPhoto(*m_engine, canvas);
    m_group = m_trip + QStringLiteral("/groep.jpg");
    QVERIFY(cv::imwrite(m_group.toStdString(), canvas, {cv::IMWRITE_JPEG_QUALITY, 95}));
    // Metadata that must never be published: GPS position, a caption naming a child, a comment.
    QProcess exiv2;
    exiv2.start(QStringLiteral("exiv2"),
                {QStringLiteral("-M"), QStringLiteral("set Exif.GPSInfo.GPSLatitude 52/1 22/1 0/1"),
                 QStringLiteral("-M"), QStringLiteral("set Exif.Image.ImageDescription Barack Obama op schoolreis"),
                 QStringLiteral("-M"), QStringLiteral("set Iptc.Application2.Caption Barack Obama"),
                 QStringLiteral("-M"), QStringLiteral("set Xmp.dc.description Barack Obama"),
                 QStringLiteral("-c"), QStringLiteral("Barack Obama"), m_group});
    QVERIFY(exiv2.waitForFinished());
    QCOMPARE(exiv2.exitCode(), 0);
}

void TestCliScreen::screensTwoChannelsWithDifferentConsent()
{
    const QByteArray originalHash = sha256Of(m_group);
    const cv::Mat original = loadPhoto(m_group).value().image;

    // The school's strictness (default normal) for parro; schoolgids is extern: at least strict.
    struct Expect { QString channel; QString visiblePupil; QString hiddenPupil; QString hiddenReason; Strictness strictness; };
    for (const Expect &expect : {Expect{QStringLiteral("parro"), QStringLiteral("Barack Obama"), QStringLiteral("Joe Biden"), QStringLiteral("refused"), Strictness::Normal},
                                 Expect{QStringLiteral("schoolgids"), QStringLiteral("Joe Biden"), QStringLiteral("Barack Obama"), QStringLiteral("refused"), Strictness::Strict}}) {
        const QString out = m_dir.filePath(expect.channel);
        const QString report = m_dir.filePath(expect.channel + QStringLiteral("-verslag.json"));
        CliRun run = runCli(m_data, {QStringLiteral("screen"), QStringLiteral("--channel"), expect.channel, QStringLiteral("--out"), out,
                                  QStringLiteral("--report"), report, m_trip});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        QFile reportFile(report);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(reportFile.readAll()).object();
        QCOMPARE(json[QStringLiteral("channel")].toString(), expect.channel);
        const QString settingsProblem = bw::test::settingsRecordProblem(
            json[QStringLiteral("settings")].toObject(), expect.strictness, expect.channel == QLatin1String("parro") ? 2048 : 0);
        QVERIFY2(settingsProblem.isEmpty(), qPrintable(settingsProblem));
        QVERIFY(QFile::exists(m_dir.filePath(expect.channel + QStringLiteral("-verslag.csv"))));
        QVERIFY(QFile::exists(m_dir.filePath(expect.channel + QStringLiteral("-verslag.html"))));
        const QJsonArray photos = json[QStringLiteral("photos")].toArray();
        QCOMPARE(photos.size(), 1);
        const QJsonObject photo = photos[0].toObject();
        QCOMPARE(photo[QStringLiteral("status")].toString(), QStringLiteral("exported"));
        QCOMPARE(photo[QStringLiteral("sha256")].toString().toLatin1(), originalHash);
        const QString output = photo[QStringLiteral("output")].toString();
        QVERIFY2(output.startsWith(out + QLatin1Char('/') + expect.channel + QLatin1Char('_')), qPrintable(output));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
        QVERIFY(!output.contains(QStringLiteral("Obama")) && !output.contains(QStringLiteral("groep")));

        const cv::Mat exported = cv::imread(output.toStdString());
        QVERIFY(!exported.empty());
        cv::Mat upscaled;
        cv::resize(exported, upscaled, original.size(), 0, 0, cv::INTER_LINEAR);

        const QJsonArray faces = photo[QStringLiteral("faces")].toArray();
        for (const Pasted &pasted : m_pasted) {
            const QString who = pasted.who.isEmpty() ? QStringLiteral("stranger") : pasted.who;
            // The report's face whose box centre lies in the pasted area.
            std::optional<QJsonObject> face;
            for (const QJsonValue &value : faces) {
                const QJsonArray box = value.toObject()[QStringLiteral("box")].toArray();
                const cv::Point centre(box[0].toInt() + box[2].toInt() / 2, box[1].toInt() + box[3].toInt() / 2);
                if (pasted.area.contains(centre))
                    face = value.toObject();
            }
            QVERIFY2(face, qPrintable(QStringLiteral("%1: no face reported for %2").arg(expect.channel, who)));
            const bool shouldShow = pasted.who == expect.visiblePupil;
            QVERIFY2((*face)[QStringLiteral("visible")].toBool() == shouldShow,
                     qPrintable(QStringLiteral("%1: %2 visible=%3: %4").arg(expect.channel, who).arg(!shouldShow)
                                    .arg(QString::fromUtf8(QJsonDocument(*face).toJson(QJsonDocument::Compact)))));
            if (pasted.who.isEmpty()) {
                QVERIFY((*face)[QStringLiteral("pupil")].isNull());
            } else {
                QCOMPARE((*face)[QStringLiteral("pupil")].toString(), pasted.who);
            }
            if (pasted.who == expect.hiddenPupil)
                QCOMPARE((*face)[QStringLiteral("reason")].toString(), expect.hiddenReason);

            // And in the pixels: a visible face is the original, a hidden one is not
            // recognisable any more, not even by the project's own descriptor.
            const QJsonArray box = (*face)[QStringLiteral("box")].toArray();
            const cv::Rect faceRect(box[0].toInt(), box[1].toInt(), box[2].toInt(), box[3].toInt());
            const double difference = meanAbsDiff(upscaled(faceRect), original(faceRect));
            if (shouldShow) {
                QVERIFY2(difference < 12.0, qPrintable(QStringLiteral("%1: visible %2 changed (%3)").arg(expect.channel, who).arg(difference)));
                continue;
            }
            QVERIFY2(difference > 15.0, qPrintable(QStringLiteral("%1: hidden %2 barely changed (%3)").arg(expect.channel, who).arg(difference)));
            const cv::Mat hiddenArea = upscaled(pasted.area & cv::Rect(0, 0, original.cols, original.rows)).clone();
            const std::vector<FaceBox> again = m_engine->detect(hiddenArea).value();
            if (!again.empty() && !pasted.who.isEmpty()) {
                const FaceDescriptor before = m_engine->describe(original(pasted.area), {m_engine->detect(original(pasted.area)).value().at(0)}).value().at(0).descriptor.value();
                const std::vector<FaceDescription> descriptions = m_engine->describe(hiddenArea, again).value();
                for (const FaceDescription &description : descriptions) {
                    if (description.descriptor)
                        QVERIFY2(descriptorDistance(before, *description.descriptor) > 0.6,
                                 qPrintable(QStringLiteral("%1: hidden %2 is still recognised").arg(expect.channel, who)));
                }
            }
        }

        // No metadata of any kind in the output, and none of the child's name in its bytes.
        QProcess exiv2;
        exiv2.start(QStringLiteral("exiv2"), {QStringLiteral("-pa"), output});
        QVERIFY(exiv2.waitForFinished());
        QVERIFY2(exiv2.readAllStandardOutput().trimmed().isEmpty(), "the export carries EXIF, IPTC or XMP");
        exiv2.start(QStringLiteral("exiv2"), {QStringLiteral("-pc"), output});
        QVERIFY(exiv2.waitForFinished());
        QVERIFY(exiv2.readAllStandardOutput().trimmed().isEmpty());
        QFile exportedFile(output);
        QVERIFY(exportedFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = exportedFile.readAll();
        QVERIFY(!bytes.contains("Obama") && !bytes.contains("Exif") && !bytes.contains("GPS"));
    }
    QCOMPARE(sha256Of(m_group), originalHash);
}

void TestCliScreen::badPhotosAreExcludedWithAReason()
{
    const QString trip = m_dir.filePath(QStringLiteral("kapot"));
    QVERIFY(QDir().mkpath(trip));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("obama2.jpg")), trip + QStringLiteral("/a_goed.jpg")));
    QFile truncated(trip + QStringLiteral("/b_afgebroken.jpg"));
    QFile source(bw::test::fetchedImage(QStringLiteral("obama3.jpg")));
    QVERIFY(source.open(QIODevice::ReadOnly) && truncated.open(QIODevice::WriteOnly));
    truncated.write(source.read(source.size() / 2));
    truncated.close();
    QFile text(trip + QStringLiteral("/c_geen-foto.jpg"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("dit is geen foto\n");
    text.close();

    const QString out = m_dir.filePath(QStringLiteral("kapot-uit"));
    const QString report = m_dir.filePath(QStringLiteral("kapot.json"));
    CliRun run = runCli(m_data, {QStringLiteral("screen"), QStringLiteral("--channel"), QStringLiteral("parro"),
                              QStringLiteral("--out"), out, QStringLiteral("--report"), report, trip});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonArray photos = QJsonDocument::fromJson(reportFile.readAll()).object()[QStringLiteral("photos")].toArray();
    QCOMPARE(photos.size(), 3);
    QCOMPARE(photos[0].toObject()[QStringLiteral("status")].toString(), QStringLiteral("exported"));
    for (int i : {1, 2}) {
        const QJsonObject photo = photos[i].toObject();
        QCOMPARE(photo[QStringLiteral("status")].toString(), QStringLiteral("excluded"));
        QVERIFY2(photo[QStringLiteral("error")].toString().contains(QFileInfo(photo[QStringLiteral("source")].toString()).fileName()),
                 qPrintable(photo[QStringLiteral("error")].toString()));
        QVERIFY(!photo.contains(QStringLiteral("output")));
    }
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
}

void TestCliScreen::damagedMetadataIsScreenedLikeAnyPhoto()
{
    // The group photo as a broken phone app leaves it: its EXIF block is garbage. With a new,
    // empty registry nobody has consent: it is exported with every face hidden, and the
    // report says why its orientation is unknown.
    const QString trip = m_dir.filePath(QStringLiteral("kapotte-exif"));
    QVERIFY(QDir().mkpath(trip));
    const QString damaged = trip + QStringLiteral("/IMG_0002.jpg");
    QVERIFY(bw::test::writeWithDamagedExif(m_group, damaged));
    const QString out = m_dir.filePath(QStringLiteral("kapotte-exif-uit"));
    const QString report = m_dir.filePath(QStringLiteral("kapotte-exif.json"));
    CliRun run = runCli(m_dir.filePath(QStringLiteral("leeg")),
                        {QStringLiteral("screen"), QStringLiteral("--channel"), QStringLiteral("parro"),
                         QStringLiteral("--out"), out, QStringLiteral("--report"), report, damaged});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject photo = bw::test::readJsonObject(report)[QStringLiteral("photos")].toArray().at(0).toObject();
    QCOMPARE(photo[QStringLiteral("status")].toString(), QStringLiteral("exported"));
    QVERIFY2(photo[QStringLiteral("reasons")].toArray().contains(QStringLiteral("metadata_unreadable")),
             qPrintable(QString::fromUtf8(QJsonDocument(photo).toJson(QJsonDocument::Compact))));
    QVERIFY(!photo.contains(QStringLiteral("error")));

    const cv::Mat original = loadPhoto(m_group).value().image;
    cv::Mat exported;
    cv::resize(cv::imread(photo[QStringLiteral("output")].toString().toStdString()), exported, original.size());
    const QJsonArray faces = photo[QStringLiteral("faces")].toArray();
    QVERIFY(faces.size() >= qsizetype(m_pasted.size()));
    for (const QJsonValue &value : faces) {
        const QJsonObject face = value.toObject();
        QVERIFY(!face[QStringLiteral("visible")].toBool());
        const QJsonArray box = face[QStringLiteral("box")].toArray();
        const cv::Rect faceRect(box[0].toInt(), box[1].toInt(), box[2].toInt(), box[3].toInt());
        QVERIFY2(meanAbsDiff(exported(faceRect), original(faceRect)) > 15.0,
                 qPrintable(QStringLiteral("face at %1,%2 barely changed").arg(faceRect.x).arg(faceRect.y)));
    }
}

void TestCliScreen::refusesReportInsideExportFolder()
{
    const QString out = m_dir.filePath(QStringLiteral("binnen"));
    CliRun run = runCli(m_data, {QStringLiteral("screen"), QStringLiteral("--channel"), QStringLiteral("parro"),
                              QStringLiteral("--out"), out, QStringLiteral("--report"), out + QStringLiteral("/verslag.json"), m_trip});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("inside the export folder")), qPrintable(run.err));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);

    CliRun unknownChannel = runCli(m_data, {QStringLiteral("screen"), QStringLiteral("--channel"), QStringLiteral("tiktok"),
                                         QStringLiteral("--out"), out, QStringLiteral("--report"), m_dir.filePath(QStringLiteral("x.json")), m_trip});
    QVERIFY(unknownChannel.exitCode != 0);
    QVERIFY2(unknownChannel.err.contains(QStringLiteral("tiktok")), qPrintable(unknownChannel.err));
}

void TestCliScreen::refsImportNeedsKnownPupils()
{
    const QString refs = m_dir.filePath(QStringLiteral("onbekend"));
    QVERIFY(QDir().mkpath(refs + QStringLiteral("/Zoë Ünal")));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("obama3.jpg")), refs + QStringLiteral("/Zoë Ünal/z.jpg")));
    CliRun run = runCli(m_data, {QStringLiteral("refs"), QStringLiteral("import"), refs});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("Zoë Ünal")), qPrintable(run.err));
}

void TestCliScreen::purgeLeavesNoDescriptorBytes()
{
    const cv::Mat obama = loadPhoto(bw::test::fetchedImage(QStringLiteral("obama.jpg"))).value().image;
    const std::vector<FaceBox> faces = m_engine->detect(obama).value();
    const FaceDescriptor descriptor = m_engine->describe(obama, faces).value().at(0).descriptor.value();
    const QByteArray bytes(reinterpret_cast<const char *>(descriptor.data()), qsizetype(sizeof(descriptor)));
    const auto registryBytes = [&] {
        QByteArray all;
        for (const QString &name : QDir(m_data).entryList({QStringLiteral("registry.sqlite*")}, QDir::Files)) {
            QFile file(QDir(m_data).filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    };
    QVERIFY2(registryBytes().contains(bytes), "the reference descriptor should be stored before the purge");
    CliRun purge = runCli(m_data, {QStringLiteral("purge"), QStringLiteral("--biometrics")});
    QVERIFY2(purge.exitCode == 0, qPrintable(purge.err));
    QVERIFY2(!registryBytes().contains(bytes), "descriptor bytes remain in the registry after purge");
    QVERIFY(!registryBytes().contains(bytes.left(64)));
}

QTEST_GUILESS_MAIN(TestCliScreen)
#include "tst_cli_screen.moc"
