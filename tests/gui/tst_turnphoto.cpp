// A photo whose metadata cannot be read may lie on its side: its tile is marked, the teacher
// turns it in the review pane, its faces are found again in the turned photo, and the export
// is the turned photo. Real window, real photo, real models.
#include "clisupport.h"
#include "guitestdata.h"
#include "testsupport.h"

#include "facepanel.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "reviewpane.h"
#include "faces/nms.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace bw;
using namespace bw::gui;

class TestTurnPhoto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void turnedPhotoIsAnalysedAgain();
    void exportUsesTheTurnedPhoto();
    void turningBackRestoresTheStoredOrientation();

private:
    const PhotoEntry &sideways() const { return m_model->entry(m_model->rowOf(m_sideways)); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    PhotoListModel *m_model = nullptr;
    QString m_sideways;
    QString m_upright;
    cv::Size m_uprightSize;
};

void TestTurnPhoto::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_upright = test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(m_upright, QStringLiteral("obama.jpg"));
    const cv::Mat upright = cv::imread(m_upright.toStdString());
    m_uprightSize = upright.size();
    cv::Mat stored;
    cv::rotate(upright, stored, cv::ROTATE_90_COUNTERCLOCKWISE);
    const QString written = m_dir.filePath(QStringLiteral("bron.jpg"));
    QVERIFY(cv::imwrite(written.toStdString(), stored, {cv::IMWRITE_JPEG_QUALITY, 95}));
    m_sideways = m_dir.filePath(QStringLiteral("zijkant.jpg"));
    QVERIFY(test::writeWithDamagedExif(written, m_sideways));

    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    Result<void> created = test::createSchoolRegistry(dataDir, true);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
    m_window = std::make_unique<MainWindow>(dataDir);
    m_model = m_window->photoModel();
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_window->selectChannel(QStringLiteral("parro"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    m_window->importPhotos({m_sideways, m_upright});
    QVERIFY(finished.wait(240000));
    QCOMPARE(m_model->analysedCount(), 2);
}

void TestTurnPhoto::turnedPhotoIsAnalysedAgain()
{
    // Unreadable metadata: analysed as stored (on its side), marked, and the reason given.
    QVERIFY2(!sideways().analysis.error, qPrintable(sideways().analysis.error ? sideways().analysis.error->message : QString()));
    QCOMPARE(sideways().analysis.photo.width, m_uprightSize.height);
    QVERIFY(sideways().verdict.reasons.contains(Reason::MetadataUnreadable));
    const QModelIndex tile = m_model->index(m_model->rowOf(m_sideways));
    QVERIFY(tile.data(PhotoListModel::OrientationUnknownRole).toBool());
    QVERIFY(!m_model->index(m_model->rowOf(m_upright)).data(PhotoListModel::OrientationUnknownRole).toBool());

    // Turn it right with the review pane's button: pending until its faces are found again.
    m_window->showPhoto(m_model->rowOf(m_sideways));
    ReviewPane *review = m_window->reviewPane();
    QPushButton *turnRight = review->panel()->turnRightButton();
    QVERIFY(turnRight->isEnabled());
    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    QTest::mouseClick(turnRight, Qt::LeftButton);
    QCOMPARE(sideways().review.quarterTurns, 1);
    QVERIFY(!sideways().analysed);
    QVERIFY(finished.wait(240000));

    // Upright now: the face is where it is on the upright original, and recognised there.
    const PhotoEntry &turned = sideways();
    QVERIFY(turned.analysed);
    QCOMPARE(turned.analysis.photo.quarterTurns, 1);
    QCOMPARE(turned.analysis.photo.width, m_uprightSize.width);
    QCOMPARE(turned.analysis.photo.height, m_uprightSize.height);
    QCOMPARE(turned.review.quarterTurns, 1);
    const PhotoEntry &original = m_model->entry(m_model->rowOf(m_upright));
    QCOMPARE(turned.analysis.faces.size(), std::size_t(1));
    QCOMPARE(original.analysis.faces.size(), std::size_t(1));
    const float overlap = boxIoU(turned.analysis.faces[0].box.rect, original.analysis.faces[0].box.rect);
    QVERIFY2(overlap > 0.8f, qPrintable(QString::number(overlap)));
    QCOMPARE(turned.verdict.faces.at(0).pupilName, QStringLiteral("Barack Obama"));
    QVERIFY(turned.verdict.faces.at(0).decision.visible);
    QVERIFY(!tile.data(PhotoListModel::OrientationUnknownRole).toBool());
    QVERIFY(turned.thumbnail.height() > turned.thumbnail.width());
    QTRY_VERIFY_WITH_TIMEOUT(review->isImageLoaded(), 30000);
}

void TestTurnPhoto::exportUsesTheTurnedPhoto()
{
    QCOMPARE(sideways().review.quarterTurns, 1);
    const QString out = m_dir.filePath(QStringLiteral("upload"));
    const QString reportPath = m_dir.filePath(QStringLiteral("verslag/parro.json"));
    const QString exportFailure = test::exportBatch(*m_window, out, reportPath);
    QVERIFY2(exportFailure.isEmpty(), qPrintable(exportFailure));

    std::optional<QJsonObject> photo;
    for (const QJsonValue &value : test::readJsonObject(reportPath)[QStringLiteral("photos")].toArray()) {
        if (value.toObject()[QStringLiteral("source")].toString() == m_sideways)
            photo = value.toObject();
    }
    QVERIFY(photo);
    QCOMPARE((*photo)[QStringLiteral("status")].toString(), QStringLiteral("exported"));
    QCOMPARE((*photo)[QStringLiteral("turned_by_teacher")].toInt(), 90);
    QVERIFY((*photo)[QStringLiteral("reasons")].toArray().contains(QStringLiteral("metadata_unreadable")));
    // parro's profile keeps the long side at most 2048 px: the upright portrait stays portrait.
    const cv::Mat written = cv::imread((*photo)[QStringLiteral("output")].toString().toStdString());
    QVERIFY(!written.empty());
    QCOMPARE(written.size(), m_uprightSize);
}

void TestTurnPhoto::turningBackRestoresTheStoredOrientation()
{
    m_window->showPhoto(m_model->rowOf(m_sideways));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ShiftModifier);
    QCOMPARE(sideways().review.quarterTurns, 0);
    QVERIFY(finished.wait(240000));
    QVERIFY(sideways().analysed);
    QCOMPARE(sideways().analysis.photo.quarterTurns, 0);
    QCOMPARE(sideways().analysis.photo.width, m_uprightSize.height);
    QVERIFY(m_model->index(m_model->rowOf(m_sideways)).data(PhotoListModel::OrientationUnknownRole).toBool());
}

QTEST_MAIN(TestTurnPhoto)
#include "tst_turnphoto.moc"
