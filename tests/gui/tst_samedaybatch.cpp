// The app's batch uses core's same-day matching (rematchBatch) as the export does: when the
// teacher names a consenting pupil on one photo, another photo of the same day where the
// pupil was unknown is recognised; when she undoes it, that photo is unknown again. Real
// photos and models; the window's list model, which the review pane and the export read.
#include "photolistmodel.h"
#include "faces/faceengine.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bw;
using bw::gui::PhotoListModel;

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
    void namingAPupilRecognisesTheOtherPhotoAndUndoingTakesItBack();
};

void TestSameDayBatch::namingAPupilRecognisesTheOtherPhotoAndUndoingTakesItBack()
{
    for (const char *name : {"obama2.jpg", "obama_partial_face.jpg", "obama_partial_face2.jpg"})
        BW_REQUIRE_DATA(test::fetchedImage(QString::fromLatin1(name)), QStringLiteral("fetched test photos"));
    Result<ModelFiles> models = ModelLocator::locate(test::binDir());
    QVERIFY2(models, models ? "" : qPrintable(models.error().message));
    std::unique_ptr<FaceEngine> engine = std::move(FaceEngine::create(*models).value());
    // Obama is enrolled from obama2.jpg; matched very strictly, the two photos of one moment
    // whose faces are cut by the frame (0.36 and 0.40 from it, 0.24 apart) are unknown.
    const cv::Mat reference = loadPhoto(test::fetchedImage(QStringLiteral("obama2.jpg"))).value().image;
    const std::vector<FaceBox> referenceFaces = engine->detect(reference).value();
    QCOMPARE(referenceFaces.size(), std::size_t(1));
    const std::vector<ReferenceDescriptor> gallery{
        {kObama, engine->describe(reference, referenceFaces).value().front().descriptor.value(), QDate(2026, 9, 1)}};
    const MatchSettings veryStrict = fromStrictness(Strictness::VeryStrict);
    PhotoAnalyser analyser(*models, gallery, veryStrict);

    PhotoListModel model;
    QAbstractItemModelTester tester(&model);
    model.setConsent(parroConsent());
    model.setRecognition(gallery, veryStrict);
    model.addPhotos({test::fetchedImage(QStringLiteral("obama_partial_face.jpg")),
                     test::fetchedImage(QStringLiteral("obama_partial_face2.jpg"))});
    for (int row = 0; row < 2; ++row) {
        Result<AnalysedPhoto> analysed = analyser.analyse(model.entry(row).sourcePath);
        QVERIFY(analysed);
        QVERIFY(model.setAnalysis(row, analysed->analysis));
        QCOMPARE(model.entry(row).verdict.faces.size(), std::size_t(1));
        QVERIFY2(!model.entry(row).verdict.faces[0].decision.visible, "not recognised from obama2.jpg at very strict");
    }

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

QTEST_MAIN(TestSameDayBatch)
#include "tst_samedaybatch.moc"
