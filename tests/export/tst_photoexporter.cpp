#include "export/exportnaming.h"
#include "export/exportstaging.h"
#include "export/photoexporter.h"
#include "imaging/photo.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <exiv2/exiv2.hpp>

#include <opencv2/imgcodecs.hpp>

#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace bw;

Q_DECLARE_METATYPE(cv::Size)

namespace {

const QString kPupilName = QStringLiteral("Daan de Vries");

cv::Mat noiseImage(cv::Size size)
{
    cv::Mat image(size, CV_8UC3);
    cv::RNG rng(7);
    rng.fill(image, cv::RNG::UNIFORM, cv::Scalar::all(0), cv::Scalar::all(256));
    return image;
}

// Every entry of a folder, hidden ones (temporary files, staging folders) included.
QStringList everythingIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

// The marker of every JPEG segment before the image data starts.
QList<int> segmentMarkers(const QByteArray &jpeg)
{
    QList<int> markers;
    if (jpeg.size() < 4 || uchar(jpeg[0]) != 0xFF || uchar(jpeg[1]) != 0xD8)
        return markers;
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && uchar(jpeg[at]) == 0xFF) {
        const int marker = uchar(jpeg[at + 1]);
        markers << marker;
        if (marker == 0xDA)   // start of scan: entropy-coded data follows
            break;
        const int length = (uchar(jpeg[at + 2]) << 8) | uchar(jpeg[at + 3]);
        at += 2 + length;
    }
    return markers;
}

// Writes EXIF (with GPS and a camera serial), XMP, IPTC and a JPEG comment into `path`.
void writeAllMetadata(const QString &path)
{
    auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
    image->readMetadata();
    Exiv2::ExifData &exif = image->exifData();
    exif["Exif.Image.Make"] = "Schoolcam";
    exif["Exif.Photo.BodySerialNumber"] = "SN-123456";
    exif["Exif.Photo.DateTimeOriginal"] = "2026:05:30 10:15:00";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif["Exif.GPSInfo.GPSLatitude"] = "52/1 5/1 30/1";
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
    exif["Exif.GPSInfo.GPSLongitude"] = "4/1 18/1 10/1";
    image->xmpData()["Xmp.dc.description"] = kPupilName.toStdString();
    image->xmpData()["Xmp.dc.subject"] = kPupilName.toStdString();
    image->iptcData()["Iptc.Application2.Caption"] = kPupilName.toStdString();
    image->iptcData()["Iptc.Application2.Keywords"] = "groep 5B";
    image->setComment(kPupilName.toStdString());
    image->writeMetadata();
}

struct MetadataFound {
    bool exif = false;
    bool gps = false;
    bool xmp = false;
    bool iptc = false;
    bool comment = false;
};

MetadataFound metadataIn(const QString &path)
{
    auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
    image->readMetadata();
    MetadataFound found;
    found.exif = !image->exifData().empty();
    found.gps = image->exifData().findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude")) != image->exifData().end();
    found.xmp = !image->xmpData().empty() || !image->xmpPacket().empty();
    found.iptc = !image->iptcData().empty();
    found.comment = !image->comment().empty();
    return found;
}

// A small tmpfs mounted over a folder for the length of one test (root only), to get a
// read-only or a full file system; unmounted again before the folder is removed.
class ScopedTmpfs {
public:
    ScopedTmpfs(const QString &path, const QByteArray &options, unsigned long flags = 0)
        : m_path(QFile::encodeName(path))
    {
        m_mounted = ::geteuid() == 0
            && ::mount("beeldwacht-test", m_path.constData(), "tmpfs", flags, options.constData()) == 0;
    }
    ~ScopedTmpfs()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    ScopedTmpfs(const ScopedTmpfs &) = delete;
    ScopedTmpfs &operator=(const ScopedTmpfs &) = delete;

    bool isMounted() const { return m_mounted; }

private:
    QByteArray m_path;
    bool m_mounted = false;
};

} // namespace

class TestPhotoExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void resizesToTheProfileLongSide_data();
    void resizesToTheProfileLongSide();
    void qualityFollowsTheProfile();
    void refusesImagesItCannotEncode();
    void exportCarriesNoMetadata();
    void namesAreNeutralAndNumbered();
    void neverOverwritesAnExistingFile();
    void leavesNoTemporaryFiles();
    void missingFolderIsAClearError();
    void readOnlyFolderIsAClearError();
    void fullDiskLeavesNothingHalfWritten();
    void stagingCommitPublishesInSourceOrder();
    void stagingCommitRenumbersNamesTakenMeanwhile();
    void rerunAfterAKilledCommitPublishesNothingTwice();
    void stagingDiscardRemovesEverything();
    void leftoverStagingOfAKilledRunIsCleaned();

private:
    Result<QString> exportInto(const QString &folder, const cv::Mat &image,
                               const ExportProfile &profile = {0, 85}) const;
};

namespace {

const QDate kDay(2026, 5, 30);

// Stages `count` noise photos in `staging`, as the screener's workers do.
std::vector<StagedFile> stageNoise(const ExportStaging &staging, int count, const QDate &date = kDay)
{
    std::vector<StagedFile> staged;
    for (int i = 0; i < count; ++i) {
        Result<QString> path = PhotoExporter({0, 85}).stage(noiseImage({48 + i, 32}), staging, i);
        if (path)
            staged.push_back({*path, date});
    }
    return staged;
}

QStringList fileNames(const std::vector<QString> &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    return names;
}

} // namespace

void TestPhotoExporter::initTestCase()
{
    Exiv2::XmpParser::initialize();
}

void TestPhotoExporter::cleanupTestCase()
{
    Exiv2::XmpParser::terminate();
}

// One photo through the path the screener ships: stage it, then commit it under its
// neutral name.
Result<QString> TestPhotoExporter::exportInto(const QString &folder, const cv::Mat &image,
                                              const ExportProfile &profile) const
{
    Result<ExportStaging> staging = ExportStaging::begin(folder);
    if (!staging)
        return std::unexpected(staging.error());
    Result<QString> staged = PhotoExporter(profile).stage(image, *staging, 0);
    if (!staged)
        return std::unexpected(staged.error());
    Result<std::vector<QString>> published = staging->commit({{*staged, kDay}}, ExportNaming(QStringLiteral("parro")));
    if (!published)
        return std::unexpected(published.error());
    return published->front();
}

void TestPhotoExporter::resizesToTheProfileLongSide_data()
{
    QTest::addColumn<cv::Size>("input");
    QTest::addColumn<int>("longSide");
    QTest::addColumn<cv::Size>("expected");
    QTest::newRow("landscape") << cv::Size(4032, 3024) << 2048 << cv::Size(2048, 1536);
    QTest::newRow("portrait") << cv::Size(3024, 4032) << 1080 << cv::Size(810, 1080);
    QTest::newRow("square") << cv::Size(3000, 3000) << 1600 << cv::Size(1600, 1600);
    QTest::newRow("smaller: never upscaled") << cv::Size(800, 600) << 1920 << cv::Size(800, 600);
    QTest::newRow("exactly the long side") << cv::Size(1920, 1080) << 1920 << cv::Size(1920, 1080);
    QTest::newRow("full size profile") << cv::Size(4032, 3024) << 0 << cv::Size(4032, 3024);
}

void TestPhotoExporter::resizesToTheProfileLongSide()
{
    QFETCH(cv::Size, input);
    QFETCH(int, longSide);
    QFETCH(cv::Size, expected);
    const cv::Mat image(input, CV_8UC3, cv::Scalar(40, 90, 160));
    const cv::Mat resized = PhotoExporter::resizedForProfile(image, ExportProfile{longSide, 85});
    QCOMPARE(resized.size(), expected);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const auto written = exportInto(folder.path(), image, ExportProfile{longSide, 85});
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
    QCOMPARE(cv::imread(QFile::encodeName(*written).toStdString()).size(), expected);
}

void TestPhotoExporter::qualityFollowsTheProfile()
{
    const QString photo = test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(photo, QStringLiteral("obama.jpg"));
    const cv::Mat image = cv::imread(QFile::encodeName(photo).toStdString());
    QTemporaryDir folder;
    const auto low = exportInto(folder.path(), image, {0, 40});
    const auto high = exportInto(folder.path(), image, {0, 95});
    QVERIFY(low && high);
    QVERIFY2(QFileInfo(*low).size() * 2 < QFileInfo(*high).size(), "q40 is much smaller than q95");
    const double lowPsnr = cv::PSNR(image, cv::imread(QFile::encodeName(*low).toStdString()));
    const double highPsnr = cv::PSNR(image, cv::imread(QFile::encodeName(*high).toStdString()));
    QVERIFY2(highPsnr > lowPsnr + 3.0, qPrintable(QStringLiteral("PSNR q40 %1 dB, q95 %2 dB").arg(lowPsnr).arg(highPsnr)));
    QVERIFY(highPsnr > 38.0);
}

void TestPhotoExporter::refusesImagesItCannotEncode()
{
    QTemporaryDir folder;
    const auto empty = exportInto(folder.path(), cv::Mat());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
    const auto floating = exportInto(folder.path(), cv::Mat(10, 10, CV_32FC3, cv::Scalar::all(0.5)));
    QVERIFY(!floating);
    QVERIFY(everythingIn(folder.path()).isEmpty());
}

void TestPhotoExporter::exportCarriesNoMetadata()
{
    const QString photo = test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(photo, QStringLiteral("obama.jpg"));
    QTemporaryDir work;
    const QString tagged = work.filePath(QStringLiteral("IMG_0001 Daan de Vries.jpg"));
    QVERIFY(QFile::copy(photo, tagged));
    writeAllMetadata(tagged);
    const MetadataFound before = metadataIn(tagged);
    QVERIFY2(before.exif && before.gps && before.xmp && before.iptc && before.comment,
             "the input really carries EXIF with GPS, XMP, IPTC and a comment");

    QVERIFY(QDir(work.path()).mkdir(QStringLiteral("out")));
    const QString out = work.filePath(QStringLiteral("out"));
    const cv::Mat image = cv::imread(QFile::encodeName(tagged).toStdString());
    const auto written = exportInto(out, image, {1600, 85});
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));

    const MetadataFound after = metadataIn(*written);
    QVERIFY2(!after.exif, "no EXIF");
    QVERIFY2(!after.gps, "no GPS");
    QVERIFY2(!after.xmp, "no XMP");
    QVERIFY2(!after.iptc, "no IPTC");
    QVERIFY2(!after.comment, "no comment");

    QFile file(*written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(kPupilName.toUtf8()));
    QVERIFY(!bytes.contains("SN-123456"));
    QVERIFY(!bytes.contains("Schoolcam"));
    QVERIFY(!QFileInfo(*written).fileName().contains(QStringLiteral("Daan")));
    // Only the bare JFIF header (APP0), tables, frame and scan: no APP1..APP15 (EXIF, XMP,
    // ICC, IPTC, vendor data) and no COM segment.
    const QList<int> markers = segmentMarkers(bytes);
    QVERIFY(!markers.isEmpty());
    QCOMPARE(markers.last(), 0xDA);
    for (const int marker : markers) {
        QVERIFY2(!(marker >= 0xE1 && marker <= 0xEF) && marker != 0xFE,
                 qPrintable(QStringLiteral("segment 0xFF%1 in the output").arg(marker, 2, 16)));
    }
}

void TestPhotoExporter::namesAreNeutralAndNumbered()
{
    const ExportNaming naming(QStringLiteral("sociale-media"));
    QCOMPARE(naming.fileName(QDate(2026, 5, 30), 7), QStringLiteral("sociale-media_2026-05-30_007.jpg"));
    QCOMPARE(naming.fileName(QDate(2026, 5, 30), 1234), QStringLiteral("sociale-media_2026-05-30_1234.jpg"));
    QCOMPARE(ExportNaming(QStringLiteral("Website Besloten/../x")).fileName(QDate(2026, 1, 2), 1),
             QStringLiteral("website-besloten----x_2026-01-02_001.jpg"));

    Photo dated;
    dated.captureTime = QDateTime(QDate(2026, 4, 12), QTime(9, 30));
    QCOMPARE(ExportNaming::dateFor(dated, QDate(2026, 6, 1)), QDate(2026, 4, 12));
    QCOMPARE(ExportNaming::dateFor(Photo{}, QDate(2026, 6, 1)), QDate(2026, 6, 1));

    QTemporaryDir folder;
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        const auto written = exportInto(folder.path(), noiseImage({64 + i, 48}));
        QVERIFY(written);
        names << QFileInfo(*written).fileName();
    }
    QCOMPARE(names, QStringList({QStringLiteral("parro_2026-05-30_001.jpg"), QStringLiteral("parro_2026-05-30_002.jpg"),
                                 QStringLiteral("parro_2026-05-30_003.jpg")}));
}

void TestPhotoExporter::neverOverwritesAnExistingFile()
{
    QTemporaryDir folder;
    const QString taken = folder.filePath(QStringLiteral("parro_2026-05-30_001.jpg"));
    const QString alsoTaken = folder.filePath(QStringLiteral("parro_2026-05-30_002.jpg"));
    for (const QString &path : {taken, alsoTaken}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an earlier export");
    }
    const auto written = exportInto(folder.path(), noiseImage({32, 32}));
    QVERIFY(written);
    QCOMPARE(QFileInfo(*written).fileName(), QStringLiteral("parro_2026-05-30_003.jpg"));
    for (const QString &path : {taken, alsoTaken}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("an earlier export"));
    }
}

void TestPhotoExporter::leavesNoTemporaryFiles()
{
    QTemporaryDir folder;
    const auto written = exportInto(folder.path(), noiseImage({640, 480}));
    QVERIFY(written);
    QCOMPARE(everythingIn(folder.path()), QStringList{QFileInfo(*written).fileName()});
    QVERIFY(!cv::imread(QFile::encodeName(*written).toStdString()).empty());
    QVERIFY2(QFileInfo(*written).permissions().testFlag(QFileDevice::ReadOther),
             "an exported photo can be read by whoever uploads it");
}

void TestPhotoExporter::missingFolderIsAClearError()
{
    QTemporaryDir work;
    const QString missing = work.filePath(QStringLiteral("not-there"));
    const auto result = exportInto(missing, noiseImage({32, 32}));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::WriteFailed);
    QVERIFY2(result.error().message.contains(missing), qPrintable(result.error().message));
    qInfo("%s", qPrintable(result.error().message));
    QVERIFY(!QFileInfo::exists(missing));

    // A "folder" whose parent is a regular file cannot exist: unwritable even for root.
    const QString file = work.filePath(QStringLiteral("a-file"));
    QFile(file).open(QIODevice::WriteOnly);
    const QString underFile = file + QStringLiteral("/out");
    const auto underFileResult = exportInto(underFile, noiseImage({32, 32}));
    QVERIFY(!underFileResult);
    QCOMPARE(underFileResult.error().code, ErrorCode::WriteFailed);
    QVERIFY(underFileResult.error().message.contains(underFile));

    const auto staging = ExportStaging::begin(missing);
    QVERIFY(!staging);
    QCOMPARE(staging.error().code, ErrorCode::WriteFailed);
    QVERIFY(staging.error().message.contains(missing));
}

void TestPhotoExporter::readOnlyFolderIsAClearError()
{
    QTemporaryDir work;
    const QString folder = work.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir(work.path()).mkdir(QStringLiteral("readonly")));
    const ScopedTmpfs readOnlyDisk(folder, "size=1m", MS_RDONLY);
    if (::geteuid() != 0) {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther));
    } else if (!readOnlyDisk.isMounted()) {
        // Root ignores permission bits; only a read-only file system stops it.
        QSKIP("running as root without permission to mount a read-only tmpfs");
    }

    const auto result = exportInto(folder, noiseImage({64, 64}));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::WriteFailed);
    QVERIFY2(result.error().message.contains(folder), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("read-only")), qPrintable(result.error().message));
    qInfo("%s", qPrintable(result.error().message));
    QVERIFY(everythingIn(folder).isEmpty());

    const auto staging = ExportStaging::begin(folder);
    QVERIFY(!staging);
    QCOMPARE(staging.error().code, ErrorCode::WriteFailed);
    QVERIFY2(staging.error().message.contains(folder), qPrintable(staging.error().message));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestPhotoExporter::fullDiskLeavesNothingHalfWritten()
{
    QTemporaryDir work;
    const QString folder = work.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir(work.path()).mkdir(QStringLiteral("small-disk")));
    const ScopedTmpfs smallDisk(folder, "size=256k");
    if (!smallDisk.isMounted())
        QSKIP("a full disk needs a small tmpfs, and mounting one needs root here");

    // Noise hardly compresses: this JPEG is several megabytes, far more than the disk.
    const auto result = exportInto(folder, noiseImage({1600, 1200}), {0, 95});
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::WriteFailed);
    QVERIFY2(result.error().message.contains(folder), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("full")), qPrintable(result.error().message));
    qInfo("%s", qPrintable(result.error().message));
    QVERIFY2(everythingIn(folder).isEmpty(), qPrintable(everythingIn(folder).join(u',')));

    // A photo that fits is still written afterwards.
    QVERIFY(exportInto(folder, noiseImage({64, 64})));
}

void TestPhotoExporter::stagingCommitPublishesInSourceOrder()
{
    QTemporaryDir destination;
    auto staging = ExportStaging::begin(destination.path());
    QVERIFY2(staging, staging ? "" : qPrintable(staging.error().message));
    QVERIFY(staging->isActive());
    QVERIFY(QFileInfo(staging->path()).isDir());
    QCOMPARE(QFileInfo(staging->path()).absolutePath(), QDir(destination.path()).absolutePath());
    QVERIFY2(QFileInfo(staging->path()).fileName().startsWith(u'.'), "the staging folder is hidden");

    // Five photos from two days, staged out of order by the workers, committed in the
    // sources' order: numbers follow that order, from 1 for each day.
    std::vector<StagedFile> staged = stageNoise(*staging, 5);
    QCOMPARE(staged.size(), std::size_t(5));
    for (const StagedFile &file : staged)
        QCOMPARE(QFileInfo(file.path).absolutePath(), staging->path());
    staged[1].date = staged[3].date = QDate(2026, 5, 29);
    QVERIFY2(QDir(destination.path()).entryList(QDir::Files).isEmpty(), "nothing visible before commit");
    QFile secondStaged(staged[1].path);
    QVERIFY(secondStaged.open(QIODevice::ReadOnly));
    const QByteArray secondBytes = secondStaged.readAll();
    secondStaged.close();

    const auto committed = staging->commit(staged, ExportNaming(QStringLiteral("website")));
    QVERIFY2(committed, committed ? "" : qPrintable(committed.error().message));
    QCOMPARE(fileNames(*committed),
             QStringList({QStringLiteral("website_2026-05-30_001.jpg"), QStringLiteral("website_2026-05-29_001.jpg"),
                          QStringLiteral("website_2026-05-30_002.jpg"), QStringLiteral("website_2026-05-29_002.jpg"),
                          QStringLiteral("website_2026-05-30_003.jpg")}));
    QFile second((*committed)[1]);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), secondBytes);
    QCOMPARE(everythingIn(destination.path()).size(), 5); // the staging folder is gone
    QVERIFY(!staging->isActive());
    QVERIFY(!staging->commit({}, ExportNaming(QStringLiteral("website"))));
}

void TestPhotoExporter::stagingCommitRenumbersNamesTakenMeanwhile()
{
    QTemporaryDir destination;
    auto staging = ExportStaging::begin(destination.path());
    QVERIFY(staging);
    const std::vector<StagedFile> staged = stageNoise(*staging, 2);
    // Another program takes the first name while the run is going.
    const QString taken = QDir(destination.path()).filePath(QStringLiteral("parro_2026-05-30_001.jpg"));
    {
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("someone else's");
    }
    const auto committed = staging->commit(staged, ExportNaming(QStringLiteral("parro")));
    QVERIFY(committed);
    QCOMPARE(fileNames(*committed), QStringList({QStringLiteral("parro_2026-05-30_002.jpg"),
                                                 QStringLiteral("parro_2026-05-30_003.jpg")}));
    QFile file(taken);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("someone else's"));
}

void TestPhotoExporter::rerunAfterAKilledCommitPublishesNothingTwice()
{
    // A run killed halfway through its commit published the first two of three photos.
    // The re-run stages the very same bytes (export is deterministic) and commits again:
    // the two are recognised and reused, only the third is new.
    QTemporaryDir destination;
    std::vector<QString> firstRun;
    {
        auto staging = ExportStaging::begin(destination.path());
        QVERIFY(staging);
        std::vector<StagedFile> staged = stageNoise(*staging, 3);
        staged.pop_back();
        const auto committed = staging->commit(staged, ExportNaming(QStringLiteral("parro")));
        QVERIFY(committed);
        firstRun = *committed;
    }
    auto staging = ExportStaging::begin(destination.path());
    QVERIFY(staging);
    const auto committed = staging->commit(stageNoise(*staging, 3), ExportNaming(QStringLiteral("parro")));
    QVERIFY2(committed, committed ? "" : qPrintable(committed.error().message));
    QCOMPARE((*committed)[0], firstRun[0]);
    QCOMPARE((*committed)[1], firstRun[1]);
    QCOMPARE(everythingIn(destination.path()),
             QStringList({QStringLiteral("parro_2026-05-30_001.jpg"), QStringLiteral("parro_2026-05-30_002.jpg"),
                          QStringLiteral("parro_2026-05-30_003.jpg")}));
}

void TestPhotoExporter::stagingDiscardRemovesEverything()
{
    QTemporaryDir destination;
    QString stagingPath;
    {
        auto staging = ExportStaging::begin(destination.path());
        QVERIFY(staging);
        stagingPath = staging->path();
        QCOMPARE(stageNoise(*staging, 1).size(), std::size_t(1));
        staging->discard();
        QVERIFY(!staging->isActive());
        QVERIFY(!staging->stage(1, QByteArray("late")));
    }
    QVERIFY(!QFileInfo::exists(stagingPath));
    QVERIFY(everythingIn(destination.path()).isEmpty());

    // A staging dropped without commit (an exception, an early return) discards itself.
    {
        auto staging = ExportStaging::begin(destination.path());
        QVERIFY(staging);
        QCOMPARE(stageNoise(*staging, 1).size(), std::size_t(1));
    }
    QVERIFY(everythingIn(destination.path()).isEmpty());
}

void TestPhotoExporter::leftoverStagingOfAKilledRunIsCleaned()
{
    QTemporaryDir destination;
    // A run in a child process that dies halfway: no commit, no discard, no destructors.
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        auto staging = ExportStaging::begin(destination.path());
        const bool written = staging && stageNoise(*staging, 1).size() == 1;
        ::_exit(written ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    const QStringList leftovers = everythingIn(destination.path());
    QCOMPARE(leftovers.size(), 1);
    QVERIFY(leftovers.first().startsWith(ExportStaging::kFolderPrefix));
    QVERIFY2(QDir(destination.path()).entryList(QDir::Files).isEmpty(), "a leftover is never visible output");

    // A folder without a lock (killed before taking it) is a leftover too.
    QVERIFY(QDir(destination.path()).mkdir(ExportStaging::kFolderPrefix + QStringLiteral("nolock")));

    // A live run in this process keeps its folder.
    auto live = ExportStaging::begin(destination.path());
    QVERIFY(live);
    QCOMPARE(everythingIn(destination.path()), QStringList{QFileInfo(live->path()).fileName()});
    QCOMPARE(ExportStaging::removeLeftovers(destination.path()), 0);
    QVERIFY(QFileInfo(live->path()).isDir());

    // The next run does not reuse or commit the killed run's photo.
    const auto committed = live->commit(stageNoise(*live, 1), ExportNaming(QStringLiteral("parro")));
    QVERIFY(committed);
    QCOMPARE(everythingIn(destination.path()), QStringList{QStringLiteral("parro_2026-05-30_001.jpg")});
}

QTEST_GUILESS_MAIN(TestPhotoExporter)
#include "tst_photoexporter.moc"
