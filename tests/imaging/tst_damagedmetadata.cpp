// A phone's or messaging app's broken EXIF block is not a broken photo: the pixels are
// loaded as stored, with the reason the orientation is unknown. A damaged or truncated image
// and a file that is no image are still refused.
#include "imaging/photoloader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <exiv2/exiv2.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace bw;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool samePixels(const cv::Mat &a, const cv::Mat &b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0.0;
}

} // namespace

class TstDamagedMetadata : public QObject {
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
        QVERIFY(photo->photo.metadataError.isEmpty());
        m_upright = photo->image;
    }

    void garbageExifLoadsThePixels()
    {
        const QString path = tempPath(QStringLiteral("kapotte-exif.jpg"));
        QVERIFY(test::writeWithDamagedExif(m_obama, path));
        const auto photo = loadPhoto(path);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        QVERIFY(samePixels(photo->image, m_upright));
        QCOMPARE(photo->photo.width, m_upright.cols);
        QCOMPARE(photo->photo.height, m_upright.rows);
        QVERIFY(!photo->photo.captureTime.isValid());
        QVERIFY2(photo->photo.metadataError.contains(QStringLiteral("kapotte-exif.jpg")),
                 qPrintable(photo->photo.metadataError));
        QCOMPARE(photo->photo.sha256Hex.size(), 64);
    }

    void orientationIsUnknownSoThePixelsStayAsStored()
    {
        // Stored sideways with orientation 6 ("turn right to view"): readable, it is turned
        // upright; with the EXIF block damaged the tag is lost and the photo stays as stored.
        cv::Mat stored;
        cv::rotate(m_upright, stored, cv::ROTATE_90_COUNTERCLOCKWISE);
        const QString path = tempPath(QStringLiteral("zijkant.png"));
        const QString jpeg = tempPath(QStringLiteral("zijkant.jpg"));
        QVERIFY(cv::imwrite(path.toStdString(), stored));
        QVERIFY(cv::imwrite(jpeg.toStdString(), stored, {cv::IMWRITE_JPEG_QUALITY, 95}));
        auto image = Exiv2::ImageFactory::open(jpeg.toStdString());
        image->readMetadata();
        image->exifData()["Exif.Image.Orientation"] = uint16_t(6);
        image->writeMetadata();
        const auto readable = loadPhoto(jpeg);
        QVERIFY(readable.has_value());
        QCOMPARE(readable->image.size(), m_upright.size());

        const QString damaged = tempPath(QStringLiteral("zijkant-kapot.jpg"));
        QVERIFY(test::writeWithDamagedExif(jpeg, damaged));
        const auto photo = loadPhoto(damaged);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        QVERIFY(!photo->photo.metadataError.isEmpty());
        QCOMPARE(photo->image.size(), stored.size());
        QCOMPARE(photo->photo.width, stored.cols);
    }

    void garbageExifChunkInPng()
    {
        const QString png = tempPath(QStringLiteral("foto.png"));
        QVERIFY(cv::imwrite(png.toStdString(), m_upright));
        QByteArray bytes = readBytes(png);
        // An eXIf chunk right after IHDR whose TIFF block is garbage.
        QByteArray payload("MM\0*", 4);
        for (int i = 0; i < 200; ++i)
            payload.append(char((i * 37 + 11) % 256));
        bytes.insert(8 + 25, test::pngChunk("eXIf", payload));
        const QString damaged = tempPath(QStringLiteral("kapotte-exif.png"));
        QVERIFY(writeBytes(damaged, bytes));
        const auto photo = loadPhoto(damaged);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        QVERIFY(!photo->photo.metadataError.isEmpty());
        QVERIFY(samePixels(photo->image, m_upright));
    }

    void damagedImagesAreStillRefused()
    {
        const QString damaged = tempPath(QStringLiteral("kapot.jpg"));
        QVERIFY(test::writeWithDamagedExif(m_obama, damaged));
        const QByteArray bytes = readBytes(damaged);

        const QString cut = tempPath(QStringLiteral("kapot-en-afgebroken.jpg"));
        QVERIFY(writeBytes(cut, bytes.left(bytes.size() * 7 / 10)));
        const auto truncated = loadPhoto(cut);
        QVERIFY2(!truncated, "a truncated file must not load as a partial image");
        QCOMPARE(truncated.error().code, ErrorCode::CorruptImage);

        // Nothing but a damaged EXIF segment: a JPEG's start, no image.
        const qsizetype exifEnd = 4 + ((uchar(bytes[4]) << 8) | uchar(bytes[5]));
        const QString onlyExif = tempPath(QStringLiteral("alleen-exif.jpg"));
        QVERIFY(writeBytes(onlyExif, bytes.left(exifEnd)));
        const auto empty = loadPhoto(onlyExif);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::CorruptImage);
        QVERIFY2(empty.error().message.contains(QStringLiteral("alleen-exif.jpg")), qPrintable(empty.error().message));

        const QString text = tempPath(QStringLiteral("geen-foto.jpg"));
        QVERIFY(writeBytes(text, "dit is geen foto\n"));
        const auto notAnImage = loadPhoto(text);
        QVERIFY(!notAnImage);
        QCOMPARE(notAnImage.error().code, ErrorCode::UnsupportedFormat);
    }
};

QTEST_GUILESS_MAIN(TstDamagedMetadata)
#include "tst_damagedmetadata.moc"
