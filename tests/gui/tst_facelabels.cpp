#include "facelabels.h"

#include <QTest>

using namespace bw::gui;

// Name tags on a photo: above the face, below it when there is no room, never on top of each
// other (a class photo of 51 faces was an unreadable mess of overlapping tags).
class TestFaceLabels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loneFaceHasItsTagAbove();
    void faceAtTheTopHasItsTagBelow();
    void crowdedTagsNeverOverlapAndTheSelectedOneIsShown();
};

namespace {

const QRectF kArea(0, 0, 800, 600);

int overlaps(const std::vector<std::optional<QRectF>> &tags)
{
    int count = 0;
    for (std::size_t a = 0; a < tags.size(); ++a) {
        for (std::size_t b = a + 1; b < tags.size(); ++b)
            count += tags[a] && tags[b] && tags[a]->intersects(*tags[b]) ? 1 : 0;
    }
    return count;
}

} // namespace

void TestFaceLabels::loneFaceHasItsTagAbove()
{
    const auto tags = placeFaceLabels({QRectF(100, 100, 40, 40)}, {QSizeF(90, 16)}, -1, kArea);
    QVERIFY(tags.at(0).has_value());
    QVERIFY(tags.at(0)->bottom() <= 100);
    QCOMPARE(tags.at(0)->left(), 100.0);
}

void TestFaceLabels::faceAtTheTopHasItsTagBelow()
{
    // A tag that runs off the right edge is moved back inside.
    const auto tags = placeFaceLabels({QRectF(780, 4, 20, 20)}, {QSizeF(90, 16)}, -1, kArea);
    QVERIFY(tags.at(0).has_value());
    QVERIFY(tags.at(0)->top() >= 24);
    QCOMPARE(tags.at(0)->right(), 800.0);
}

void TestFaceLabels::crowdedTagsNeverOverlapAndTheSelectedOneIsShown()
{
    // 51 small faces in three tight rows, each tag far wider than its face.
    std::vector<QRectF> boxes;
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 17; ++column)
            boxes.emplace_back(20 + column * 44, 100 + row * 60, 30, 30);
    }
    const std::vector<QSizeF> sizes(boxes.size(), QSizeF(120, 16));
    const int selected = 25;
    const auto tags = placeFaceLabels(boxes, sizes, selected, kArea);
    QCOMPARE(tags.size(), boxes.size());
    QCOMPARE(overlaps(tags), 0);
    QVERIFY(tags.at(std::size_t(selected)).has_value());
    // Some tags fit: the tool still names faces on a crowded photo, row by row.
    const auto shown = std::count_if(tags.begin(), tags.end(), [](const auto &tag) { return tag.has_value(); });
    QVERIFY2(shown >= 12, qPrintable(QString::number(shown)));
    QVERIFY2(shown < 51, "every tag placed: the test is not crowded");
    // Without the crowd every face has its tag.
    const auto spread = placeFaceLabels({boxes.at(0), boxes.at(8), boxes.at(16)}, {sizes.at(0), sizes.at(0), sizes.at(0)},
                                        -1, kArea);
    QVERIFY(std::all_of(spread.begin(), spread.end(), [](const auto &tag) { return tag.has_value(); }));
}

QTEST_GUILESS_MAIN(TestFaceLabels)
#include "tst_facelabels.moc"
