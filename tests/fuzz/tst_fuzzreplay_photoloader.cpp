// Replays the photo import's seed corpus and every input the fuzzer ever crashed on
// through the harness, with the normal (GCC) build, so a fixed crash stays fixed.
#include "fuzzreplay.h"

#include "imaging/photoloader.h"

#include <QFileInfo>
#include <QTest>

#include <opencv2/core.hpp>

class TestFuzzReplayPhotoLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replay_data() { bw::test::addFuzzRows(QStringLiteral("photoloader")); }
    void replay()
    {
        QFETCH(QString, path);
        const QByteArray bytes = bw::test::readInput(path);
        QCOMPARE(bw::test::replayInput(bytes), 0);
    }

    // The seeds are real, valid photos of every supported format: each must import, or
    // the fuzzer would start from error paths only.
    void seedsImport()
    {
        const QStringList seeds = bw::test::fuzzInputs(QStringLiteral("corpus"), QStringLiteral("photoloader"));
        QVERIFY(seeds.size() >= 6);
        QStringList suffixes;
        for (const QString &path : seeds) {
            const bw::Result<bw::DecodedPhoto> photo = bw::loadPhotoFromBytes(bw::test::readInput(path), path);
            QVERIFY2(photo.has_value(), qPrintable(photo ? QString() : photo.error().message));
            QCOMPARE(photo->image.type(), CV_8UC3);
            suffixes.append(QFileInfo(path).suffix().toLower());
        }
        for (const char *format : {"jpg", "png", "webp", "tif", "bmp", "heic"})
            QVERIFY2(suffixes.contains(QLatin1String(format)), format);
    }

    // loadPhoto is loadPhotoFromBytes on the file's bytes: same pixels, hash and time.
    void fileAndBytesAgree()
    {
        for (const QString &path : bw::test::fuzzInputs(QStringLiteral("corpus"), QStringLiteral("photoloader"))) {
            const bw::Result<bw::DecodedPhoto> fromFile = bw::loadPhoto(path);
            const bw::Result<bw::DecodedPhoto> fromBytes = bw::loadPhotoFromBytes(bw::test::readInput(path), path);
            QVERIFY(fromFile && fromBytes);
            QCOMPARE(fromFile->photo, fromBytes->photo);
            QCOMPARE(cv::norm(fromFile->image, fromBytes->image, cv::NORM_INF), 0.0);
        }
    }

    // 872 bytes announcing 32 x 24 whose grid canvas is 14895 x 12056: refused by the
    // pixel limit (default 100 MP) on the decoded size, not accepted as a 180-MP photo.
    void heicGridBombIsRefused()
    {
        const QString path = QStringLiteral(BW_FUZZ_SOURCE_DIR "/regressions/photoloader/heic-grid-larger-than-ispe.heic");
        const bw::Result<bw::DecodedPhoto> photo = bw::loadPhoto(path);
        QVERIFY(!photo);
        QCOMPARE(photo.error().code, bw::ErrorCode::ImageTooLarge);
        QVERIFY2(photo.error().message.contains(QLatin1String("14895 x 12056")), qPrintable(photo.error().message));
    }

    void emptyInputIsAnError()
    {
        const bw::Result<bw::DecodedPhoto> photo = bw::loadPhotoFromBytes({}, QStringLiteral("leeg.jpg"));
        QVERIFY(!photo);
        QCOMPARE(photo.error().code, bw::ErrorCode::CorruptImage);
        QVERIFY(photo.error().message.contains(QLatin1String("leeg.jpg")));
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplayPhotoLoader)
#include "tst_fuzzreplay_photoloader.moc"
