#include "guitestdata.h"
#include "testsupport.h"

#include "assignpupildialog.h"
#include "facepanel.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "readingorder.h"
#include "reviewpane.h"
#include "reviewview.h"
#include "storage/registry.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>
#include <set>

using namespace bw;
using namespace bw::gui;

// The review of one photo on real photos and models: N in reading order, the pupil chooser
// beside the face, the match in words, zoom for small faces, a panel that keeps its width.
class TestReviewTools : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nextFaceGoesInReadingOrder();
    void matchIsSaidInWords();
    void chooserOpensBesideTheFaceWithItsPicture();
    void wheelZoomsOnTheMouseAndButtonsFitOrShowActualSize();
    void photoKeepsItsPlaceWhenThePanelChanges();
    void nameTagsOfACrowdedPhotoDoNotOverlap();
    void classPhotoExclusionNamesThePupils();

private:
    int rowOf(const QString &path) const { return m_model->rowOf(QFileInfo(path).absoluteFilePath()); }
    void showAndWait(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    PhotoListModel *m_model = nullptr;
    QString m_family;
    QString m_biden;
    QString m_obama;
};

void TestReviewTools::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A group photo every clone has (models/fetch): six people around a table, two of them
    // standing behind the others.
    m_family = test::fetchedImage(QStringLiteral("insightface_t1.jpg"));
    BW_REQUIRE_DATA(m_family, QStringLiteral("insightface_t1.jpg"));
    m_biden = test::fetchedImage(QStringLiteral("biden.jpg"));
    m_obama = test::fetchedImage(QStringLiteral("obama2.jpg"));
    BW_REQUIRE_DATA(m_biden, QStringLiteral("biden.jpg"));
    BW_REQUIRE_DATA(m_obama, QStringLiteral("obama2.jpg"));
    QVERIFY(m_dir.isValid());
    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    Result<void> created = test::createSchoolRegistry(dataDir, true);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
    m_window = std::make_unique<MainWindow>(dataDir);
    m_model = m_window->photoModel();
    m_window->resize(1400, 900);
    m_window->selectChannel(QStringLiteral("parro"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    m_window->importPhotos({m_family, m_biden, m_obama});
    QVERIFY(finished.wait(240000));
    QCOMPARE(m_model->analysedCount(), 3);
}

void TestReviewTools::showAndWait(const QString &path)
{
    m_window->showPhoto(rowOf(path));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->reviewPane()->isImageLoaded(), 30000);
}

void TestReviewTools::nextFaceGoesInReadingOrder()
{
    // N walks the faces in reading order (what that order is, row by row and left to right,
    // is tst_readingorder's), whatever order the detector found them in, and visits each once.
    showAndWait(m_family);
    ReviewPane *review = m_window->reviewPane();
    const std::vector<ScreenedFace> &faces = m_model->entry(rowOf(m_family)).verdict.faces;
    QVERIFY2(faces.size() >= 6, qPrintable(QString::number(faces.size())));
    const std::vector<int> order = readingOrder(faces);
    QCOMPARE(int(std::set<int>(order.begin(), order.end()).size()), int(faces.size()));
    QVERIFY2(!std::is_sorted(order.begin(), order.end()),
             "the detector's order is already the reading order: this photo proves nothing");
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (std::size_t i = 0; i < faces.size(); ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_N);
        QCOMPARE(review->selectedFace(), order.at(i));
    }
    // The panel numbers the faces in the same order.
    review->selectFace(order.front());
    bool numbered = false;
    for (const QLabel *label : review->panel()->findChildren<QLabel *>())
        numbered = numbered || label->text().startsWith(QStringLiteral("Gezicht 1 van"));
    QVERIFY(numbered);
}

void TestReviewTools::matchIsSaidInWords()
{
    // obama2 is recognised from the reference photo: "duidelijk", numbers only in the tooltip.
    showAndWait(m_obama);
    ReviewPane *review = m_window->reviewPane();
    review->selectFace(0);
    QLabel *details = nullptr;
    for (QLabel *label : review->panel()->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("Gelijkenis")))
            details = label;
    }
    QVERIFY(details != nullptr);
    QVERIFY2(details->text().contains(QStringLiteral("duidelijk")), qPrintable(details->text()));
    QVERIFY2(!details->text().contains(QStringLiteral("afstand")), qPrintable(details->text()));
    QVERIFY2(details->toolTip().contains(QStringLiteral("Afstand")), qPrintable(details->toolTip()));
    const double distance = m_model->entry(rowOf(m_obama)).verdict.faces.at(0).match.distance;
    QVERIFY(details->toolTip().contains(QString::number(distance, 'f', 2)));
}

void TestReviewTools::chooserOpensBesideTheFaceWithItsPicture()
{
    showAndWait(m_family);
    ReviewPane *review = m_window->reviewPane();
    const std::vector<int> order = readingOrder(m_model->entry(rowOf(m_family)).verdict.faces);
    for (const int face : {order.front(), order.back()}) {
        review->selectFace(face);
        review->requestAssignment();
        AssignPupilDialog *dialog = review->openDialog();
        QVERIFY(dialog != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QRect faceOnScreen = review->view()->faceRectOnScreen(face);
        QVERIFY(!faceOnScreen.isEmpty());
        QVERIFY2(!dialog->frameGeometry().intersects(faceOnScreen),
                 qPrintable(QStringLiteral("dialog %1,%2 %3x%4 covers the face at %5,%6")
                                .arg(dialog->x()).arg(dialog->y()).arg(dialog->width()).arg(dialog->height())
                                .arg(faceOnScreen.x()).arg(faceOnScreen.y())));
        QVERIFY(dialog->faceLabel()->isVisible());
        QVERIFY(!dialog->faceLabel()->pixmap().isNull());
        // Typing filters the list; no completer pops up to take the next click.
        QVERIFY(dialog->filterEdit()->completer() == nullptr);
        QTest::keyClicks(dialog->filterEdit(), QStringLiteral("kamala"));
        QVERIFY(dialog->pupilId().has_value());
        if (face == order.front()) {
            QVERIFY(dialog->reasonEdit()->text().isEmpty());
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Ik ken haar van het schoolplein"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QTRY_VERIFY(review->openDialog() == nullptr);
            QCOMPARE(m_model->entry(rowOf(m_family)).verdict.faces.at(std::size_t(face)).pupilName,
                     QStringLiteral("Kamala Harris"));
        } else {
            // The last reason of this session is offered again.
            QCOMPARE(dialog->reasonEdit()->text(), QStringLiteral("Ik ken haar van het schoolplein"));
            dialog->reject();
            QTRY_VERIFY(review->openDialog() == nullptr);
        }
    }
}

void TestReviewTools::wheelZoomsOnTheMouseAndButtonsFitOrShowActualSize()
{
    showAndWait(m_biden);
    ReviewView *view = m_window->reviewPane()->view();
    QVERIFY(view->isFitted());
    const double fit = view->zoomFactor();
    const QSize source(m_model->entry(rowOf(m_biden)).analysis.photo.width,
                       m_model->entry(rowOf(m_biden)).analysis.photo.height);
    const QRectF whole = view->widgetRectOf(QRectF(QPointF(), QSizeF(source)));
    // The photo point under the mouse stays under it while the wheel zooms in.
    const QPointF mouse = whole.topLeft() + QPointF(whole.width() * 0.3, whole.height() * 0.4);
    const QPointF photoPoint = view->sourceRectOf(QRectF(mouse, QSizeF(1, 1))).topLeft();
    QSignalSpy zoomed(view, &ReviewView::zoomChanged);
    QWheelEvent wheel(mouse, view->mapToGlobal(mouse), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QVERIFY(!view->isFitted());
    QVERIFY(zoomed.count() >= 1);
    QVERIFY2(qFuzzyCompare(view->zoomFactor(), fit * 1.25 * 1.25), qPrintable(QString::number(view->zoomFactor())));
    // Along an axis where the zoomed photo is still smaller than the view it is centred;
    // along one where it overflows, the point under the mouse stays under it.
    const QPointF after = view->sourceRectOf(QRectF(mouse, QSizeF(1, 1))).topLeft();
    const QRectF shown = view->widgetRectOf(QRectF(QPointF(), QSizeF(source)));
    const QString where = QStringLiteral("%1,%2 moved to %3,%4 (photo shown at %5,%6 %7x%8)")
                              .arg(photoPoint.x()).arg(photoPoint.y()).arg(after.x()).arg(after.y())
                              .arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height());
    QVERIFY2(shown.width() > view->width() || shown.height() > view->height(), qPrintable(where));
    if (shown.width() > view->width())
        QVERIFY2(qAbs(after.x() - photoPoint.x()) < 3, qPrintable(where));
    else
        QVERIFY2(qAbs(shown.center().x() - QRectF(view->rect()).center().x()) < 1, qPrintable(where));
    if (shown.height() > view->height())
        QVERIFY2(qAbs(after.y() - photoPoint.y()) < 3, qPrintable(where));
    else
        QVERIFY2(qAbs(shown.center().y() - QRectF(view->rect()).center().y()) < 1, qPrintable(where));
    // 100 %: one photo pixel per screen pixel, in its full resolution.
    QTest::mouseClick(m_window->reviewPane()->findChildren<QToolButton *>().at(1), Qt::LeftButton);
    QCOMPARE(view->zoomFactor(), 1.0);
    QVERIFY2(m_window->reviewPane()->zoomLabel()->text().contains(QStringLiteral("100")),
             qPrintable(m_window->reviewPane()->zoomLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFullResolution(), 30000);
    // A face reached with N while zoomed in is scrolled into view.
    m_window->reviewPane()->selectFace(0);
    QVERIFY(QRectF(view->rect()).contains(
        view->widgetRectOf(QRectF(m_model->entry(rowOf(m_biden)).verdict.faces.at(0).box.rect.x,
                                  m_model->entry(rowOf(m_biden)).verdict.faces.at(0).box.rect.y,
                                  m_model->entry(rowOf(m_biden)).verdict.faces.at(0).box.rect.width,
                                  m_model->entry(rowOf(m_biden)).verdict.faces.at(0).box.rect.height))));
    // Fit brings the whole photo back; so does the next photo.
    QTest::mouseClick(m_window->reviewPane()->findChildren<QToolButton *>().at(0), Qt::LeftButton);
    QVERIFY(view->isFitted());
    QCOMPARE(view->zoomFactor(), fit);
    view->zoomBy(2);
    showAndWait(m_obama);
    QVERIFY(view->isFitted());
}

void TestReviewTools::photoKeepsItsPlaceWhenThePanelChanges()
{
    // A long verdict or name in the side panel used to widen it and push the photo aside.
    showAndWait(m_family);
    ReviewPane *review = m_window->reviewPane();
    const QRect before = review->view()->geometry();
    const std::vector<ScreenedFace> &faces = m_model->entry(rowOf(m_family)).verdict.faces;
    for (int face = 0; face < int(faces.size()); ++face) {
        review->selectFace(face);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // let the layout settle
        QCOMPARE(review->view()->geometry(), before);
    }
    m_window->showPhoto(rowOf(m_obama));
    QTRY_VERIFY_WITH_TIMEOUT(review->isImageLoaded(), 30000);
    QCOMPARE(review->view()->geometry(), before);
}

void TestReviewTools::nameTagsOfACrowdedPhotoDoNotOverlap()
{
    // Six people in a small window: their name tags would cover each other.
    showAndWait(m_family);
    ReviewPane *review = m_window->reviewPane();
    m_window->resize(760, 520);
    QTRY_VERIFY(review->view()->width() < 500);
    const int faces = review->view()->faceCount();
    QVERIFY2(faces >= 6, qPrintable(QString::number(faces)));
    for (const int selected : {-1, faces - 1}) {
        review->selectFace(selected);
        const std::vector<std::optional<QRectF>> tags = review->view()->labelRects();
        QCOMPARE(int(tags.size()), faces);
        int shown = 0;
        for (int a = 0; a < faces; ++a) {
            shown += tags[std::size_t(a)] ? 1 : 0;
            for (int b = a + 1; b < faces; ++b) {
                QVERIFY2(!(tags[std::size_t(a)] && tags[std::size_t(b)]
                           && tags[std::size_t(a)]->intersects(*tags[std::size_t(b)])),
                         qPrintable(QStringLiteral("tags of faces %1 and %2 overlap").arg(a).arg(b)));
            }
        }
        QVERIFY(shown > 0);
        if (selected >= 0)
            QVERIFY(tags[std::size_t(selected)].has_value());
    }
    m_window->resize(1400, 900);
}

void TestReviewTools::classPhotoExclusionNamesThePupils()
{
    // Joe Biden's parents withdraw the class-photo consent: his photo is kept off the class
    // photo, and the panel and the tile say who it is about.
    QVERIFY(test::recordAnswer(*m_window->registry(), QStringLiteral("Joe Biden"), QStringLiteral("klassenfoto"), false)
                .has_value());
    m_window->reloadRegistry();
    m_window->selectChannel(QStringLiteral("klassenfoto"));
    const PhotoEntry &biden = m_model->entry(rowOf(m_biden));
    QCOMPARE(biden.verdict.status, PhotoStatus::Excluded);
    QCOMPARE(biden.verdict.pupilsWithoutConsent, QStringList{QStringLiteral("Joe Biden")});
    showAndWait(m_biden);
    bool named = false;
    for (const QLabel *label : m_window->reviewPane()->panel()->findChildren<QLabel *>())
        named = named || label->text().contains(QStringLiteral("klassenfoto: Joe Biden"));
    QVERIFY(named);
    QVERIFY(m_model->index(rowOf(m_biden)).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Joe Biden")));
    // Faces nobody recognised keep a class photo out too, counted.
    const PhotoEntry &family = m_model->entry(rowOf(m_family));
    QCOMPARE(family.verdict.status, PhotoStatus::Excluded);
    QVERIFY(family.verdict.unknownFacesWithoutConsent >= 5); // one was named Kamala Harris by hand
    QVERIFY(m_model->index(rowOf(m_family)).data(Qt::ToolTipRole).toString().contains(QStringLiteral("onbekend")));
    m_window->selectChannel(QStringLiteral("parro"));
}

QTEST_MAIN(TestReviewTools)
#include "tst_reviewtools.moc"
