#include "readingorder.h"

#include <QTest>

using namespace bw::gui;

// N walks the faces of a group photo as one reads it: rows from the top, left to right.
class TestReadingOrder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void order_data();
    void order();
    void possibleFacesLast();
};

void TestReadingOrder::order_data()
{
    QTest::addColumn<std::vector<QRectF>>("faces");
    QTest::addColumn<std::vector<int>>("expected");
    // Five people in one row, detected in another order, heads at slightly different heights
    // (the detector's order had sent N from the middle to the left and back).
    QTest::newRow("one uneven row")
        << std::vector<QRectF>{{400, 110, 60, 70}, {250, 95, 60, 70}, {100, 120, 60, 70},
                               {550, 100, 60, 70}, {700, 130, 60, 70}}
        << std::vector<int>{2, 1, 0, 3, 4};
    // A back row above a front row: the whole back row first, each row left to right.
    QTest::newRow("two rows")
        << std::vector<QRectF>{{300, 300, 60, 70}, {100, 100, 60, 70}, {120, 310, 60, 70},
                               {320, 90, 60, 70}, {500, 305, 60, 70}}
        << std::vector<int>{1, 3, 2, 0, 4};
    // Small faces far away and a big one close by: rows follow each face's own height.
    QTest::newRow("big face in front")
        << std::vector<QRectF>{{300, 400, 200, 240}, {100, 100, 30, 36}, {200, 104, 30, 36}}
        << std::vector<int>{1, 2, 0};
    // The hand-made boxes of faces-pascal's 2007_007763.jpg: four standing, three sitting in
    // front, the heads of each row up to 28 px (of 37) apart in height.
    QTest::newRow("family photo")
        << std::vector<QRectF>{{194, 90, 37, 37}, {158, 114, 37, 37}, {381, 89, 45, 44}, {94, 198, 37, 37},
                               {178, 214, 37, 37}, {294, 86, 37, 37}, {309, 233, 45, 44}}
        << std::vector<int>{1, 0, 5, 2, 3, 4, 6};
    QTest::newRow("no faces") << std::vector<QRectF>{} << std::vector<int>{};
}

void TestReadingOrder::order()
{
    QFETCH(std::vector<QRectF>, faces);
    QFETCH(std::vector<int>, expected);
    QCOMPARE(readingOrder(faces), expected);
}

// Possible faces come after every sure face, in reading order among themselves.
void TestReadingOrder::possibleFacesLast()
{
    std::vector<bw::ScreenedFace> faces(4);
    const float xs[] = {400, 100, 250, 550};
    for (std::size_t i = 0; i < faces.size(); ++i)
        faces[i].box.rect = cv::Rect2f(xs[i], 100, 60, 70);
    faces[1].box.possibleFace = true; // the leftmost
    faces[3].box.possibleFace = true;
    QCOMPARE(readingOrder(faces), (std::vector<int>{2, 0, 1, 3}));
}

QTEST_GUILESS_MAIN(TestReadingOrder)
#include "tst_readingorder.moc"
