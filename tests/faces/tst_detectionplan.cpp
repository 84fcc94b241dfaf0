#include "faces/detectionplan.h"

#include <QTest>

#include <opencv2/core.hpp>

using namespace bw;

Q_DECLARE_METATYPE(cv::Size)

// The passes the detector makes over a photo: which scales, how much border for faces cut by
// the frame, which tiles. Pure geometry; the recall it buys is measured in tst_hardfaces.
class TestDetectionPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twelveMegapixels();
    void smallPhotoIsOnePass();
    void lastPassStaysOneTile_data();
    void lastPassStaysOneTile();
    void tilesCoverEveryPassImage_data();
    void tilesCoverEveryPassImage();
    void noBorderWithoutPadding();
};

void TestDetectionPlan::twelveMegapixels()
{
    const DetectorSettings settings;
    const std::vector<DetectionPass> passes = planDetection(cv::Size(4000, 3000), settings);
    QCOMPARE(passes.size(), std::size_t(2));
    // The finest pass shows a minFaceSize face at minFaceInNetwork pixels: 20 px -> 16 px.
    QCOMPARE(passes[0].scaledSize, cv::Size(3200, 2400));
    QVERIFY(passes[0].tiles.size() > 1);
    // The last pass sees the whole photo at coarseLongSide, in one tile.
    QCOMPARE(passes[1].scaledSize, cv::Size(640, 480));
    QCOMPARE(passes[1].tiles.size(), std::size_t(1));
    // Room beyond the frame for the cut-off part of the largest face each pass looks for.
    QCOMPARE(passes[0].border, qRound(settings.borderPadding * float(settings.tileOverlap)));
    QCOMPARE(passes[1].border, qRound(settings.borderPadding * 240.0f));
}

void TestDetectionPlan::smallPhotoIsOnePass()
{
    const std::vector<DetectionPass> passes = planDetection(cv::Size(500, 375), DetectorSettings{});
    QCOMPARE(passes.size(), std::size_t(1));
    QCOMPARE(passes[0].scaledSize, cv::Size(640, 480)); // enlarged to coarseLongSide
    QCOMPARE(passes[0].tiles.size(), std::size_t(1));
}

// A close-up must be seen whole by the last pass: its border never splits it into tiles
// (a 940 px photo, one pass at 752 px, would need 1128 px with the full border).
void TestDetectionPlan::lastPassStaysOneTile_data()
{
    QTest::addColumn<cv::Size>("photo");
    QTest::newRow("940 x 940 close-up") << cv::Size(940, 940);
    QTest::newRow("1280 x 720") << cv::Size(1280, 720);
    QTest::newRow("12 MP") << cv::Size(4000, 3000);
}

void TestDetectionPlan::lastPassStaysOneTile()
{
    QFETCH(cv::Size, photo);
    const std::vector<DetectionPass> passes = planDetection(photo, DetectorSettings{});
    QCOMPARE(passes.back().tiles.size(), std::size_t(1));
    QVERIFY(passes.back().border > 0);
}

void TestDetectionPlan::tilesCoverEveryPassImage_data()
{
    QTest::addColumn<cv::Size>("photo");
    QTest::newRow("12 MP landscape") << cv::Size(4032, 3024);
    QTest::newRow("12 MP portrait") << cv::Size(3024, 4032);
    QTest::newRow("panorama") << cv::Size(12000, 2000);
    QTest::newRow("3 MP") << cv::Size(2000, 1500);
    QTest::newRow("tiny") << cv::Size(40, 30);
}

void TestDetectionPlan::tilesCoverEveryPassImage()
{
    QFETCH(cv::Size, photo);
    const DetectorSettings settings;
    for (const DetectionPass &pass : planDetection(photo, settings)) {
        const cv::Size padded(pass.scaledSize.width + 2 * pass.border, pass.scaledSize.height + 2 * pass.border);
        cv::Mat covered(padded, CV_8U, cv::Scalar(0));
        for (const DetectionTile &tile : pass.tiles) {
            QVERIFY(tile.region.width <= settings.tileSize && tile.region.height <= settings.tileSize);
            QVERIFY((cv::Rect(cv::Point(), padded) & tile.region) == tile.region);
            if (pass.tiles.size() > 1) // one input shape for all tiles of a pass
                QCOMPARE(tile.region.size(), pass.tiles.front().region.size());
            covered(tile.region).setTo(1);
        }
        QCOMPARE(cv::countNonZero(covered), padded.area());
    }
}

void TestDetectionPlan::noBorderWithoutPadding()
{
    DetectorSettings settings;
    settings.borderPadding = 0.0f;
    for (const DetectionPass &pass : planDetection(cv::Size(4000, 3000), settings))
        QCOMPARE(pass.border, 0);
}

QTEST_GUILESS_MAIN(TestDetectionPlan)
#include "tst_detectionplan.moc"
