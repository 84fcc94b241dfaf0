#include "faces/facedetector.h"
#include "faces/modellocator.h"
#include "faces/nms.h"
#include "imaging/photoloader.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <exiv2/exiv2.hpp>
#include <libheif/heif.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace bw;

namespace {

double meanAbsDiff(const cv::Mat &a, const cv::Mat &b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return 1e9;
    const cv::Scalar diff = cv::mean(cv::abs(a - b) + cv::abs(b - a));
    return (diff[0] + diff[1] + diff[2]) / 3.0;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void setExif(const QString &path, const char *key, const Exiv2::Value &value)
{
    auto image = Exiv2::ImageFactory::open(path.toStdString());
    image->readMetadata();
    Exiv2::ExifData exif = image->exifData();
    exif[key].setValue(&value);
    image->setExifData(exif);
    image->writeMetadata();
}

// A PNG whose header claims width x height; its pixel data is a few bytes only, so any
// attempt to decode it fails as "corrupt" rather than "too large".
QByteArray pngHeaderClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr;
    for (const quint32 v : {width, height})
        ihdr.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + test::pngChunk("IHDR", ihdr)
        + test::pngChunk("IDAT", QByteArray("\x78\x9C\x03\x00\x00\x00\x00\x01", 8)) + test::pngChunk("IEND", {});
}

// The stored pixels of a photo whose EXIF orientation is `orientation`: the inverse turn
// of the upright image.
cv::Mat storedFor(const cv::Mat &upright, int orientation)
{
    cv::Mat stored;
    switch (orientation) {
    case 3: cv::rotate(upright, stored, cv::ROTATE_180); break;
    case 6: cv::rotate(upright, stored, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    case 8: cv::rotate(upright, stored, cv::ROTATE_90_CLOCKWISE); break;
    default: stored = upright.clone(); break;
    }
    return stored;
}

// Encodes `stored` as HEIC with libheif, asking it to record `orientation` as HEIF
// transforms (irot/imir), the way phones store a photo taken sideways.
QString writeHeic(const cv::Mat &stored, int orientation, const QString &path)
{
    heif_context *context = heif_context_alloc();
    heif_encoder *encoder = nullptr;
    heif_image *image = nullptr;
    heif_encoding_options *options = heif_encoding_options_alloc();
    QString error;
    if (heif_context_get_encoder_for_format(context, heif_compression_HEVC, &encoder).code != heif_error_Ok) {
        error = QStringLiteral("no HEVC encoder in libheif");
    } else {
        heif_encoder_set_lossy_quality(encoder, 92);
        heif_image_create(stored.cols, stored.rows, heif_colorspace_RGB, heif_chroma_interleaved_RGB, &image);
        heif_image_add_plane(image, heif_channel_interleaved, stored.cols, stored.rows, 8);
        int stride = 0;
        uint8_t *plane = heif_image_get_plane(image, heif_channel_interleaved, &stride);
        cv::Mat rgb(stored.rows, stored.cols, CV_8UC3, plane, std::size_t(stride));
        cv::cvtColor(stored, rgb, cv::COLOR_BGR2RGB);
        options->image_orientation = heif_orientation(orientation);
        if (heif_context_encode_image(context, image, encoder, options, nullptr).code != heif_error_Ok
            || heif_context_write_to_file(context, QFile::encodeName(path).constData()).code != heif_error_Ok)
            error = QStringLiteral("HEIC encoding failed");
    }
    heif_encoding_options_free(options);
    if (image)
        heif_image_release(image);
    if (encoder)
        heif_encoder_release(encoder);
    heif_context_free(context);
    return error;
}

} // namespace

class TstPhotoLoader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_obama;
    cv::Mat m_upright;

    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_obama = test::fetchedImage(QStringLiteral("obama.jpg"));
        BW_REQUIRE_DATA(m_obama, QStringLiteral("obama.jpg"));
        const auto photo = loadPhoto(m_obama);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        m_upright = photo->image;
    }

    void jpegHasSizeHashAndBgrPixels()
    {
        const auto photo = loadPhoto(m_obama);
        QVERIFY(photo.has_value());
        QCOMPARE(photo->image.type(), CV_8UC3);
        QCOMPARE(photo->photo.width, photo->image.cols);
        QCOMPARE(photo->photo.height, photo->image.rows);
        QCOMPARE(photo->photo.sourcePath, m_obama);
        QCOMPARE(photo->photo.sha256Hex,
                 QCryptographicHash::hash(readBytes(m_obama), QCryptographicHash::Sha256).toHex());
        QCOMPARE(photo->photo.sha256Hex.size(), 64);
    }

    void losslessFormats_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("png") << QStringLiteral("png") << 0.0;
        QTest::newRow("tiff") << QStringLiteral("tiff") << 0.0;
        QTest::newRow("bmp") << QStringLiteral("bmp") << 0.0;
        QTest::newRow("webp") << QStringLiteral("webp") << 4.0;
    }
    void losslessFormats()
    {
        QFETCH(QString, suffix);
        QFETCH(double, tolerance);
        const QString path = tempPath(QStringLiteral("format.") + suffix);
        QVERIFY(cv::imwrite(path.toStdString(), m_upright));
        const auto photo = loadPhoto(path);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->image.type(), CV_8UC3);
        QVERIFY2(meanAbsDiff(photo->image, m_upright) <= tolerance,
                 qPrintable(QString::number(meanAbsDiff(photo->image, m_upright))));
    }

    void heic()
    {
        const QString encoder = QStandardPaths::findExecutable(QStringLiteral("heif-enc"));
        if (encoder.isEmpty())
            QSKIP("heif-enc is not installed (package libheif-examples; installer/setup installs it)");
        // heif-enc carries the JPEG's EXIF over into the HEIC.
        const QString jpeg = tempPath(QStringLiteral("heic-source.jpg"));
        const QString heic = tempPath(QStringLiteral("photo.heic"));
        QVERIFY(cv::imwrite(jpeg.toStdString(), m_upright, {cv::IMWRITE_JPEG_QUALITY, 98}));
        setExif(jpeg, "Exif.Photo.DateTimeOriginal", Exiv2::AsciiValue("2024:09:30 08:15:00"));
        QProcess process;
        process.start(encoder, {QStringLiteral("-q"), QStringLiteral("90"), jpeg, QStringLiteral("-o"), heic});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const auto photo = loadPhoto(heic);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->image.type(), CV_8UC3);
        QCOMPARE(photo->image.size(), m_upright.size());
        QVERIFY2(meanAbsDiff(photo->image, m_upright) < 6.0, qPrintable(QString::number(meanAbsDiff(photo->image, m_upright))));
        QCOMPARE(photo->photo.captureTime, QDateTime(QDate(2024, 9, 30), QTime(8, 15)));
        QCOMPARE(photo->photo.sha256Hex, QCryptographicHash::hash(readBytes(heic), QCryptographicHash::Sha256).toHex());

        // The pixel limit holds for HEIC too, from the container's size.
        ImportSettings strict;
        strict.maxPixels = 1000;
        QCOMPARE(loadPhoto(heic, strict).error().code, ErrorCode::ImageTooLarge);

        // A damaged HEIC is an error, not a crash.
        const QString broken = tempPath(QStringLiteral("broken.heic"));
        QVERIFY(writeBytes(broken, readBytes(heic).left(readBytes(heic).size() / 2)));
        const auto damaged = loadPhoto(broken);
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().code, ErrorCode::CorruptImage);
    }

    void exifOrientation_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("orientation");
        QTest::newRow("jpg 1 upright") << QStringLiteral("jpg") << 1;
        QTest::newRow("jpg 3 upside down") << QStringLiteral("jpg") << 3;
        QTest::newRow("jpg 6 turned right") << QStringLiteral("jpg") << 6;
        QTest::newRow("jpg 8 turned left") << QStringLiteral("jpg") << 8;
        QTest::newRow("png 6") << QStringLiteral("png") << 6;
        QTest::newRow("webp 8") << QStringLiteral("webp") << 8;
        QTest::newRow("tiff 3") << QStringLiteral("tiff") << 3;
        QTest::newRow("tiff 6") << QStringLiteral("tiff") << 6;
        QTest::newRow("tiff 8") << QStringLiteral("tiff") << 8;
        QTest::newRow("16-bit tiff 3") << QStringLiteral("16.tiff") << 3;
        QTest::newRow("16-bit tiff 6") << QStringLiteral("16.tiff") << 6;
    }
    void exifOrientation()
    {
        QFETCH(QString, suffix);
        QFETCH(int, orientation);
        const QString path = tempPath(QStringLiteral("orientation%1.%2").arg(orientation).arg(suffix));
        cv::Mat stored = storedFor(m_upright, orientation);
        if (suffix.startsWith(QLatin1String("16.")))
            stored.convertTo(stored, CV_16UC3, 257.0);
        QVERIFY(cv::imwrite(path.toStdString(), stored, {cv::IMWRITE_JPEG_QUALITY, 97, cv::IMWRITE_WEBP_QUALITY, 101}));
        setExif(path, "Exif.Image.Orientation", Exiv2::UShortValue(uint16_t(orientation)));
        const auto photo = loadPhoto(path);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->photo.width, m_upright.cols);
        QCOMPARE(photo->photo.height, m_upright.rows);
        QVERIFY2(meanAbsDiff(photo->image, m_upright) < 3.0, qPrintable(QString::number(meanAbsDiff(photo->image, m_upright))));

        // And the detector sees the same face at the same upright place.
        if (suffix != QLatin1String("jpg"))
            return;
        const auto models = ModelLocator::locate(QString());
        if (!models)
            BW_REQUIRE_DATA(QString(), QStringLiteral("The face models"));
        auto detector = FaceDetector::create(models->centerFace);
        QVERIFY(detector.has_value());
        const auto expected = (*detector)->detect(m_upright);
        const auto actual = (*detector)->detect(photo->image);
        QVERIFY(expected && actual);
        QCOMPARE(actual->size(), std::size_t(1));
        QCOMPARE(expected->size(), std::size_t(1));
        QVERIFY(boxIoU((*actual)[0].rect, (*expected)[0].rect) > 0.9f);
    }

    void heicOrientation_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::newRow("3 upside down") << 3;
        QTest::newRow("6 turned right") << 6;
        QTest::newRow("8 turned left") << 8;
    }
    void heicOrientation()
    {
        QFETCH(int, orientation);
        const QString path = tempPath(QStringLiteral("orientation%1.heic").arg(orientation));
        const QString error = writeHeic(storedFor(m_upright, orientation), orientation, path);
        if (!error.isEmpty())
            QSKIP(qPrintable(error));
        const auto photo = loadPhoto(path);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->photo.width, m_upright.cols);
        QCOMPARE(photo->photo.height, m_upright.rows);
        QVERIFY2(meanAbsDiff(photo->image, m_upright) < 6.0, qPrintable(QString::number(meanAbsDiff(photo->image, m_upright))));
    }

    void depthChannelsAndAlpha()
    {
        // 16-bit colour: scaled to 8 bits exactly.
        cv::Mat wide;
        m_upright.convertTo(wide, CV_16UC3, 257.0);
        const QString path16 = tempPath(QStringLiteral("sixteen.png"));
        QVERIFY(cv::imwrite(path16.toStdString(), wide));
        auto photo = loadPhoto(path16);
        QVERIFY(photo.has_value());
        QCOMPARE(meanAbsDiff(photo->image, m_upright), 0.0);

        // Grayscale: three equal channels.
        cv::Mat gray;
        cv::cvtColor(m_upright, gray, cv::COLOR_BGR2GRAY);
        const QString grayPath = tempPath(QStringLiteral("gray.png"));
        QVERIFY(cv::imwrite(grayPath.toStdString(), gray));
        photo = loadPhoto(grayPath);
        QVERIFY(photo.has_value());
        QCOMPARE(photo->image.type(), CV_8UC3);
        cv::Mat expectedGray;
        cv::cvtColor(gray, expectedGray, cv::COLOR_GRAY2BGR);
        QCOMPARE(meanAbsDiff(photo->image, expectedGray), 0.0);

        // Alpha: dropped, colours kept.
        cv::Mat bgra;
        cv::cvtColor(m_upright, bgra, cv::COLOR_BGR2BGRA);
        bgra.forEach<cv::Vec4b>([](cv::Vec4b &p, const int *) { p[3] = 128; });
        const QString alphaPath = tempPath(QStringLiteral("alpha.png"));
        QVERIFY(cv::imwrite(alphaPath.toStdString(), bgra));
        photo = loadPhoto(alphaPath);
        QVERIFY(photo.has_value());
        QCOMPARE(meanAbsDiff(photo->image, m_upright), 0.0);

        // The fetched 32-bit PNG.
        const QString png32 = test::fetchedImage(QStringLiteral("32bit.png"));
        BW_REQUIRE_DATA(png32, QStringLiteral("32bit.png"));
        photo = loadPhoto(png32);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->image.type(), CV_8UC3);
    }

    void cmykJpeg()
    {
        const QString convert = QStandardPaths::findExecutable(QStringLiteral("convert"));
        if (convert.isEmpty())
            QSKIP("ImageMagick's convert is not installed (package imagemagick; installer/setup installs it)");
        const QString cmyk = tempPath(QStringLiteral("cmyk.jpg"));
        QProcess process;
        process.start(convert, {m_obama, QStringLiteral("-colorspace"), QStringLiteral("CMYK"), cmyk});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const auto photo = loadPhoto(cmyk);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->image.type(), CV_8UC3);
        QCOMPARE(photo->image.size(), m_upright.size());
        QVERIFY2(meanAbsDiff(photo->image, m_upright) < 12.0, qPrintable(QString::number(meanAbsDiff(photo->image, m_upright))));
    }

    void captureTimeFromExif()
    {
        const QString path = tempPath(QStringLiteral("dated.jpg"));
        QVERIFY(QFile::copy(m_obama, path));
        setExif(path, "Exif.Photo.DateTimeOriginal", Exiv2::AsciiValue("2025:06:01 10:30:15"));
        const auto photo = loadPhoto(path);
        QVERIFY(photo.has_value());
        QCOMPARE(photo->photo.captureTime, QDateTime(QDate(2025, 6, 1), QTime(10, 30, 15)));
    }

    void brokenInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const QByteArray jpeg = readBytes(m_obama);
        QTest::newRow("zero bytes") << QStringLiteral("empty.jpg") << QByteArray() << int(ErrorCode::CorruptImage);
        QTest::newRow("text file") << QStringLiteral("notes.jpg") << QByteArray("Just some notes\nabout the trip\n")
                                   << int(ErrorCode::UnsupportedFormat);
        QTest::newRow("gif") << QStringLiteral("anim.gif") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 13)
                             << int(ErrorCode::UnsupportedFormat);
        QTest::newRow("jpeg garbage") << QStringLiteral("garbage.jpg")
                                      << QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(5000, '\x5A')
                                      << int(ErrorCode::CorruptImage);
        QTest::newRow("jpeg truncated") << QStringLiteral("truncated.jpg") << jpeg.left(jpeg.size() * 6 / 10)
                                        << int(ErrorCode::CorruptImage);
        QTest::newRow("jpeg header only") << QStringLiteral("header.jpg") << jpeg.left(600) << int(ErrorCode::CorruptImage);
        QTest::newRow("png header claiming huge") << QStringLiteral("huge.png") << pngHeaderClaiming(20000, 20000)
                                                  << int(ErrorCode::ImageTooLarge);
    }
    void brokenInputs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const QString path = tempPath(name);
        QVERIFY(writeBytes(path, bytes));
        const auto photo = loadPhoto(path);
        QVERIFY(!photo);
        QCOMPARE(int(photo.error().code), code);
        QVERIFY2(photo.error().message.contains(name), qPrintable(photo.error().message));
    }

    void truncatedFiles_data()
    {
        QTest::addColumn<QString>("suffix");
        for (const char *suffix : {"jpg", "png", "webp", "tiff", "bmp"})
            QTest::newRow(suffix) << QString::fromLatin1(suffix);
    }
    void truncatedFiles()
    {
        QFETCH(QString, suffix);
        const QString full = tempPath(QStringLiteral("whole.") + suffix);
        QVERIFY(cv::imwrite(full.toStdString(), m_upright));
        const QByteArray bytes = readBytes(full);
        const QString cut = tempPath(QStringLiteral("cut.") + suffix);
        QVERIFY(writeBytes(cut, bytes.left(bytes.size() * 7 / 10)));
        const auto photo = loadPhoto(cut);
        QVERIFY2(!photo, "a truncated file must not load as a partial image");
        QCOMPARE(photo.error().code, ErrorCode::CorruptImage);
    }

    void pixelLimitIsCheckedBeforeDecoding()
    {
        // The 20000 x 20000 header above is refused as too large, not as corrupt: the
        // decoder never ran. The limit is a setting: a real small photo is refused too.
        ImportSettings strict;
        strict.maxPixels = 1000;
        const auto photo = loadPhoto(m_obama, strict);
        QVERIFY(!photo);
        QCOMPARE(photo.error().code, ErrorCode::ImageTooLarge);
        const QString png = tempPath(QStringLiteral("small.png"));
        QVERIFY(cv::imwrite(png.toStdString(), m_upright));
        QCOMPARE(loadPhoto(png, strict).error().code, ErrorCode::ImageTooLarge);
        QVERIFY(loadPhoto(png).has_value());
    }

    void missingAndUnreadable()
    {
        const auto missing = loadPhoto(tempPath(QStringLiteral("nowhere.jpg")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::FileNotFound);
        const auto directory = loadPhoto(m_dir.path());
        QVERIFY(!directory);
        QCOMPARE(directory.error().code, ErrorCode::FileUnreadable);
    }

    void nonAsciiFileName()
    {
        const QString path = tempPath(QStringLiteral("schoolreis één – Zoë 照片.jpg"));
        QVERIFY(QFile::copy(m_obama, path));
        const auto photo = loadPhoto(path);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->photo.sourcePath, path);
        QCOMPARE(photo->image.size(), m_upright.size());
    }
};

QTEST_GUILESS_MAIN(TstPhotoLoader)
#include "tst_photoloader.moc"
