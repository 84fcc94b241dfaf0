#include "guitestdata.h"
#include "testsupport.h"

#include "assignpupildialog.h"
#include "analysiscontroller.h"
#include "exportdialog.h"
#include "facepanel.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "reviewpane.h"
#include "reviewview.h"
#include "storage/registry.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using namespace bw::gui;

// Import -> review (assign, hide, add a missed face, exclude) -> export, through the real
// window with real photos and models, checked on the exported files and the report.
class TestGuiWorkflow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importReviewExport();
    void cancelledExportLeavesNothing();
    void dropImportsFilesAndFolders();
    void newReferencesRecogniseUnreviewedPhotos();

private:
    int rowOf(const QString &name) const;
    const ScreenedFace &face(const QString &photo, int index) const;
    void analyse();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    PhotoListModel *m_model = nullptr;
    QStringList m_photos;
};

void TestGuiWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const QString &name : {QStringLiteral("obama2.jpg"), QStringLiteral("obama3.jpg"),
                                QStringLiteral("biden.jpg"), QStringLiteral("obama_partial_face.jpg")}) {
        const QString path = test::fetchedImage(name);
        BW_REQUIRE_DATA(path, name);
        m_photos << path;
    }
    QVERIFY(m_dir.isValid());
    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    Result<void> created = test::createSchoolRegistry(dataDir, true);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
    m_window = std::make_unique<MainWindow>(dataDir);
    m_model = m_window->photoModel();
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

int TestGuiWorkflow::rowOf(const QString &name) const
{
    return m_model->rowOf(QFileInfo(test::fetchedImage(name)).absoluteFilePath());
}

const ScreenedFace &TestGuiWorkflow::face(const QString &photo, int index) const
{
    return m_model->entry(rowOf(photo)).verdict.faces.at(std::size_t(index));
}

void TestGuiWorkflow::importReviewExport()
{
    // Import: every photo gets a row at once and its analysis arrives in the background.
    m_window->selectChannel(QStringLiteral("parro"));
    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    m_window->importPhotos(m_photos);
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(finished.wait(240000));
    QCOMPARE(m_model->analysedCount(), 4);
    for (int row = 0; row < 4; ++row)
        QVERIFY2(!m_model->entry(row).analysis.error, qPrintable(m_model->entry(row).sourcePath));
    QVERIFY(!m_model->entry(rowOf(QStringLiteral("obama2.jpg"))).thumbnail.isNull());

    // Recognised with consent for intern: visible; Joe Biden's parents said no: hidden.
    QCOMPARE(m_model->entry(rowOf(QStringLiteral("obama2.jpg"))).verdict.faces.size(), std::size_t(1));
    QCOMPARE(face(QStringLiteral("obama2.jpg"), 0).pupilName, QStringLiteral("Barack Obama"));
    QVERIFY(face(QStringLiteral("obama2.jpg"), 0).decision.visible);
    QCOMPARE(face(QStringLiteral("biden.jpg"), 0).pupilName, QStringLiteral("Joe Biden"));
    QCOMPARE(face(QStringLiteral("biden.jpg"), 0).decision, (FaceDecision{false, Reason::Refused}));

    // A channel switch re-evaluates every photo without detecting again.
    m_window->selectChannel(QStringLiteral("klassenfoto"));
    QVERIFY(face(QStringLiteral("biden.jpg"), 0).decision.visible);
    m_window->selectChannel(QStringLiteral("parro"));
    QVERIFY(!face(QStringLiteral("biden.jpg"), 0).decision.visible);

    ReviewPane *review = m_window->reviewPane();

    // Hide with the keyboard (H) on obama3: more privacy is one key.
    m_window->showPhoto(rowOf(QStringLiteral("obama3.jpg")));
    QCOMPARE(review->currentRow(), rowOf(QStringLiteral("obama3.jpg")));
    review->selectFace(0);
    QVERIFY(face(QStringLiteral("obama3.jpg"), 0).decision.visible);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_H);
    QCOMPARE(face(QStringLiteral("obama3.jpg"), 0).decision, (FaceDecision{false, Reason::HiddenByTeacher}));

    // Assign another pupil to the face on biden.jpg through the searchable dialog, with a
    // reason: Michelle Robinson has consent for intern, so the face becomes visible, and the
    // assignment is in the audit log.
    m_window->showPhoto(rowOf(QStringLiteral("biden.jpg")));
    review->selectFace(0);
    review->requestAssignment();
    AssignPupilDialog *dialog = review->openDialog();
    QVERIFY(dialog != nullptr);
    QTest::keyClicks(dialog->filterEdit(), QStringLiteral("michelle"));
    QVERIFY(dialog->pupilId().has_value());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason yet
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Herkend aan jas en groep"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(face(QStringLiteral("biden.jpg"), 0).pupilName, QStringLiteral("Michelle Robinson"));
    QVERIFY(face(QStringLiteral("biden.jpg"), 0).decision.visible);
    Result<std::vector<AuditEntry>> audit = m_window->registry()->auditEntries();
    QVERIFY(audit.has_value());
    QCOMPARE(audit->back().action, QStringLiteral("face_assigned"));
    QCOMPARE(audit->back().details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Herkend aan jas en groep"));

    // Draw a box around a "missed" face on obama2 with the mouse: it is hidden.
    m_window->showPhoto(rowOf(QStringLiteral("obama2.jpg")));
    QTRY_VERIFY_WITH_TIMEOUT(review->isImageLoaded(), 30000);
    const PhotoEntry &obama2 = m_model->entry(rowOf(QStringLiteral("obama2.jpg")));
    const QRectF missed(obama2.analysis.photo.width * 0.05, obama2.analysis.photo.height * 0.6,
                        obama2.analysis.photo.width * 0.15, obama2.analysis.photo.height * 0.2);
    const QRectF onScreen = review->view()->widgetRectOf(missed);
    QTest::mousePress(review->view(), Qt::LeftButton, {}, onScreen.topLeft().toPoint());
    QTest::mouseMove(review->view(), onScreen.center().toPoint());
    QTest::mouseRelease(review->view(), Qt::LeftButton, {}, onScreen.bottomRight().toPoint());
    QCOMPARE(m_model->entry(rowOf(QStringLiteral("obama2.jpg"))).verdict.faces.size(), std::size_t(2));
    QVERIFY(face(QStringLiteral("obama2.jpg"), 1).box.drawnByHand);
    QCOMPARE(face(QStringLiteral("obama2.jpg"), 1).decision, (FaceDecision{false, Reason::DrawnByTeacher}));
    QVERIFY(face(QStringLiteral("obama2.jpg"), 0).decision.visible);

    // Enter confirms the recognised pupil: the name stays, the face is marked as checked.
    review->selectFace(0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Return);
    QVERIFY(m_model->entry(rowOf(QStringLiteral("obama2.jpg"))).confirmedFaces.count(0) == 1);
    QVERIFY(face(QStringLiteral("obama2.jpg"), 0).decision.visible);

    // Exclude the partial face photo with the panel's check box.
    m_window->showPhoto(rowOf(QStringLiteral("obama_partial_face.jpg")));
    review->panel()->excludeBox()->click();
    QCOMPARE(m_model->entry(rowOf(QStringLiteral("obama_partial_face.jpg"))).verdict.status, PhotoStatus::Excluded);

    // Export: three photos written under neutral names, the report beside (not in) them.
    const QString out = m_dir.filePath(QStringLiteral("upload"));
    const QString reportPath = m_dir.filePath(QStringLiteral("verslag/parro.json"));
    const QString exportFailure = test::exportBatch(*m_window, out, reportPath);
    QVERIFY2(exportFailure.isEmpty(), qPrintable(exportFailure));

    const QStringList written = QDir(out).entryList({QStringLiteral("*.jpg")}, QDir::Files);
    QCOMPARE(written.size(), 3);
    for (const QString &name : written)
        QVERIFY2(name.startsWith(QStringLiteral("parro_")), qPrintable(name));
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("verslag/parro.html"))));
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("verslag/parro.pdf"))));

    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
    QCOMPARE(report.value(QStringLiteral("channel")).toString(), QStringLiteral("parro"));
    // The same settings record as the CLI writes: the school's strictness (default normal).
    const QString settingsProblem =
        test::settingsRecordProblem(report.value(QStringLiteral("settings")).toObject(), Strictness::Normal, 2048);
    QVERIFY2(settingsProblem.isEmpty(), qPrintable(settingsProblem));
    QHash<QString, QJsonObject> photos;
    for (const QJsonValue &photo : report.value(QStringLiteral("photos")).toArray())
        photos.insert(QFileInfo(photo.toObject().value(QStringLiteral("source")).toString()).fileName(),
                      photo.toObject());
    QCOMPARE(photos.size(), 4);
    const auto faceOf = [&](const QString &photo, int index) {
        return photos.value(photo).value(QStringLiteral("faces")).toArray().at(index).toObject();
    };
    QCOMPARE(photos.value(QStringLiteral("obama_partial_face.jpg")).value(QStringLiteral("status")).toString(),
             QStringLiteral("excluded"));
    QCOMPARE(photos.value(QStringLiteral("obama3.jpg")).value(QStringLiteral("status")).toString(),
             QStringLiteral("exported"));
    QCOMPARE(faceOf(QStringLiteral("obama3.jpg"), 0).value(QStringLiteral("visible")).toBool(), false);
    QCOMPARE(faceOf(QStringLiteral("obama3.jpg"), 0).value(QStringLiteral("reason")).toString(),
             QStringLiteral("hidden_by_teacher"));
    QCOMPARE(faceOf(QStringLiteral("biden.jpg"), 0).value(QStringLiteral("pupil")).toString(),
             QStringLiteral("Michelle Robinson"));
    QCOMPARE(faceOf(QStringLiteral("biden.jpg"), 0).value(QStringLiteral("visible")).toBool(), true);
    QCOMPARE(photos.value(QStringLiteral("obama2.jpg")).value(QStringLiteral("faces")).toArray().size(), 2);
    QCOMPARE(faceOf(QStringLiteral("obama2.jpg"), 1).value(QStringLiteral("reason")).toString(),
             QStringLiteral("drawn_by_teacher"));
    QCOMPARE(faceOf(QStringLiteral("obama2.jpg"), 0).value(QStringLiteral("pupil")).toString(),
             QStringLiteral("Barack Obama"));
    for (const QString &name : {QStringLiteral("obama2.jpg"), QStringLiteral("obama3.jpg"), QStringLiteral("biden.jpg")}) {
        const QString output = photos.value(name).value(QStringLiteral("output")).toString();
        QVERIFY2(QFileInfo::exists(output) || QFileInfo::exists(QDir(out).filePath(QFileInfo(output).fileName())),
                 qPrintable(name + QStringLiteral(" -> ") + output));
    }
}

void TestGuiWorkflow::cancelledExportLeavesNothing()
{
    QCOMPARE(m_model->analysedCount(), 4);
    const QString out = m_dir.filePath(QStringLiteral("cancelled"));
    std::unique_ptr<ExportDialog> exportDialog(m_window->createExportDialog());
    ExportDialog &exporter = *exportDialog;
    exporter.setDestination(out);
    exporter.setReportPath(m_dir.filePath(QStringLiteral("verslag/cancelled.json")));
    exporter.setOpenReportWhenDone(false);
    QSignalSpy done(&exporter, &ExportDialog::exportFinished);
    exporter.show();
    exporter.startExport();
    QVERIFY(exporter.isRunning());
    QVERIFY(exporter.cancelButton()->isVisible());
    QTest::mouseClick(exporter.cancelButton(), Qt::LeftButton);
    QVERIFY(done.count() == 1 || done.wait(240000));
    QCOMPARE(done.first().first().toBool(), false);
    // Nothing half-finished looks like output: no photos and no staging folder remain.
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("verslag/cancelled.json"))));
}

void TestGuiWorkflow::dropImportsFilesAndFolders()
{
    // A folder and a loose file dropped on the window: the folder is searched for photos.
    QTemporaryDir dropped;
    QVERIFY(QFile::copy(test::fetchedImage(QStringLiteral("obama.jpg")), dropped.filePath(QStringLiteral("a.jpg"))));
    QVERIFY(QDir(dropped.path()).mkdir(QStringLiteral("sub")));
    QVERIFY(QFile::copy(test::fetchedImage(QStringLiteral("biden.jpg")), dropped.filePath(QStringLiteral("sub/b.jpg"))));
    const QString loose = test::fetchedImage(QStringLiteral("obama_partial_face2.jpg"));
    BW_REQUIRE_DATA(loose, QStringLiteral("obama_partial_face2.jpg"));

    MainWindow window(m_dir.filePath(QStringLiteral("data")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropped.path()), QUrl::fromLocalFile(loose)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.photoModel()->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(window.photoModel()->analysedCount(), 3, 240000);
    QCOMPARE(QFileInfo(window.photoModel()->entry(window.reviewPane()->currentRow()).sourcePath).fileName(),
             QStringLiteral("a.jpg"));
}

void TestGuiWorkflow::newReferencesRecogniseUnreviewedPhotos()
{
    // Photos imported before the pupil's reference photo was added are analysed again once
    // it is there, so the pupil is recognised without importing anew.
    const QString dataDir = m_dir.filePath(QStringLiteral("data-later"));
    Result<void> created = test::createSchoolRegistry(dataDir, false);
    QVERIFY(created.has_value());
    MainWindow window(dataDir);
    window.selectChannel(QStringLiteral("parro"));
    QSignalSpy finished(&window, &MainWindow::analysisFinished);
    window.importPhotos({test::fetchedImage(QStringLiteral("obama2.jpg"))});
    QVERIFY(finished.wait(240000));
    const PhotoEntry &before = window.photoModel()->entry(0);
    QCOMPARE(before.verdict.faces.size(), std::size_t(1));
    QVERIFY(before.verdict.faces[0].pupilName.isEmpty());
    QVERIFY(!before.verdict.faces[0].decision.visible);

    Result<void> added = test::addReferencePhotos(dataDir);
    QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().message));
    window.reloadRegistry();
    QVERIFY(finished.wait(240000));
    QCOMPARE(window.photoModel()->entry(0).verdict.faces.at(0).pupilName, QStringLiteral("Barack Obama"));
    QVERIFY(window.photoModel()->entry(0).verdict.faces.at(0).decision.visible);

    // Purging the biometric data forgets every reference: the face is unknown and hidden again.
    Result<void> purged = window.purgeBiometricData();
    QVERIFY2(purged.has_value(), purged ? "" : qPrintable(purged.error().message));
    QVERIFY(window.registry()->references().list().value().empty());
    QVERIFY(finished.wait(240000));
    QVERIFY(window.photoModel()->entry(0).verdict.faces.at(0).pupilName.isEmpty());
    QVERIFY(!window.photoModel()->entry(0).verdict.faces.at(0).decision.visible);
}

QTEST_MAIN(TestGuiWorkflow)
#include "tst_guiworkflow.moc"
