// Undo and redo (Ctrl+Z, Ctrl+Shift+Z) of review actions, in the faces view and the review
// pane, on real photos and models. Undo brings the whole batch back to exactly what it was
// (a same-day reference made by a confirmation or a naming goes with it), redo to exactly
// what the action made (a naming is logged again), and the export and its report follow the
// choices that are left.
//
// At strict recognition (accept under 0.40) Barack Obama, enrolled from obama2.jpg, is
// recognised on obama_partial_face.jpg and obama_partial_face2.jpg, neither surely enough to
// be a same-day reference by itself (very strict: under 0.35); obama3.jpg (0.44) and its
// mirror image only look like him. Joe Biden (biden.jpg, his own reference) has no consent
// for parro; the six people of insightface_t1.jpg are nobody the school enrolled.
#include "guitestdata.h"
#include "testsupport.h"

#include "assignpupildialog.h"
#include "facesview.h"
#include "facetilemodel.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "reviewactions.h"
#include "reviewpane.h"
#include "storage/registry.h"

#include <QDialogButtonBox>
#include <QFileInfo>
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
#include <QTest>
#include <QUndoStack>

using namespace bw;
using namespace bw::gui;

class TestReviewUndo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namingASuggestionIsUndoneAndRedoneWithItsLog();
    void confirmingAGroupIsUndoneWithItsSameDayReferences();
    void hidingIsUndoneAndRedone();
    void theExportAndReportFollowTheChoicesLeft();
    void reviewPaneActionsAreUndoneToo();
    void aPhotoTakenOutLeavesItsStepsHarmless();

private:
    int rowOf(const QString &name) const;
    QModelIndex tileOf(const QString &photo, int face = 0) const;
    void click(const QModelIndex &index);
    const ScreenedFace &faceOf(const QString &photo, int face = 0) const;
    // Every photo's review, confirmations and decided faces, in words: what undo must restore.
    QString batchState() const;
    // The keys as the teacher types them; the window's shortcuts need it active (a dialog that
    // just closed gives the activation back a moment later).
    void undo() { typeInWindow(Qt::Key_Z, Qt::ControlModifier); }
    void redo() { typeInWindow(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }
    void typeInWindow(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    std::size_t auditCount() const { return m_window->registry()->auditEntries()->size(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    PhotoListModel *m_model = nullptr;
    FacesView *m_faces = nullptr;
    FaceTileModel *m_tiles = nullptr;
    qint64 m_obamaId = 0;
};

void TestReviewUndo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QStringList needed{QStringLiteral("obama_partial_face.jpg"), QStringLiteral("obama_partial_face2.jpg"),
                             QStringLiteral("obama3.jpg"), QStringLiteral("obama2.jpg"),
                             QStringLiteral("biden.jpg"), QStringLiteral("insightface_t1.jpg")};
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

int TestReviewUndo::rowOf(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (QFileInfo(m_model->entry(row).sourcePath).fileName() == name)
            return row;
    }
    return -1;
}

QModelIndex TestReviewUndo::tileOf(const QString &photo, int face) const
{
    return m_tiles->index(m_tiles->rowOf({rowOf(photo), face}));
}

const ScreenedFace &TestReviewUndo::faceOf(const QString &photo, int face) const
{
    return m_model->entry(rowOf(photo)).verdict.faces.at(std::size_t(face));
}

void TestReviewUndo::click(const QModelIndex &index)
{
    QVERIFY(index.isValid());
    QListView *list = m_faces->list();
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualRect(index).center());
}

void TestReviewUndo::typeInWindow(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QVERIFY(test::typeInWindow(*m_window, QKeySequence(QKeyCombination(modifiers, key))));
}

QString TestReviewUndo::batchState() const
{
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PhotoEntry &entry = m_model->entry(row);
        QString line = QFileInfo(entry.sourcePath).fileName() + (entry.review.excluded ? QStringLiteral(" excluded") : QString())
                       + QStringLiteral(" drawn=%1:").arg(entry.review.drawnFaces.size());
        for (std::size_t f = 0; f < entry.verdict.faces.size(); ++f) {
            const ScreenedFace &face = entry.verdict.faces[f];
            const auto override = entry.review.overrides.find(int(f));
            line += QStringLiteral(" [%1 %2 %3 %4 by=%5%6%7]")
                        .arg(f)
                        .arg(face.decision.visible ? QStringLiteral("visible") : QStringLiteral("hidden"))
                        .arg(reasonCode(face.decision.reason))
                        .arg(face.pupilName)
                        .arg(matchedByCode(face.matchedBy))
                        .arg(entry.confirmedFaces.contains(int(f)) ? QStringLiteral(" confirmed") : QString())
                        .arg(override == entry.review.overrides.end() ? QString()
                                                                       : QStringLiteral(" override=%1").arg(int(override->second.kind)));
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void TestReviewUndo::namingASuggestionIsUndoneAndRedoneWithItsLog()
{
    QVERIFY(!m_window->reviewPane()->actions()->undoStack()->canUndo());
    const QString before = batchState();
    const std::size_t auditBefore = auditCount();
    QVERIFY(!faceOf(QStringLiteral("obama3.jpg")).decision.visible);
    QVERIFY(!faceOf(QStringLiteral("obama3_gespiegeld.jpg")).decision.visible);

    click(tileOf(QStringLiteral("obama3.jpg")));
    QTest::keyClick(m_faces->list(), Qt::Key_Return);
    AssignPupilDialog *dialog = m_faces->openDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->pupilId(), std::optional<qint64>(m_obamaId));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Zelfde jas"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(m_faces->openDialog() == nullptr);
    QCOMPARE(faceOf(QStringLiteral("obama3.jpg")).matchedBy, MatchedBy::Teacher);
    QVERIFY(faceOf(QStringLiteral("obama3.jpg")).decision.visible);
    // The mirrored copy is the same face: recognised through the teacher's naming.
    QCOMPARE(faceOf(QStringLiteral("obama3_gespiegeld.jpg")).matchedBy, MatchedBy::Batch);
    const QString named = batchState();
    QCOMPARE(auditCount(), auditBefore + 1);
    const QString undoText = m_window->reviewPane()->actions()->undoStack()->undoText();
    QVERIFY2(undoText == QStringLiteral("leerling kiezen"), qPrintable(undoText));

    m_faces->list()->setFocus();
    undo();
    QCOMPARE(batchState(), before);
    QCOMPARE(faceOf(QStringLiteral("obama3_gespiegeld.jpg")).matchedBy, MatchedBy::None);
    QVERIFY(!faceOf(QStringLiteral("obama3_gespiegeld.jpg")).decision.visible);
    QCOMPARE(auditCount(), auditBefore + 1); // taking a naming back is more privacy: not logged
    redo();
    QCOMPARE(batchState(), named);
    QCOMPARE(auditCount(), auditBefore + 2); // naming again is logged again
    QCOMPARE(m_window->registry()->auditEntries()->back().action, QStringLiteral("face_assigned"));
    undo(); // the teacher changes her mind for good
    QCOMPARE(batchState(), before);
}

void TestReviewUndo::confirmingAGroupIsUndoneWithItsSameDayReferences()
{
    QUndoStack *stack = m_window->reviewPane()->actions()->undoStack();
    QCOMPARE(m_tiles->groups()[0].pupilName, QStringLiteral("Barack Obama"));
    const std::vector<FaceRef> group = m_tiles->groups()[0].faces;
    QCOMPARE(group, (std::vector<FaceRef>{{rowOf(QStringLiteral("obama_partial_face.jpg")), 0},
                                          {rowOf(QStringLiteral("obama_partial_face2.jpg")), 0}}));
    const QString before = batchState();
    const int steps = stack->index();

    // Confirm the group (header, Enter): both faces are the teacher's, as one step, and same-day
    // references: the look-alikes, which are him, are recognised through them.
    click(m_tiles->index(m_tiles->headerRow(0)));
    QTest::keyClick(m_faces->list(), Qt::Key_Return);
    for (const FaceRef &face : group) {
        QVERIFY(m_model->entry(face.row).confirmedFaces.contains(0));
        QCOMPARE(m_model->entry(face.row).verdict.faces[0].matchedBy, MatchedBy::Teacher);
    }
    for (const QString &photo : {QStringLiteral("obama3.jpg"), QStringLiteral("obama3_gespiegeld.jpg")}) {
        QVERIFY2(faceOf(photo).matchedBy == MatchedBy::Batch, qPrintable(batchState()));
        QVERIFY(faceOf(photo).decision.visible);
    }
    const QString confirmed = batchState();
    QCOMPARE(stack->index(), steps + 1);
    QCOMPARE(stack->undoText(), QStringLiteral("gezichten bevestigen"));

    // Ctrl+Z: exactly the batch before, the references taken back; Ctrl+Shift+Z: exactly after.
    undo();
    QCOMPARE(batchState(), before);
    for (const QString &photo : {QStringLiteral("obama3.jpg"), QStringLiteral("obama3_gespiegeld.jpg")})
        QVERIFY(!faceOf(photo).decision.visible);
    redo();
    QCOMPARE(batchState(), confirmed);
}

void TestReviewUndo::hidingIsUndoneAndRedone()
{
    const QString before = batchState();
    click(tileOf(QStringLiteral("obama_partial_face.jpg")));
    QTest::keyClick(m_faces->list(), Qt::Key_H);
    QCOMPARE(faceOf(QStringLiteral("obama_partial_face.jpg")).decision.reason, Reason::HiddenByTeacher);
    QCOMPARE(faceOf(QStringLiteral("obama_partial_face2.jpg")).matchedBy, MatchedBy::Teacher);
    const QString hidden = batchState();
    undo();
    QCOMPARE(batchState(), before);
    QVERIFY(faceOf(QStringLiteral("obama_partial_face.jpg")).decision.visible);
    redo();
    QCOMPARE(batchState(), hidden);
    QVERIFY(!m_window->reviewPane()->actions()->undoStack()->canRedo());
}

void TestReviewUndo::theExportAndReportFollowTheChoicesLeft()
{
    qInfo("the review left:\n%s", qPrintable(batchState()));
    const QString out = m_dir.filePath(QStringLiteral("upload"));
    const QString reportPath = m_dir.filePath(QStringLiteral("verslag/parro.json"));
    const QString failure = test::exportBatch(*m_window, out, reportPath);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    QHash<QString, QJsonArray> faces;
    for (const QJsonValue &photo : QJsonDocument::fromJson(reportFile.readAll()).object().value(QStringLiteral("photos")).toArray()) {
        const QJsonObject object = photo.toObject();
        faces.insert(QFileInfo(object.value(QStringLiteral("source")).toString()).fileName(),
                     object.value(QStringLiteral("faces")).toArray());
    }
    QCOMPARE(faces.size(), 6);
    // Every face as the review left it: the report and the app agree face by face.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PhotoEntry &entry = m_model->entry(row);
        const QString name = QFileInfo(entry.sourcePath).fileName();
        const QJsonArray reported = faces.value(name);
        QCOMPARE(reported.size(), qsizetype(entry.verdict.faces.size()));
        for (qsizetype f = 0; f < reported.size(); ++f) {
            const QJsonObject face = reported.at(f).toObject();
            const ScreenedFace &screened = entry.verdict.faces[std::size_t(f)];
            const QString where = name + QStringLiteral(" face %1").arg(f);
            QVERIFY2(face.value(QStringLiteral("visible")).toBool() == screened.decision.visible, qPrintable(where));
            QVERIFY2(face.value(QStringLiteral("reason")).toString() == reasonCode(screened.decision.reason), qPrintable(where));
            QVERIFY2(face.value(QStringLiteral("matched_by")).toString() == matchedByCode(screened.matchedBy), qPrintable(where));
        }
    }
    // The choices: of the confirmed group one face hidden after all, the other the teacher's;
    // the naming of the look-alike taken back (at most recognised through the batch); Biden
    // (no consent) and the strangers hidden.
    const auto first = [&](const QString &photo) { return faces.value(photo).at(0).toObject(); };
    QCOMPARE(first(QStringLiteral("obama_partial_face.jpg")).value(QStringLiteral("reason")).toString(), QStringLiteral("hidden_by_teacher"));
    QCOMPARE(first(QStringLiteral("obama_partial_face2.jpg")).value(QStringLiteral("matched_by")).toString(), QStringLiteral("teacher"));
    QVERIFY(first(QStringLiteral("obama_partial_face2.jpg")).value(QStringLiteral("visible")).toBool());
    for (const QString &photo : {QStringLiteral("obama3.jpg"), QStringLiteral("obama3_gespiegeld.jpg")}) {
        const QString by = first(photo).value(QStringLiteral("matched_by")).toString();
        QVERIFY2(by != QStringLiteral("teacher"), qPrintable(photo));
        QVERIFY2(first(photo).value(QStringLiteral("visible")).toBool() == (by == QStringLiteral("batch")), qPrintable(photo));
    }
    QVERIFY(!first(QStringLiteral("biden.jpg")).value(QStringLiteral("visible")).toBool());
    for (const QJsonValue &face : faces.value(QStringLiteral("insightface_t1.jpg")))
        QVERIFY(!face.toObject().value(QStringLiteral("visible")).toBool());
}

void TestReviewUndo::reviewPaneActionsAreUndoneToo()
{
    m_window->showFacesView(false);
    const int biden = rowOf(QStringLiteral("biden.jpg"));
    m_window->showPhoto(biden);
    ReviewPane *pane = m_window->reviewPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->isImageLoaded(), 60000);
    m_window->photoGrid()->setFocus();
    const QString before = batchState();

    // "Geen leerling" (G) on Biden's face, then dropping the photo (X): two steps back.
    pane->selectFace(0);
    typeInWindow(Qt::Key_G);
    QCOMPARE(faceOf(QStringLiteral("biden.jpg")).decision.reason, Reason::NotAPupil);
    typeInWindow(Qt::Key_X);
    QVERIFY(m_model->entry(biden).review.excluded);
    const QString dropped = batchState();
    undo();
    QVERIFY(!m_model->entry(biden).review.excluded);
    QCOMPARE(faceOf(QStringLiteral("biden.jpg")).decision.reason, Reason::NotAPupil);
    undo();
    QCOMPARE(batchState(), before);
    redo();
    redo();
    QCOMPARE(batchState(), dropped);
    undo();
    undo();

    // A box drawn by hand around a face the detector missed: gone with Ctrl+Z, back with redo.
    pane->addDrawnFace(QRectF(5, 5, 40, 40));
    QCOMPARE(m_model->entry(biden).review.drawnFaces.size(), std::size_t(1));
    QVERIFY(!m_model->entry(biden).verdict.faces.back().decision.visible);
    undo();
    QCOMPARE(batchState(), before);
    redo();
    QCOMPARE(m_model->entry(biden).review.drawnFaces.size(), std::size_t(1));
    undo();
    QCOMPARE(batchState(), before);
}

void TestReviewUndo::aPhotoTakenOutLeavesItsStepsHarmless()
{
    QUndoStack *stack = m_window->reviewPane()->actions()->undoStack();
    const int biden = rowOf(QStringLiteral("biden.jpg"));
    m_window->showPhoto(biden);
    m_window->reviewPane()->selectFace(0);
    m_window->reviewPane()->hideFace();
    QVERIFY(stack->canUndo());
    const int steps = stack->count();
    m_window->photoGrid()->setFocus();
    m_window->removeSelectedPhotos();
    QCOMPARE(rowOf(QStringLiteral("biden.jpg")), -1);
    const QString left = batchState();
    undo(); // the hiding of a photo no longer in the batch: nothing happens, the step goes
    QCOMPARE(batchState(), left);
    QCOMPARE(stack->count(), steps - 1);
}

QTEST_MAIN(TestReviewUndo)
#include "tst_reviewundo.moc"
