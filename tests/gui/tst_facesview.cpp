#include "guitestdata.h"
#include "testsupport.h"

#include "assignpupildialog.h"
#include "faces/facedescriptor.h"
#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "facesview.h"
#include "facetilemodel.h"
#include "imaging/photoloader.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "readingorder.h"
#include "reviewpane.h"
#include "storage/registry.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTest>

using namespace bw;
using namespace bw::gui;

// The faces view on real photos and models: every face of the batch grouped by pupil, then
// suggestions, then unknown faces in photo order; actions on tiles (mouse and keyboard) are
// the review's own, so the export and its report follow exactly those choices.
//
// Barack Obama's reference is obama2.jpg; at strict recognition (accept under 0.40) obama.jpg
// (0.34) and obama_partial_face.jpg (0.37) are recognised, while obama3.jpg (0.44) and its
// mirror image (0.44) are only within the suggestion band: they look like him, and stay
// hidden until the teacher confirms. Joe Biden (biden.jpg, his own reference) has no consent
// for intern channels. The six people of insightface_t1.jpg are nobody the school enrolled.
class TestFacesView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void groupsArePupilsThenSuggestionsThenUnknownInPhotoOrder();
    void tilesAreTheFacesCutFromTheirPhotos();
    void keyboardAndMouseSelectFacesAndGroups();
    void actionsOnTilesReachTheExportAndReport();
    void doubleClickOpensThePhoto();
    void photoKeysRestWhileTheFacesViewShows();

private:
    int rowOf(const QString &name) const;
    QModelIndex tileOf(const QString &photo, int face = 0) const;
    void click(const QModelIndex &index, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    const FaceGroup *groupOf(FaceGroupKind kind, const QString &name = {}) const;
    const ScreenedFace &faceOf(const QString &photo, int face = 0) const;
    // The distance of the nearest face in `image` to Barack Obama's reference; infinite when
    // no face is found.
    double nearestToReference(const QString &image);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    PhotoListModel *m_model = nullptr;
    FacesView *m_faces = nullptr;
    FaceTileModel *m_tiles = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<FaceEngine> m_engine;
    std::optional<FaceDescriptor> m_reference;
    qint64 m_obamaId = 0;
};

void TestFacesView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QStringList needed{QStringLiteral("insightface_t1.jpg"), QStringLiteral("obama.jpg"),
                             QStringLiteral("obama2.jpg"), QStringLiteral("obama3.jpg"),
                             QStringLiteral("obama_partial_face.jpg"), QStringLiteral("biden.jpg")};
    for (const QString &name : needed)
        BW_REQUIRE_DATA(test::fetchedImage(name), name);
    QVERIFY(m_dir.isValid());
    Result<test::LookAlikeBatch> batch = test::createLookAlikeBatch(m_dir.path());
    QVERIFY2(batch.has_value(), batch ? "" : qPrintable(batch.error().message));
    const QString mirrored = batch->mirroredPhoto;
    m_obamaId = batch->obamaId;

    m_window = std::make_unique<MainWindow>(batch->dataDir);
    m_model = m_window->photoModel();
    m_faces = m_window->facesView();
    m_tiles = m_faces->tileModel();
    // This test is about the view's groups and actions. Same-day references (tst_samedaybatch)
    // would make obama.jpg's sure match (0.34) a reference and the look-alikes batch matches,
    // leaving no suggestion group to act on: they are off here, as --no-batch-references.
    m_model->setSameDayReferences(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_tiles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1400, 900);
    m_window->selectChannel(QStringLiteral("parro"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    QStringList photos;
    for (const QString &name : needed) {
        if (name != QStringLiteral("obama2.jpg"))
            photos << test::fetchedImage(name);
    }
    m_window->importPhotos(photos << mirrored);
    QVERIFY(finished.wait(240000));
    QCOMPARE(m_model->analysedCount(), 6);
    m_window->showFacesView(true);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_faces->list()->setFocus();
}

int TestFacesView::rowOf(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (QFileInfo(m_model->entry(row).sourcePath).fileName() == name)
            return row;
    }
    return -1;
}

QModelIndex TestFacesView::tileOf(const QString &photo, int face) const
{
    return m_tiles->index(m_tiles->rowOf({rowOf(photo), face}));
}

const ScreenedFace &TestFacesView::faceOf(const QString &photo, int face) const
{
    return m_model->entry(rowOf(photo)).verdict.faces.at(std::size_t(face));
}

const FaceGroup *TestFacesView::groupOf(FaceGroupKind kind, const QString &name) const
{
    for (const FaceGroup &group : m_tiles->groups()) {
        if (group.kind == kind && (name.isEmpty() || group.pupilName == name))
            return &group;
    }
    return nullptr;
}

void TestFacesView::click(const QModelIndex &index, Qt::KeyboardModifiers modifiers)
{
    QVERIFY(index.isValid());
    QListView *list = m_faces->list();
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, list->visualRect(index).center());
}

double TestFacesView::nearestToReference(const QString &image)
{
    if (!m_engine) {
        Result<ModelFiles> models = ModelLocator::locate(test::binDir());
        Result<std::unique_ptr<FaceEngine>> engine = models ? FaceEngine::create(*models)
                                                            : Result<std::unique_ptr<FaceEngine>>(std::unexpected(models.error()));
        if (!engine)
            return -1;
        m_engine = std::move(*engine);
        Result<DecodedPhoto> reference = loadPhoto(test::fetchedImage(QStringLiteral("obama2.jpg")));
        Result<std::vector<AnalysedFace>> faces = reference ? m_engine->analyse(reference->image)
                                                            : Result<std::vector<AnalysedFace>>();
        if (!faces || faces->size() != 1)
            return -1;
        m_reference = faces->front().descriptor;
    }
    Result<DecodedPhoto> photo = loadPhoto(image);
    if (!photo || !m_reference)
        return -1;
    Result<std::vector<AnalysedFace>> faces = m_engine->analyse(photo->image);
    if (!faces)
        return -1;
    double nearest = std::numeric_limits<double>::infinity();
    for (const AnalysedFace &face : *faces) {
        if (face.descriptor)
            nearest = std::min(nearest, descriptorDistance(*face.descriptor, *m_reference));
    }
    return nearest;
}

void TestFacesView::groupsArePupilsThenSuggestionsThenUnknownInPhotoOrder()
{
    const std::vector<FaceGroup> &groups = m_tiles->groups();
    QVERIFY2(groups.size() >= 4, qPrintable(QString::number(groups.size())));
    // Named pupils first, by name, each with the consent for the channel in words.
    QCOMPARE(groups[0].kind, FaceGroupKind::Pupil);
    QCOMPARE(groups[0].pupilName, QStringLiteral("Barack Obama"));
    QCOMPARE(groups[0].faces, (std::vector<FaceRef>{{rowOf(QStringLiteral("obama.jpg")), 0},
                                                    {rowOf(QStringLiteral("obama_partial_face.jpg")), 0}}));
    const QString obamaHeader = m_tiles->index(m_tiles->headerRow(0)).data().toString();
    QVERIFY2(obamaHeader.contains(QStringLiteral("✓ mag op Parro")), qPrintable(obamaHeader));
    QCOMPARE(groups[1].pupilName, QStringLiteral("Joe Biden"));
    const QString bidenHeader = m_tiles->index(m_tiles->headerRow(1)).data().toString();
    QVERIFY2(bidenHeader.contains(QStringLiteral("✗ verborgen")), qPrintable(bidenHeader));
    // Then the look-alikes: suggested, never accepted, hidden.
    QCOMPARE(groups[2].kind, FaceGroupKind::Suggestion);
    QCOMPARE(groups[2].pupilId, m_obamaId);
    QCOMPARE(groups[2].faces, (std::vector<FaceRef>{{rowOf(QStringLiteral("obama3.jpg")), 0},
                                                    {rowOf(QStringLiteral("obama3_gespiegeld.jpg")), 0}}));
    for (const FaceRef &face : groups[2].faces) {
        const ScreenedFace &screened = m_model->entry(face.row).verdict.faces.at(std::size_t(face.face));
        QVERIFY(!screened.pupilId);
        QVERIFY(!screened.decision.visible);
        QVERIFY2(screened.match.distance > 0.40 && screened.match.distance < 0.55,
                 qPrintable(QString::number(screened.match.distance)));
    }
    QVERIFY(m_tiles->index(m_tiles->rowOf(groups[2].faces[0])).data().toString().startsWith(QStringLiteral("lijkt op Barack")));
    // Then every unknown face in photo order: the six of the table photo in reading order.
    QCOMPARE(groups[3].kind, FaceGroupKind::Unknown);
    const int table = rowOf(QStringLiteral("insightface_t1.jpg"));
    std::vector<FaceRef> expected;
    for (const int face : readingOrder(m_model->entry(table).verdict.faces)) {
        if (!m_model->entry(table).verdict.faces.at(std::size_t(face)).box.possibleFace)
            expected.push_back({table, face});
    }
    QVERIFY(expected.size() >= 6);
    QCOMPARE(groups[3].faces, expected);
    for (std::size_t g = 4; g < groups.size(); ++g)
        QCOMPARE(groups[g].kind, FaceGroupKind::Possible);
    QCOMPARE(m_tiles->rowCount(), m_tiles->faceCount() + int(groups.size()));
}

void TestFacesView::tilesAreTheFacesCutFromTheirPhotos()
{
    // Tiles are cut off the UI thread; each arrives with a repaint.
    const QModelIndex biden = tileOf(QStringLiteral("biden.jpg"));
    const QModelIndex obama = tileOf(QStringLiteral("obama.jpg"));
    QTRY_VERIFY_WITH_TIMEOUT(!biden.data(Qt::DecorationRole).value<QImage>().isNull(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!obama.data(Qt::DecorationRole).value<QImage>().isNull(), 60000);
    QCOMPARE(biden.data(Qt::DecorationRole).value<QImage>().size(), QSize(112, 112));
    // The face itself, recognised again from the tile (enlarged for the detector): Obama's
    // tile is within dlib's same-person distance of his reference, Biden's is not.
    const auto distanceOf = [this](const QModelIndex &tile, const QString &name) {
        const QString saved = m_dir.filePath(name);
        if (!tile.data(Qt::DecorationRole).value<QImage>().scaled(336, 336, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(saved))
            return -1.0;
        return nearestToReference(saved);
    };
    const double obamaDistance = distanceOf(obama, QStringLiteral("tile-obama.png"));
    QVERIFY2(obamaDistance >= 0 && obamaDistance < 0.6, qPrintable(QString::number(obamaDistance)));
    const double bidenDistance = distanceOf(biden, QStringLiteral("tile-biden.png"));
    QVERIFY2(bidenDistance > 0.6, qPrintable(QString::number(bidenDistance)));
}

void TestFacesView::keyboardAndMouseSelectFacesAndGroups()
{
    // A header chooses its whole group; Ctrl adds a tile; Ctrl+A chooses the current group.
    click(m_tiles->index(m_tiles->headerRow(3)));
    const std::size_t unknown = m_tiles->groups()[3].faces.size();
    QCOMPARE(m_faces->selectedFaces().size(), unknown);
    click(tileOf(QStringLiteral("obama.jpg")));
    QCOMPARE(m_faces->selectedFaces(), (std::vector<FaceRef>{{rowOf(QStringLiteral("obama.jpg")), 0}}));
    click(tileOf(QStringLiteral("biden.jpg")), Qt::ControlModifier);
    QCOMPARE(m_faces->selectedFaces().size(), std::size_t(2));
    click(m_tiles->index(m_tiles->rowOf(m_tiles->groups()[3].faces[1])));
    QTest::keyClick(m_faces->list(), Qt::Key_A, Qt::ControlModifier);
    std::vector<FaceRef> group = m_tiles->groups()[3].faces;
    std::sort(group.begin(), group.end());
    QCOMPARE(m_faces->selectedFaces(), group); // sorted by photo and face
    // Nothing was decided by selecting.
    QVERIFY(m_model->entry(rowOf(QStringLiteral("insightface_t1.jpg"))).review.overrides.empty());
}

void TestFacesView::actionsOnTilesReachTheExportAndReport()
{
    Registry *registry = m_window->registry();
    const std::size_t auditBefore = registry->auditEntries()->size();

    // Confirm Barack Obama's group: header, Enter.
    click(m_tiles->index(m_tiles->headerRow(0)));
    QTest::keyClick(m_faces->list(), Qt::Key_Return);
    QVERIFY(m_model->entry(rowOf(QStringLiteral("obama.jpg"))).confirmedFaces.contains(0));
    QVERIFY(m_model->entry(rowOf(QStringLiteral("obama_partial_face.jpg"))).confirmedFaces.contains(0));
    QCOMPARE(tileOf(QStringLiteral("obama.jpg")).data().toString(), QStringLiteral("✓ bevestigd"));

    // Assign one suggestion: Enter opens the chooser with the suggested pupil, a reason names him.
    click(tileOf(QStringLiteral("obama3.jpg")));
    QTest::keyClick(m_faces->list(), Qt::Key_Return);
    AssignPupilDialog *dialog = m_faces->openDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->pupilId(), std::optional<qint64>(m_obamaId));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Zelfde jas als op de andere foto's"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(m_faces->openDialog() == nullptr);
    QCOMPARE(faceOf(QStringLiteral("obama3.jpg")).pupilName, QStringLiteral("Barack Obama"));
    QCOMPARE(faceOf(QStringLiteral("obama3.jpg")).matchedBy, MatchedBy::Teacher);
    QVERIFY(faceOf(QStringLiteral("obama3.jpg")).decision.visible);
    QCOMPARE(groupOf(FaceGroupKind::Pupil, QStringLiteral("Barack Obama"))->faces.size(), std::size_t(3));
    // The assignment is less privacy: logged, with its reason.
    const std::vector<AuditEntry> audit = *registry->auditEntries();
    QCOMPARE(audit.size(), auditBefore + 1);
    QCOMPARE(audit.back().action, QStringLiteral("face_assigned"));
    QCOMPARE(audit.back().details.value(QStringLiteral("reason")).toString(), QStringLiteral("Zelfde jas als op de andere foto's"));
    // The other look-alike stays a suggestion, hidden.
    const FaceGroup *suggestion = groupOf(FaceGroupKind::Suggestion);
    QVERIFY(suggestion != nullptr);
    QCOMPARE(suggestion->faces, (std::vector<FaceRef>{{rowOf(QStringLiteral("obama3_gespiegeld.jpg")), 0}}));
    QVERIFY(!faceOf(QStringLiteral("obama3_gespiegeld.jpg")).decision.visible);

    // Hide one recognised face (H) and mark Biden "geen leerling" (G).
    click(tileOf(QStringLiteral("obama_partial_face.jpg")));
    QTest::keyClick(m_faces->list(), Qt::Key_H);
    QCOMPARE(faceOf(QStringLiteral("obama_partial_face.jpg")).decision.reason, Reason::HiddenByTeacher);
    click(tileOf(QStringLiteral("biden.jpg")));
    QTest::keyClick(m_faces->list(), Qt::Key_G);
    QCOMPARE(faceOf(QStringLiteral("biden.jpg")).decision.reason, Reason::NotAPupil);
    QCOMPARE(registry->auditEntries()->size(), auditBefore + 1);

    // The export and its report show exactly these choices.
    const QString out = m_dir.filePath(QStringLiteral("upload"));
    const QString reportPath = m_dir.filePath(QStringLiteral("verslag/parro.json"));
    const QString failure = test::exportBatch(*m_window, out, reportPath);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    QHash<QString, QJsonObject> photos;
    for (const QJsonValue &photo : QJsonDocument::fromJson(reportFile.readAll()).object().value(QStringLiteral("photos")).toArray())
        photos.insert(QFileInfo(photo.toObject().value(QStringLiteral("source")).toString()).fileName(), photo.toObject());
    QCOMPARE(photos.size(), 6);
    const auto face = [&](const QString &photo) {
        return photos.value(photo).value(QStringLiteral("faces")).toArray().at(0).toObject();
    };
    const auto visible = [&](const QString &photo) { return face(photo).value(QStringLiteral("visible")).toBool(); };
    const auto reason = [&](const QString &photo) { return face(photo).value(QStringLiteral("reason")).toString(); };
    QVERIFY(visible(QStringLiteral("obama.jpg")));
    QCOMPARE(reason(QStringLiteral("obama_partial_face.jpg")), QStringLiteral("hidden_by_teacher"));
    QVERIFY(visible(QStringLiteral("obama3.jpg")));
    QCOMPARE(face(QStringLiteral("obama3.jpg")).value(QStringLiteral("matched_by")).toString(), QStringLiteral("teacher"));
    // The export screens with same-day references, as the app always does: the teacher's
    // naming of obama3.jpg is a reference for the rest of the batch, and its mirrored copy is
    // the same face, so it is matched through the batch (tst_samedaybatch checks the app's
    // model does the same; a real look-alike stays hidden in tst_samedayreferences).
    QVERIFY(visible(QStringLiteral("obama3_gespiegeld.jpg")));
    QCOMPARE(face(QStringLiteral("obama3_gespiegeld.jpg")).value(QStringLiteral("matched_by")).toString(), QStringLiteral("batch"));
    QCOMPARE(reason(QStringLiteral("biden.jpg")), QStringLiteral("not_a_pupil"));
    for (const QJsonValue &tableFace : photos.value(QStringLiteral("insightface_t1.jpg")).value(QStringLiteral("faces")).toArray())
        QVERIFY(!tableFace.toObject().value(QStringLiteral("visible")).toBool());

    // And the pixels: the named look-alike is recognisable in the export, the hidden faces not.
    const auto exported = [&](const QString &photo) {
        return QDir(out).filePath(QFileInfo(photos.value(photo).value(QStringLiteral("output")).toString()).fileName());
    };
    const double shown = nearestToReference(exported(QStringLiteral("obama3.jpg")));
    QVERIFY2(shown >= 0 && shown < 0.5, qPrintable(QString::number(shown)));
    const double hidden = nearestToReference(exported(QStringLiteral("obama_partial_face.jpg")));
    QVERIFY2(hidden > 0.6, qPrintable(QString::number(hidden)));
}

void TestFacesView::doubleClickOpensThePhoto()
{
    const QModelIndex tile = tileOf(QStringLiteral("biden.jpg"));
    QListView *list = m_faces->list();
    list->scrollTo(tile);
    // As a mouse does it: press and release, then the double click and its release.
    const QPoint centre = list->visualRect(tile).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTRY_COMPARE(m_window->reviewPane()->currentRow(), rowOf(QStringLiteral("biden.jpg")));
    QCOMPARE(m_window->reviewPane()->selectedFace(), 0);
    QVERIFY(!m_faces->isVisible());
}

// The review menu's keys (X: leave the photo out, R: turn it, V, P, N ...) act on the photo
// view. While the faces view shows they must not act on a photo the teacher cannot see,
// wherever the focus is; back in the photo view they work again.
void TestFacesView::photoKeysRestWhileTheFacesViewShows()
{
    const int row = m_window->reviewPane()->currentRow();
    QVERIFY(row >= 0);
    const PhotoReview before = m_model->entry(row).review;
    QVERIFY(!before.excluded);
    const auto type = [this](const QKeySequence &key) { QVERIFY(test::typeInWindow(*m_window, key)); };
    const QList<QKeySequence> photoKeys{QKeySequence(Qt::Key_X), QKeySequence(Qt::Key_R), QKeySequence(Qt::SHIFT | Qt::Key_R),
                                        QKeySequence(Qt::Key_R), QKeySequence(Qt::Key_V), QKeySequence(Qt::Key_P)};
    m_window->showFacesView(true);
    QVERIFY(m_faces->isVisible());
    for (const QKeySequence &key : photoKeys)
        type(key);
    QTabBar *tabs = m_window->findChild<QTabBar *>();
    QVERIFY(tabs);
    tabs->setFocus();
    for (const QKeySequence &key : photoKeys)
        type(key);
    QCOMPARE(m_model->entry(row).review.excluded, false);
    QCOMPARE(m_model->entry(row).review.quarterTurns, before.quarterTurns);
    QCOMPARE(m_window->reviewPane()->isPreviewOn(), false);

    m_window->showFacesView(false);
    QVERIFY(!m_faces->isVisible());
    type(QKeySequence(Qt::Key_X));
    QCOMPARE(m_model->entry(row).review.excluded, true);
    type(QKeySequence(Qt::Key_X));
    QCOMPARE(m_model->entry(row).review.excluded, false);
}

QTEST_MAIN(TestFacesView)
#include "tst_facesview.moc"
