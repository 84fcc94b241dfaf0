#include "faces/nms.h"

#include <QTest>

using namespace bw;

Q_DECLARE_METATYPE(cv::Rect2f)

namespace {
FaceBox box(float x, float y, float w, float h, float score)
{
    FaceBox b;
    b.rect = cv::Rect2f(x, y, w, h);
    b.score = score;
    return b;
}
} // namespace

class TstNms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void iou_data()
    {
        QTest::addColumn<cv::Rect2f>("a");
        QTest::addColumn<cv::Rect2f>("b");
        QTest::addColumn<float>("expected");
        QTest::newRow("identical") << cv::Rect2f(0, 0, 10, 10) << cv::Rect2f(0, 0, 10, 10) << 1.0f;
        QTest::newRow("disjoint") << cv::Rect2f(0, 0, 10, 10) << cv::Rect2f(20, 20, 10, 10) << 0.0f;
        QTest::newRow("half shifted") << cv::Rect2f(0, 0, 10, 10) << cv::Rect2f(5, 0, 10, 10) << 50.0f / 150.0f;
        QTest::newRow("inside") << cv::Rect2f(0, 0, 10, 10) << cv::Rect2f(0, 0, 5, 5) << 0.25f;
        QTest::newRow("empty") << cv::Rect2f(0, 0, 0, 0) << cv::Rect2f(0, 0, 0, 0) << 0.0f;
    }
    void iou()
    {
        QFETCH(cv::Rect2f, a);
        QFETCH(cv::Rect2f, b);
        QFETCH(float, expected);
        QVERIFY(std::abs(boxIoU(a, b) - expected) < 1e-6f);
        QVERIFY(std::abs(boxIoU(b, a) - expected) < 1e-6f);
    }

    void keepsBestOfOverlappingGroup()
    {
        const auto kept = suppressOverlaps({box(0, 0, 10, 10, 0.5f), box(1, 1, 10, 10, 0.9f),
                                            box(100, 100, 20, 20, 0.7f)},
                                           0.3f);
        QCOMPARE(kept.size(), std::size_t(2));
        QCOMPARE(kept[0].score, 0.9f);
        QCOMPARE(kept[1].score, 0.7f);
    }

    void keepsNeighboursBelowThreshold()
    {
        // Two faces side by side touch but barely overlap: both stay (a group photo).
        const auto kept = suppressOverlaps({box(0, 0, 10, 10, 0.8f), box(8, 0, 10, 10, 0.6f)}, 0.3f);
        QCOMPARE(kept.size(), std::size_t(2));
    }

    void containmentDropsFragmentOnlyWhenAsked()
    {
        // A fragment wholly inside a larger, better box: IoU 0.25 stays under 0.3.
        const std::vector<FaceBox> boxes{box(0, 0, 20, 20, 0.9f), box(0, 0, 10, 10, 0.5f)};
        QCOMPARE(suppressOverlaps(boxes, 0.3f).size(), std::size_t(2));
        const auto kept = suppressOverlaps(boxes, 0.3f, 0.8f);
        QCOMPARE(kept.size(), std::size_t(1));
        QCOMPARE(kept[0].score, 0.9f);
    }

    void emptyInputGivesEmptyOutput()
    {
        QVERIFY(suppressOverlaps({}, 0.3f).empty());
    }
};

QTEST_GUILESS_MAIN(TstNms)
#include "tst_nms.moc"
