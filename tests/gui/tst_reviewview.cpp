#include "reviewview.h"

#include <QTest>

using namespace bw;
using namespace bw::gui;

// How the review view draws a possible face.
class TestReviewView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void possibleFaceIsDashedAndDimmer();

private:
    ReviewView *m_view = nullptr;
};

namespace {

const QSize kPhotoSize(4000, 3000);

// A row-by-row grid of hidden, unknown faces 160 px wide on a 4000 x 3000 photo.
std::vector<ScreenedFace> gridOfFaces(int count)
{
    std::vector<ScreenedFace> faces;
    for (int i = 0; i < count; ++i) {
        ScreenedFace face;
        face.box.rect = cv::Rect2f(200.0f + float(i % 6) * 600.0f, 400.0f + float(i / 6) * 900.0f, 160.0f, 200.0f);
        face.decision = {false, Reason::Unknown};
        faces.push_back(face);
    }
    return faces;
}

} // namespace

void TestReviewView::init()
{
    m_view = new ReviewView;
    m_view->resize(1000, 800);
    QImage photo(1000, 750, QImage::Format_RGB32);
    photo.fill(QColor(128, 128, 128));
    m_view->setPhoto(photo, kPhotoSize);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestReviewView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

// A possible face is hidden all the same, but drawn less sure of itself: a dimmer, dashed
// outline beside the solid one of a face. Measured along the left side of each outline.
void TestReviewView::possibleFaceIsDashedAndDimmer()
{
    std::vector<ScreenedFace> faces = gridOfFaces(2);
    faces[1].box.possibleFace = true;
    faces[1].decision = {false, Reason::PossibleFace};
    m_view->setFaces(faces, {});
    const QImage shot = m_view->grab().toImage();
    const qreal ratio = m_view->devicePixelRatioF();
    struct Outline {
        int rows = 0, drawn = 0, strongest = 0;
    };
    const auto outlineOf = [&](const ScreenedFace &face) {
        const cv::Rect2f &r = face.box.rect;
        const QRectF box = m_view->widgetRectOf(QRectF(r.x, r.y, r.width, r.height));
        Outline outline;
        for (int y = qRound(box.top()) + 6; y < qRound(box.bottom()) - 6; ++y) {
            int redness = 0; // red over green: the outline's colour against the grey photo
            for (int x = qRound(box.left()) - 2; x <= qRound(box.left()) + 2; ++x) {
                const QColor c = shot.pixelColor(QPoint(x, y) * ratio);
                redness = std::max(redness, c.red() - c.green());
            }
            ++outline.rows;
            outline.drawn += redness > 40;
            outline.strongest = std::max(outline.strongest, redness);
        }
        return outline;
    };
    const Outline sure = outlineOf(faces[0]);
    const Outline possible = outlineOf(faces[1]);
    QVERIFY(sure.rows > 20);
    QCOMPARE(sure.drawn, sure.rows);                              // solid
    QVERIFY2(possible.drawn > possible.rows / 3, "no outline");   // there, but dashed
    QVERIFY2(possible.drawn < possible.rows * 9 / 10, qPrintable(QStringLiteral("%1 of %2 rows").arg(possible.drawn).arg(possible.rows)));
    QVERIFY2(possible.strongest < sure.strongest, qPrintable(QStringLiteral("%1 vs %2").arg(possible.strongest).arg(sure.strongest)));
}

QTEST_MAIN(TestReviewView)
#include "tst_reviewview.moc"
