// Restoring a kept review onto the faces detected again: each decision finds its own face
// by box overlap (whatever order the detector lists them in now), and anything that does
// not match cleanly falls back to fail-closed: hidden stays hidden, less privacy is dropped.
#include "screening/reviewrestore.h"

#include <QTest>

using namespace bw;

namespace {

DetectedFace face(float x, float y, float size, bool possible = false)
{
    DetectedFace detected;
    detected.box.rect = cv::Rect2f(x, y, size, size * 1.2f);
    detected.box.possibleFace = possible;
    return detected;
}

const QByteArray kSha(64, 'f');

// Four faces of a group photo and a review of every kind.
std::vector<DetectedFace> groupFaces()
{
    return {face(100, 80, 60), face(220, 90, 58), face(340, 85, 62), face(460, 300, 24, true)};
}

PhotoReview fullReview()
{
    PhotoReview review;
    review.overrides[0] = {FaceOverride::Kind::Hide, 0, {}};
    review.overrides[1] = {FaceOverride::Kind::AssignPupil, 7, QStringLiteral("juf kent haar")};
    review.overrides[2] = {FaceOverride::Kind::NotAPupil, 0, {}};
    review.overrides[3] = {FaceOverride::Kind::NotAFace, 0, {}};
    FaceBox drawn;
    drawn.rect = cv::Rect2f(600, 40, 50, 50);
    drawn.drawnByHand = true;
    review.drawnFaces.push_back(drawn);
    review.excluded = true;
    review.quarterTurns = 1;
    return review;
}

std::vector<cv::Rect2f> drawnRects(const PhotoReview &review)
{
    std::vector<cv::Rect2f> rects;
    for (const FaceBox &box : review.drawnFaces) {
        if (!box.drawnByHand)
            return {};
        rects.push_back(box.rect);
    }
    return rects;
}

} // namespace

class TestReviewRestore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameFacesGiveTheSameReview();
    void decisionsFollowTheirFacesInAnotherOrder();
    void movedFacesFallBackToHidden();
    void oneKeptBoxNeverDecidesTwoFaces();
    void dismissalNeedsAPossibleFace();
    void unknownOrIncompleteDecisionsAreDropped();
};

void TestReviewRestore::sameFacesGiveTheSameReview()
{
    const std::vector<DetectedFace> faces = groupFaces();
    const PhotoReview review = fullReview();
    const KeptReview kept = keptReviewOf(kSha, review, faces, {1, 2});
    QCOMPARE(kept.sha256Hex, kSha);
    QCOMPARE(int(kept.faces.size()), 4);
    QCOMPARE(kept.faces[1].decision, QStringLiteral("assign_pupil"));
    QCOMPARE(kept.faces[1].rect, faces[1].box.rect);

    const RestoredReview restored = restoredReview(kept, faces);
    QCOMPARE(restored.review, review);
    QCOMPARE(restored.confirmedFaces, (std::set<int>{1, 2}));
    QCOMPARE(restored.matched, 4);
    QCOMPARE(restored.unmatched, 0);
}

void TestReviewRestore::decisionsFollowTheirFacesInAnotherOrder()
{
    const std::vector<DetectedFace> faces = groupFaces();
    const KeptReview kept = keptReviewOf(kSha, fullReview(), faces, {1});
    // The detector lists the same faces in another order (another thread count, say).
    const std::vector<DetectedFace> now{faces[3], faces[2], faces[0], faces[1]};
    const RestoredReview restored = restoredReview(kept, now);
    QCOMPARE(restored.unmatched, 0);
    QCOMPARE(restored.review.overrides.at(2).kind, FaceOverride::Kind::Hide);
    QCOMPARE(restored.review.overrides.at(3).kind, FaceOverride::Kind::AssignPupil);
    QCOMPARE(restored.review.overrides.at(3).pupilId, 7);
    QCOMPARE(restored.review.overrides.at(1).kind, FaceOverride::Kind::NotAPupil);
    QCOMPARE(restored.review.overrides.at(0).kind, FaceOverride::Kind::NotAFace);
    QCOMPARE(restored.confirmedFaces, std::set<int>{3});
}

void TestReviewRestore::movedFacesFallBackToHidden()
{
    const std::vector<DetectedFace> faces = groupFaces();
    const KeptReview kept = keptReviewOf(kSha, fullReview(), faces, {1});
    // Every box moved by a third of its width: no longer the same face for certain.
    std::vector<DetectedFace> moved = faces;
    for (DetectedFace &f : moved)
        f.box.rect.x += f.box.rect.width / 3;
    const RestoredReview restored = restoredReview(kept, moved);
    QCOMPARE(restored.matched, 0);
    QCOMPARE(restored.unmatched, 4);
    QVERIFY(restored.review.overrides.empty());
    QVERIFY(restored.confirmedFaces.empty());
    // Hidden and "no pupil" stay hidden at their kept place; the named pupil and the
    // dismissed possible face are dropped (the tool judges those faces again: hidden
    // unless recognised with consent).
    const std::vector<cv::Rect2f> expected{cv::Rect2f(600, 40, 50, 50), faces[0].box.rect, faces[2].box.rect};
    QCOMPARE(drawnRects(restored.review), expected);
    QVERIFY(restored.review.excluded);
    QCOMPARE(restored.review.quarterTurns, 1);
}

void TestReviewRestore::oneKeptBoxNeverDecidesTwoFaces()
{
    // Two kept decisions about boxes close together; now one face is found between them:
    // only the better overlap may claim it.
    const std::vector<DetectedFace> before{face(100, 100, 60), face(112, 100, 60)};
    PhotoReview review;
    review.overrides[0] = {FaceOverride::Kind::AssignPupil, 3, QStringLiteral("reden")};
    review.overrides[1] = {FaceOverride::Kind::AssignPupil, 4, QStringLiteral("reden")};
    const KeptReview kept = keptReviewOf(kSha, review, before, {});
    const std::vector<DetectedFace> now{face(110, 100, 60)};
    const RestoredReview restored = restoredReview(kept, now);
    QCOMPARE(restored.matched, 1);
    QCOMPARE(restored.unmatched, 1);
    QCOMPARE(int(restored.review.overrides.size()), 1);
    QCOMPARE(restored.review.overrides.at(0).pupilId, 4);
    QVERIFY(restored.review.drawnFaces.empty());
}

void TestReviewRestore::dismissalNeedsAPossibleFace()
{
    // "Geen gezicht" was said of a possible face; the same box now detected as a real
    // face is judged by the tool again.
    std::vector<DetectedFace> faces{face(100, 100, 30, true)};
    PhotoReview review;
    review.overrides[0] = {FaceOverride::Kind::NotAFace, 0, {}};
    const KeptReview kept = keptReviewOf(kSha, review, faces, {});
    faces[0].box.possibleFace = false;
    const RestoredReview restored = restoredReview(kept, faces);
    QVERIFY(restored.review.overrides.empty());
    QCOMPARE(restored.unmatched, 1);
}

void TestReviewRestore::unknownOrIncompleteDecisionsAreDropped()
{
    const std::vector<DetectedFace> faces = groupFaces();
    KeptReview kept;
    kept.sha256Hex = kSha;
    kept.faces = {{faces[0].box.rect, QStringLiteral("show_anyway"), 0, {}, false},
                  {faces[1].box.rect, QStringLiteral("assign_pupil"), 0, QStringLiteral("reden"), false},
                  {faces[2].box.rect, QStringLiteral("assign_pupil"), 5, QString(), false},
                  {faces[3].box.rect, QStringLiteral("hide"), 0, {}, false}};
    const RestoredReview restored = restoredReview(kept, faces);
    QCOMPARE(int(restored.review.overrides.size()), 1);
    QCOMPARE(restored.review.overrides.at(3).kind, FaceOverride::Kind::Hide);
    QCOMPARE(restored.unmatched, 3);
    QVERIFY(restored.review.drawnFaces.empty());
}

QTEST_GUILESS_MAIN(TestReviewRestore)
#include "tst_reviewrestore.moc"
