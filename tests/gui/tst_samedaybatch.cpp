// The app's batch uses core's same-day matching (rematchBatch) as the export does: when the
// teacher names a consenting pupil on one photo, another photo of the same day where the
// pupil was unknown is recognised; when she undoes it, that photo is unknown again. Real
// photos and models; the window's list model, which the review pane and the export read.
#include "photolistmodel.h"
#include "reviewactions.h"
#include "faces/faceengine.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <optional>

using namespace bw;
using bw::gui::PhotoListModel;
using bw::gui::ReviewActions;

namespace {

constexpr qint64 kObama = 1;

ConsentSnapshot parroConsent()
{
    ConsentStatement yes;
    yes.category = QStringLiteral("intern");
    yes.granted = true;
    yes.date = QDate(2026, 9, 1);
    ConsentStatement recognition = yes;
    recognition.category = QStringLiteral("gezichtsherkenning");
    ConsentSnapshot snapshot{Channel{QStringLiteral("parro"), QStringLiteral("intern"), ExportProfile{}, {}},
                             QDate(2026, 10, 1), {}};
    snapshot.pupils[kObama] = {Pupil{kObama, QStringLiteral("Barack Obama"), QStringLiteral("5B"), {}, true}, true,
                               Reason::Consent, yes, true, Reason::Consent, recognition};
    return snapshot;
}

} // namespace

class TestSameDayBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namingAPupilRecognisesTheOtherPhotoAndUndoingTakesItBack();
    void confirmingAMatchMakesAReferenceAndCtrlZTakesItBack();

private:
    // The two photos of one moment (obama_partial_face.jpg, obama_partial_face2.jpg) in
    // `model`, analysed and matched at `settings`.
    void addMoment(PhotoListModel &model, const MatchSettings &settings);

    std::optional<ModelFiles> m_models;
    std::vector<ReferenceDescriptor> m_gallery;
};

// Obama is enrolled from obama2.jpg; the two photos of one moment whose faces are cut by the
// frame are 0.36 and 0.40 from it, and 0.24 apart.
void TestSameDayBatch::initTestCase()
{
    for (const char *name : {"obama2.jpg", "obama_partial_face.jpg", "obama_partial_face2.jpg"})
        BW_REQUIRE_DATA(test::fetchedImage(QString::fromLatin1(name)), QStringLiteral("fetched test photos"));
    Result<ModelFiles> models = ModelLocator::locate(test::binDir());
    QVERIFY2(models, models ? "" : qPrintable(models.error().message));
    m_models = *models;
    std::unique_ptr<FaceEngine> engine = std::move(FaceEngine::create(*models).value());
    const cv::Mat reference = loadPhoto(test::fetchedImage(QStringLiteral("obama2.jpg"))).value().image;
    const std::vector<FaceBox> referenceFaces = engine->detect(reference).value();
    QCOMPARE(referenceFaces.size(), std::size_t(1));
    m_gallery = {{kObama, engine->describe(reference, referenceFaces).value().front().descriptor.value(), QDate(2026, 9, 1)}};
}

void TestSameDayBatch::addMoment(PhotoListModel &model, const MatchSettings &settings)
{
    PhotoAnalyser analyser(*m_models, m_gallery, settings);
    model.setConsent(parroConsent());
    model.setRecognition(m_gallery, settings);
    model.addPhotos({test::fetchedImage(QStringLiteral("obama_partial_face.jpg")),
                     test::fetchedImage(QStringLiteral("obama_partial_face2.jpg"))});
    for (int row = 0; row < 2; ++row) {
        Result<AnalysedPhoto> analysed = analyser.analyse(model.entry(row).sourcePath);
        QVERIFY(analysed);
        QVERIFY(model.setAnalysis(row, analysed->analysis));
        QCOMPARE(model.entry(row).verdict.faces.size(), std::size_t(1));
    }
}

void TestSameDayBatch::namingAPupilRecognisesTheOtherPhotoAndUndoingTakesItBack()
{
    // Matched very strictly, both photos of the moment are unknown.
    PhotoListModel model;
    QAbstractItemModelTester tester(&model);
    addMoment(model, fromStrictness(Strictness::VeryStrict));
    if (QTest::currentTestFailed())
        return;
    for (int row = 0; row < 2; ++row)
        QVERIFY2(!model.entry(row).verdict.faces[0].decision.visible, "not recognised from obama2.jpg at very strict");

    // The teacher names Obama on the first photo: the second is recognised through it.
    QSignalSpy changed(&model, &PhotoListModel::entryChanged);
    PhotoReview named;
    named.overrides[0] = FaceOverride{FaceOverride::Kind::AssignPupil, kObama, QStringLiteral("ken ik")};
    model.setReview(0, named);
    const ScreenedFace &sameDay = model.entry(1).verdict.faces[0];
    QCOMPARE(sameDay.matchedBy, MatchedBy::Batch);
    QCOMPARE(sameDay.pupilName, QStringLiteral("Barack Obama"));
    QVERIFY(sameDay.decision.visible);
    QVERIFY(changed.contains(QVariantList{1}));

    // She undoes it: the second photo's face is unknown and hidden again.
    changed.clear();
    model.setReview(0, PhotoReview{});
    QCOMPARE(model.entry(1).verdict.faces[0].matchedBy, MatchedBy::None);
    QVERIFY(!model.entry(1).verdict.faces[0].decision.visible);
    QVERIFY(changed.contains(QVariantList{1}));
}

// The teacher's "bevestigen" of an automatic match is her confirmation too: a match that was
// accepted, but not surely enough to be a same-day reference by itself, becomes one. With an
// accept distance of 0.38 (very strict's margin and quality floor), obama_partial_face.jpg
// (0.36) is recognised but is no reference (the bar is very strict's 0.35), and
// obama_partial_face2.jpg (0.40) is unknown.
void TestSameDayBatch::confirmingAMatchMakesAReferenceAndCtrlZTakesItBack()
{
    MatchSettings settings = fromStrictness(Strictness::VeryStrict);
    settings.acceptDistance = 0.38;
    PhotoListModel model;
    addMoment(model, settings);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(model.entry(0).verdict.faces.at(0).matchedBy, MatchedBy::Reference);
    QVERIFY2(model.entry(0).verdict.faces[0].match.distance > 0.35, "not a reference by itself");
    QCOMPARE(model.entry(1).verdict.faces.at(0).matchedBy, MatchedBy::None);
    QVERIFY(!model.entry(1).verdict.faces[0].decision.visible);

    ReviewActions actions(&model);
    QVERIFY(actions.confirm(0, 0));
    QCOMPARE(model.entry(1).verdict.faces[0].matchedBy, MatchedBy::Batch);
    QVERIFY(model.entry(1).verdict.faces[0].decision.visible);
    QCOMPARE(model.entry(0).verdict.faces[0].matchedBy, MatchedBy::Teacher);

    // Ctrl+Z: the confirmation and the reference it made are gone; Ctrl+Shift+Z: back.
    actions.undoStack()->undo();
    QVERIFY(model.entry(0).confirmedFaces.empty());
    QCOMPARE(model.entry(0).verdict.faces[0].matchedBy, MatchedBy::Reference);
    QCOMPARE(model.entry(1).verdict.faces[0].matchedBy, MatchedBy::None);
    QVERIFY(!model.entry(1).verdict.faces[0].decision.visible);
    actions.undoStack()->redo();
    QCOMPARE(model.entry(1).verdict.faces[0].matchedBy, MatchedBy::Batch);
}

QTEST_MAIN(TestSameDayBatch)
#include "tst_samedaybatch.moc"
