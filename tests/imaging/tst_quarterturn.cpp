// Turning a photo by hand: pixels, size and the place of a face box follow the turn.
#include "imaging/quarterturn.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace bw;

namespace {

// A 60 x 40 image, black, with one white rectangle.
DecodedPhoto photoWithRect(const cv::Rect &rect)
{
    DecodedPhoto photo;
    photo.image = cv::Mat(40, 60, CV_8UC3, cv::Scalar(0, 0, 0));
    photo.image(rect).setTo(cv::Scalar(255, 255, 255));
    photo.photo.width = 60;
    photo.photo.height = 40;
    return photo;
}

cv::Rect whiteArea(const cv::Mat &image)
{
    cv::Mat gray;
    cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    return cv::boundingRect(gray > 128);
}

} // namespace

class TstQuarterTurn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalises()
    {
        QCOMPARE(normalisedQuarterTurns(-1), 3);
        QCOMPARE(normalisedQuarterTurns(4), 0);
        QCOMPARE(normalisedQuarterTurns(5), 1);
        QCOMPARE(normalisedQuarterTurns(-6), 2);
    }

    void boxFollowsThePixels_data()
    {
        QTest::addColumn<int>("turns");
        for (int turns : {-1, 0, 1, 2, 3, 5})
            QTest::newRow(qPrintable(QString::number(turns))) << turns;
    }
    void boxFollowsThePixels()
    {
        QFETCH(int, turns);
        const cv::Rect face(5, 8, 12, 20);
        DecodedPhoto photo = photoWithRect(face);
        turnClockwise(photo, turns);
        const bool sideways = normalisedQuarterTurns(turns) % 2 == 1;
        QCOMPARE(photo.photo.width, sideways ? 40 : 60);
        QCOMPARE(photo.photo.height, sideways ? 60 : 40);
        QCOMPARE(photo.image.cols, photo.photo.width);
        QCOMPARE(photo.photo.quarterTurns, normalisedQuarterTurns(turns));
        const cv::Rect2f turned = turnedRect(cv::Rect2f(face), cv::Size(60, 40), turns);
        QCOMPARE(cv::Rect(turned), whiteArea(photo.image));
    }

    void turnsAddUp()
    {
        DecodedPhoto photo = photoWithRect(cv::Rect(1, 2, 3, 4));
        const cv::Mat original = photo.image.clone();
        turnClockwise(photo, 1);
        turnClockwise(photo, 1);
        QCOMPARE(photo.photo.quarterTurns, 2);
        turnClockwise(photo, -1);
        turnClockwise(photo, -1);
        QCOMPARE(photo.photo.quarterTurns, 0);
        QCOMPARE(cv::norm(photo.image, original, cv::NORM_INF), 0.0);
    }
};

QTEST_GUILESS_MAIN(TstQuarterTurn)
#include "tst_quarterturn.moc"
