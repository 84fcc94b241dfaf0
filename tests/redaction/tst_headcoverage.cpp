#include "redaction/redactor.h"

#include <QRectF>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>

using namespace bw;

namespace {

const cv::Scalar kPaint(255, 0, 255);

// What a solid redaction paints on a black image of `size`: 255 where hidden.
cv::Mat hiddenMask(cv::Size size, const FaceBox &face)
{
    RedactionSettings solid;
    solid.mode = RedactionMode::Solid;
    solid.solidColour = kPaint;
    const cv::Mat painted = Redactor(solid).redact(cv::Mat::zeros(size, CV_8UC3), std::vector<FaceBox>{face});
    cv::Mat mask;
    cv::inRange(painted, kPaint, kPaint, mask);
    return mask;
}

FaceBox boxOnly(const cv::Rect2f &rect)
{
    FaceBox face;
    face.rect = rect;
    return face;
}

// A face in `rect` with CenterFace's five landmarks placed as on a frontal face, then
// turned by `rollDegrees` about the box centre and with the nose moved by `turn` eye
// distances along the eye line (a head turned to the side).
FaceBox withLandmarks(const cv::Rect2f &rect, double rollDegrees, double turn)
{
    FaceBox face = boxOnly(rect);
    face.hasLandmarks = true;
    const cv::Point2f centre(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const double eyes = 0.4 * rect.width;
    const std::array<cv::Point2f, 5> frontal{
        cv::Point2f(float(-eyes / 2), -0.12f * rect.height), cv::Point2f(float(eyes / 2), -0.12f * rect.height),
        cv::Point2f(float(turn * eyes), 0.08f * rect.height), cv::Point2f(-0.15f * rect.width, 0.25f * rect.height),
        cv::Point2f(0.15f * rect.width, 0.25f * rect.height)};
    const double a = rollDegrees * CV_PI / 180.0;
    for (std::size_t k = 0; k < frontal.size(); ++k) {
        const cv::Point2f p = frontal[k];
        face.landmarks[k] = centre + cv::Point2f(float(p.x * std::cos(a) - p.y * std::sin(a)),
                                                 float(p.x * std::sin(a) + p.y * std::cos(a)));
    }
    return face;
}

int count(const cv::Mat &mask)
{
    return cv::countNonZero(mask);
}

} // namespace

// Where the head sits around the detector's box: the hidden area follows the landmarks of a
// tilted or turned head, never hides less than the box alone, and a face the frame cuts is
// hidden as far as the whole head would be. (tst_redaction checks real faces.)
class TestHeadCoverage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void landmarksNeverShrinkTheHiddenArea_data();
    void landmarksNeverShrinkTheHiddenArea();
    void tiltedHeadKeepsCrownAndChinHidden();
    void turnedHeadHidesTheBackOfTheHead();
    void faceCutByTheFrameIsHiddenAsTheWholeHead_data();
    void faceCutByTheFrameIsHiddenAsTheWholeHead();
};

void TestHeadCoverage::landmarksNeverShrinkTheHiddenArea_data()
{
    QTest::addColumn<double>("roll");
    QTest::addColumn<double>("turn");
    QTest::newRow("frontal") << 0.0 << 0.0;
    QTest::newRow("tilted 35 degrees") << 35.0 << 0.0;
    QTest::newRow("tilted -50 degrees, turned") << -50.0 << 0.6;
    QTest::newRow("profile") << 0.0 << -1.2;
    QTest::newRow("upside down") << 180.0 << 0.0;
}

void TestHeadCoverage::landmarksNeverShrinkTheHiddenArea()
{
    QFETCH(double, roll);
    QFETCH(double, turn);
    const cv::Size size(500, 500);
    const cv::Rect2f box(200, 200, 80, 100);
    const cv::Mat alone = hiddenMask(size, boxOnly(box));
    const cv::Mat posed = hiddenMask(size, withLandmarks(box, roll, turn));
    cv::Mat lost;
    cv::subtract(alone, posed, lost);
    QCOMPARE(count(lost), 0);
    QVERIFY(count(posed) >= count(alone));
    // Every hidden pixel lies inside headRegionFor (the review draws it, tests rely on it).
    cv::Mat beyond = posed.clone();
    beyond(Redactor::headRegionFor(withLandmarks(box, roll, turn), size)).setTo(0);
    QCOMPARE(count(beyond), 0);
}

void TestHeadCoverage::tiltedHeadKeepsCrownAndChinHidden()
{
    const cv::Size size(500, 500);
    const cv::Rect2f box(200, 200, 80, 100);
    const double roll = 45.0;
    const cv::Mat alone = hiddenMask(size, boxOnly(box));
    const cv::Mat tilted = hiddenMask(size, withLandmarks(box, roll, 0.0));
    // The crown and the chin of a head tilted by 45 degrees: along the turned vertical axis,
    // 0.85 and 0.6 box heights from the centre.
    const cv::Point2f centre(240, 250);
    const double a = roll * CV_PI / 180.0;
    const cv::Point2f down(float(-std::sin(a)), float(std::cos(a)));
    const cv::Point crown = centre - down * (0.85f * box.height);
    const cv::Point chin = centre + down * (0.6f * box.height);
    QCOMPARE(tilted.at<uchar>(crown), uchar(255));
    QCOMPARE(tilted.at<uchar>(chin), uchar(255));
    // The upright ellipse alone misses the tilted crown: the landmarks are what cover it.
    QCOMPARE(alone.at<uchar>(crown), uchar(0));
}

void TestHeadCoverage::turnedHeadHidesTheBackOfTheHead()
{
    const cv::Size size(500, 500);
    const cv::Rect2f box(200, 200, 80, 100);
    // Nose towards the image's right: the back of the head (ear, hair) is on the left.
    const cv::Mat turned = hiddenMask(size, withLandmarks(box, 0.0, 0.8));
    const cv::Mat alone = hiddenMask(size, boxOnly(box));
    const cv::Rect hidden = cv::boundingRect(turned);
    const cv::Rect boxHidden = cv::boundingRect(alone);
    QVERIFY2(hidden.x < boxHidden.x - 0.1 * box.width,
             qPrintable(QStringLiteral("hidden from x %1, the box alone from %2").arg(hidden.x).arg(boxHidden.x)));
    QVERIFY(hidden.br().x >= boxHidden.br().x);
}

void TestHeadCoverage::faceCutByTheFrameIsHiddenAsTheWholeHead_data()
{
    QTest::addColumn<QRectF>("rect");
    // 60 % of each face beyond one edge of a 400 x 300 photo.
    QTest::newRow("left") << QRectF(-45, 100, 75, 100);
    QTest::newRow("right") << QRectF(370, 100, 75, 100);
    QTest::newRow("top") << QRectF(150, -60, 75, 100);
    QTest::newRow("bottom") << QRectF(150, 260, 75, 100);
}

// The detector trims a box to the frame; the hidden area inside the photo is the one of the
// untrimmed box, not the (much smaller) ellipse of the visible strip.
void TestHeadCoverage::faceCutByTheFrameIsHiddenAsTheWholeHead()
{
    QFETCH(QRectF, rect);
    const cv::Rect2f whole(float(rect.x()), float(rect.y()), float(rect.width()), float(rect.height()));
    const cv::Size size(400, 300);
    const cv::Rect2f trimmed = whole & cv::Rect2f(0, 0, float(size.width), float(size.height));
    const cv::Mat asWhole = hiddenMask(size, boxOnly(whole));
    const cv::Mat asTrimmed = hiddenMask(size, boxOnly(trimmed));
    cv::Mat lost;
    cv::subtract(asWhole, asTrimmed, lost);
    QVERIFY2(count(lost) <= count(asWhole) / 50,
             qPrintable(QStringLiteral("%1 of the whole head's %2 pixels in the photo are left visible")
                            .arg(count(lost)).arg(count(asWhole))));
}

QTEST_GUILESS_MAIN(TestHeadCoverage)
#include "tst_headcoverage.moc"
