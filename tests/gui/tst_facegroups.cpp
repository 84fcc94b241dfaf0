#include "facegroups.h"
#include "facetileloader.h"
#include "facetilemodel.h"
#include "photolistmodel.h"

#include <QElapsedTimer>
#include <QThreadPool>

#include <QTest>

using namespace bw;
using namespace bw::gui;

// How the faces view groups a batch, on analyses made by hand (the real photos are
// tst_facesview's): pupils by name, then suggestions, then unknown faces in photo order,
// possible faces last; a suggestion needs face-recognition consent and an undecided face.
class TestFaceGroups : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void groupsInOrder();
    void suggestionNeedsRecognitionConsentAndNoDecision();
    void unknownFacesAreNeverGroupedByLikeness();
    void tripOf1500FacesIsOneModel();

private:
    // A face at x (one row), matched to `pupil`, or only suggested when `suggested`.
    static DetectedFace face(float x, std::optional<qint64> pupil = {}, std::optional<qint64> suggested = {});
    void addPhoto(const QString &name, std::vector<DetectedFace> faces);

    std::unique_ptr<PhotoListModel> m_model;
};

DetectedFace TestFaceGroups::face(float x, std::optional<qint64> pupil, std::optional<qint64> suggested)
{
    DetectedFace detected;
    detected.box.rect = cv::Rect2f(x, 100, 60, 70);
    detected.match.status = pupil ? MatchStatus::Matched : MatchStatus::NoMatch;
    detected.match.pupilId = pupil;
    detected.match.nearestPupilId = pupil ? pupil : suggested;
    detected.match.suggestedPupilId = suggested;
    detected.match.distance = pupil ? 0.3 : 0.5;
    return detected;
}

void TestFaceGroups::addPhoto(const QString &name, std::vector<DetectedFace> faces)
{
    const QString path = QStringLiteral("/fotos/") + name;
    m_model->addPhotos({path});
    PhotoAnalysis analysis;
    analysis.source = path;
    analysis.photo.sourcePath = path;
    analysis.photo.sha256Hex = name.toLatin1().toHex();
    analysis.photo.width = 1000;
    analysis.photo.height = 800;
    analysis.faces = std::move(faces);
    QVERIFY(m_model->setAnalysis(m_model->rowOf(path), analysis));
}

void TestFaceGroups::init()
{
    m_model = std::make_unique<PhotoListModel>();
    ConsentSnapshot consent;
    consent.channel.id = QStringLiteral("parro");
    const std::pair<qint64, QString> pupils[] = {{1, QStringLiteral("Daan")}, {2, QStringLiteral("Anna")},
                                                 {3, QStringLiteral("Zoë")}};
    for (const auto &[id, name] : pupils) {
        PupilConsent pupil;
        pupil.pupil = Pupil{id, name, QStringLiteral("5B"), {}, true};
        pupil.allowed = true;
        pupil.reason = Reason::Consent;
        pupil.recognitionAllowed = id != 3; // Zoë: no face-recognition consent
        consent.pupils.emplace(id, pupil);
    }
    m_model->setConsent(consent);
}

void TestFaceGroups::groupsInOrder()
{
    DetectedFace possible = face(50);
    possible.box.possibleFace = true;
    possible.match.status = MatchStatus::NotDescribed;
    addPhoto(QStringLiteral("a.jpg"), {face(500), face(300, 1), possible, face(100, {}, 2)});
    addPhoto(QStringLiteral("b.jpg"), {face(100, 2), face(300), face(700, {}, 1)});
    const std::vector<FaceGroup> groups = groupFaces(*m_model);
    QCOMPARE(groups.size(), std::size_t(6));
    QCOMPARE(groups[0].pupilName, QStringLiteral("Anna"));
    QCOMPARE(groups[0].faces, (std::vector<FaceRef>{{1, 0}}));
    QCOMPARE(groups[1].pupilName, QStringLiteral("Daan"));
    QCOMPARE(groups[1].faces, (std::vector<FaceRef>{{0, 1}}));
    QCOMPARE(groups[2].kind, FaceGroupKind::Suggestion);
    QCOMPARE(groups[2].pupilName, QStringLiteral("Anna"));
    QCOMPARE(groups[2].faces, (std::vector<FaceRef>{{0, 3}}));
    QCOMPARE(groups[3].kind, FaceGroupKind::Suggestion);
    QCOMPARE(groups[3].faces, (std::vector<FaceRef>{{1, 2}}));
    // Unknown faces: photo by photo, each in reading order (left to right here).
    QCOMPARE(groups[4].kind, FaceGroupKind::Unknown);
    QCOMPARE(groups[4].faces, (std::vector<FaceRef>{{0, 0}, {1, 1}}));
    QCOMPARE(groups[5].kind, FaceGroupKind::Possible);
    QCOMPARE(groups[5].faces, (std::vector<FaceRef>{{0, 2}}));
}

void TestFaceGroups::suggestionNeedsRecognitionConsentAndNoDecision()
{
    // Zoë may not be recognised: a face near her reference is just unknown.
    addPhoto(QStringLiteral("a.jpg"), {face(100, {}, 3), face(300, {}, 1), face(500, {}, 1)});
    PhotoReview review;
    review.overrides[2] = {FaceOverride::Kind::Hide, 0, {}};
    m_model->setReview(0, review);
    const std::vector<FaceGroup> groups = groupFaces(*m_model);
    QCOMPARE(groups.size(), std::size_t(2));
    QCOMPARE(groups[0].kind, FaceGroupKind::Suggestion);
    QCOMPARE(groups[0].faces, (std::vector<FaceRef>{{0, 1}}));
    // The face the teacher hid is decided: no longer offered as "lijkt op Daan".
    QCOMPARE(groups[1].kind, FaceGroupKind::Unknown);
    QCOMPARE(groups[1].faces, (std::vector<FaceRef>{{0, 0}, {0, 2}}));
    // Named by the teacher, the suggestion joins the pupil's group.
    review.overrides[1] = {FaceOverride::Kind::AssignPupil, 1, QStringLiteral("ken ik")};
    m_model->setReview(0, review);
    QCOMPARE(groupFaces(*m_model).front().kind, FaceGroupKind::Pupil);
    QCOMPARE(groupFaces(*m_model).front().faces, (std::vector<FaceRef>{{0, 1}}));
}

void TestFaceGroups::unknownFacesAreNeverGroupedByLikeness()
{
    // Three unknown faces in two photos: one group, in photo order, whatever their distances.
    addPhoto(QStringLiteral("a.jpg"), {face(300), face(100)});
    addPhoto(QStringLiteral("b.jpg"), {face(100)});
    const std::vector<FaceGroup> groups = groupFaces(*m_model);
    QCOMPARE(groups.size(), std::size_t(1));
    QCOMPARE(groups[0].faces, (std::vector<FaceRef>{{0, 1}, {0, 0}, {1, 0}}));
}

void TestFaceGroups::tripOf1500FacesIsOneModel()
{
    // 150 photos of ten faces: a few named, some suggested, most unknown. One list model of
    // 1,500 tiles and a header per group; the figure is printed, never asserted (the machine
    // is shared).
    for (int photo = 0; photo < 150; ++photo) {
        std::vector<DetectedFace> faces;
        for (int i = 0; i < 10; ++i) {
            const std::optional<qint64> pupil = i == 0 ? std::optional<qint64>(1 + photo % 2) : std::nullopt;
            faces.push_back(face(float(80 * i), pupil, i == 1 ? std::optional<qint64>(1) : std::nullopt));
        }
        addPhoto(QStringLiteral("trip_%1.jpg").arg(photo), std::move(faces));
    }
    QThreadPool pool;
    FaceTileLoader loader(&pool);
    QElapsedTimer timer;
    timer.start();
    FaceTileModel tiles(m_model.get(), &loader);
    const qint64 built = timer.elapsed();
    QCOMPARE(tiles.faceCount(), 1500);
    QCOMPARE(tiles.groups().size(), std::size_t(4)); // Anna, Daan, "lijkt op Daan", unknown
    // A teacher's action regroups the whole batch: also timed.
    timer.restart();
    PhotoReview review;
    review.overrides[1] = {FaceOverride::Kind::AssignPupil, 1, QStringLiteral("zelfde jas")};
    m_model->setReview(1, review); // a photo where Anna, not Daan, was recognised
    qInfo("1,500 faces: tiles grouped in %lld ms, regrouped after one action in %lld ms", built, timer.elapsed());
    QCOMPARE(tiles.groups()[1].faces.size(), std::size_t(76));
}

QTEST_MAIN(TestFaceGroups)
#include "tst_facegroups.moc"
