#include "faces/batchmatcher.h"

#include <QTest>

using namespace bw;

namespace {

// Descriptors in a plane: at(x, y) and at(u, v) lie their Euclidean distance apart.
FaceDescriptor at(double x, double y = 0.0)
{
    FaceDescriptor d{};
    d[0] = float(x);
    d[1] = float(y);
    return d;
}

BatchFace face(double x, double y = 0.0, float width = 200.0f)
{
    return BatchFace{FaceDescription{at(x, y), FaceQuality{width, 400.0}, true}, std::nullopt, false};
}

BatchFace confirmed(BatchFace face, qint64 pupil)
{
    face.confirmedPupilId = pupil;
    return face;
}

// Pupil 1 enrolled at the origin, pupil 2 far away: the runner-up never decides unless a
// test puts it near.
const std::vector<ReferenceDescriptor> kGallery{{1, at(0.0), QDate(2026, 1, 1)}, {2, at(0.0, 3.0), QDate(2026, 1, 1)}};

MatchSettings normal()
{
    return fromStrictness(Strictness::Normal);
}

const FaceMatch &matchOf(const std::vector<std::vector<FaceMatch>> &matches, std::size_t photo, std::size_t face)
{
    return matches.at(photo).at(face);
}

} // namespace

// Same-day references (issue 13 item 2) on descriptors placed by hand: the rules, each on
// its own. Real faces: tst_samedayreferences.
class TstBatchMatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sureMatchMakesAnotherPhotosFaceKnown()
    {
        // 0.2 from the pupil's reference: sure (under 0.35, very strict). The other photo's
        // face is 0.5 from the reference (unknown at normal) but 0.3 from that face.
        const std::vector<BatchPhoto> photos{{face(0.2)}, {face(0.5)}};
        const auto matches = matchBatch(photos, kGallery, normal());
        QCOMPARE(matchOf(matches, 0, 0).status, MatchStatus::Matched);
        QVERIFY(!matchOf(matches, 0, 0).byBatchReference);
        QCOMPARE(matchOf(matches, 1, 0).status, MatchStatus::Matched);
        QCOMPARE(matchOf(matches, 1, 0).pupilId, std::optional<qint64>(1));
        QVERIFY(matchOf(matches, 1, 0).byBatchReference);
        QVERIFY(qAbs(matchOf(matches, 1, 0).distance - 0.3) < 1e-6);

        const auto without = matchBatch(photos, kGallery, normal(), false);
        QCOMPARE(matchOf(without, 1, 0).status, MatchStatus::NoMatch);
        QVERIFY(!matchOf(without, 1, 0).pupilId);
        // Not accepted, but offered: within the suggestion band (0.55).
        QCOMPARE(matchOf(without, 1, 0).suggestedPupilId, std::optional<qint64>(1));
    }

    void matchThatIsNotSureEnoughIsNoReference()
    {
        // 0.38 is a match at normal, but not under the bar (0.35): no reference. The second
        // face, 0.49 from the pupil and 0.11 from the first one, stays unknown.
        const std::vector<BatchPhoto> photos{{face(0.38)}, {face(0.49)}};
        const auto matches = matchBatch(photos, kGallery, normal());
        QCOMPARE(matchOf(matches, 0, 0).status, MatchStatus::Matched);
        QCOMPARE(matchOf(matches, 1, 0).status, MatchStatus::NoMatch);
        // A small sure face is no reference either: below the very strict floor (72 px).
        const auto small = matchBatch({{face(0.2, 0.0, 60.0f)}, {face(0.5)}}, kGallery, normal());
        QCOMPARE(matchOf(small, 0, 0).status, MatchStatus::Matched);
        QCOMPARE(matchOf(small, 1, 0).status, MatchStatus::NoMatch);
    }

    void teacherConfirmationIsAReferenceAndUndoingTakesItBack()
    {
        // The teacher names pupil 1 on a face the tool did not know (0.6 away).
        std::vector<BatchPhoto> photos{{confirmed(face(0.6), 1)}, {face(0.6, 0.3)}};
        auto matches = matchBatch(photos, kGallery, normal());
        QCOMPARE(matchOf(matches, 1, 0).pupilId, std::optional<qint64>(1));
        QVERIFY(matchOf(matches, 1, 0).byBatchReference);
        photos[0][0].confirmedPupilId.reset();
        matches = matchBatch(photos, kGallery, normal());
        QCOMPARE(matchOf(matches, 1, 0).status, MatchStatus::NoMatch);
        QVERIFY(!matchOf(matches, 1, 0).pupilId);
    }

    void pupilWithoutRecognitionConsentGetsNoReference()
    {
        // Pupil 3 has no reference photos (no face-recognition consent): the teacher may
        // name them, but their face is never compared with anything.
        const std::vector<BatchPhoto> photos{{confirmed(face(5.0), 3)}, {face(5.0, 0.1)}};
        const auto matches = matchBatch(photos, kGallery, normal());
        QCOMPARE(matchOf(matches, 1, 0).status, MatchStatus::NoMatch);
        QVERIFY(!matchOf(matches, 1, 0).pupilId);
        QVERIFY(!matchOf(matches, 1, 0).suggestedPupilId);
    }

    void dismissedFaceIsNoReference()
    {
        std::vector<BatchPhoto> photos{{face(0.2)}, {face(0.5)}};
        photos[0][0].dismissed = true;   // she hid it or said it is no pupil
        const auto matches = matchBatch(photos, kGallery, normal());
        QCOMPARE(matchOf(matches, 1, 0).status, MatchStatus::NoMatch);
    }

    void photoIsNeverItsOwnReference()
    {
        // Both faces in one photo: the sure one keeps the pupil, the other is not matched
        // against it (a pupil is on a photo once).
        const auto matches = matchBatch({{face(0.2), face(0.5)}}, kGallery, normal());
        QCOMPARE(matchOf(matches, 0, 0).status, MatchStatus::Matched);
        QCOMPARE(matchOf(matches, 0, 1).status, MatchStatus::NoMatch);
        QVERIFY(!matchOf(matches, 0, 1).byBatchReference);
    }

    void teacherNamingInAPhotoOverrulesItsSureMatch()
    {
        // Photo 0: the tool is sure face 0 is pupil 1, the teacher named pupil 1 on face 1
        // (far away): face 0 loses the pupil in the verdict, so it is no reference either.
        const std::vector<BatchPhoto> photos{{face(0.2), confirmed(face(0.0, 1.4), 1)}, {face(0.5)}};
        const auto matches = matchBatch(photos, kGallery, normal());
        QCOMPARE(matchOf(matches, 1, 0).status, MatchStatus::NoMatch);
    }

    void batchMatchesMakeNoChains()
    {
        // Photo 1 is matched through photo 0; photo 2 lies near photo 1's face only.
        const std::vector<BatchPhoto> photos{{face(0.2)}, {face(0.5)}, {face(0.8)}};
        const auto matches = matchBatch(photos, kGallery, normal());
        QVERIFY(matchOf(matches, 1, 0).byBatchReference);
        QCOMPARE(matchOf(matches, 2, 0).status, MatchStatus::NoMatch);
    }

    void sameMarginRuleCanMakeAMatchUnknown()
    {
        // Pupil 2 enrolled at (0, 0.6): a face 0.3 from that reference matches pupil 2
        // (pupil 1 is 0.67 away). The teacher names pupil 1 on a face in another photo that
        // lies 0.32 from it: pupil 1 is then barely further than pupil 2, the margin is gone
        // and the face becomes unknown (fail-closed, the very same rule).
        const std::vector<ReferenceDescriptor> gallery{{1, at(0.0), QDate(2026, 1, 1)}, {2, at(0.0, 0.6), QDate(2026, 1, 1)}};
        const std::vector<BatchPhoto> photos{{face(0.3, 0.6)}, {confirmed(face(0.3, 0.28), 1)}};
        const auto before = matchBatch(photos, gallery, normal(), false);
        QCOMPARE(matchOf(before, 0, 0).pupilId, std::optional<qint64>(2));
        const auto after = matchBatch(photos, gallery, normal());
        QCOMPARE(matchOf(after, 0, 0).status, MatchStatus::Ambiguous);
        QVERIFY(!matchOf(after, 0, 0).pupilId);
    }

    void unknownFacesAreNeverComparedWithEachOther()
    {
        // Two identical faces far from every enrolled pupil: neither knows of the other.
        const std::vector<BatchPhoto> photos{{face(2.0)}, {face(2.0)}};
        const auto matches = matchBatch(photos, kGallery, normal());
        for (std::size_t p = 0; p < 2; ++p) {
            QCOMPARE(matchOf(matches, p, 0).status, MatchStatus::NoMatch);
            QVERIFY(!matchOf(matches, p, 0).suggestedPupilId);
            QVERIFY(matchOf(matches, p, 0).distance > 1.9);
        }
    }

    void suggestionBand()
    {
        const auto matches = matchBatch({{face(0.54)}, {face(-0.56)}, {face(0.3, 0.0, 20.0f)}}, kGallery, normal(), false);
        QCOMPARE(matchOf(matches, 0, 0).suggestedPupilId, std::optional<qint64>(1));
        QVERIFY(!matchOf(matches, 0, 0).pupilId);
        QVERIFY(!matchOf(matches, 1, 0).suggestedPupilId);   // outside the band
        // Too small to recognise: no suggestion either.
        QCOMPARE(matchOf(matches, 2, 0).status, MatchStatus::TooSmall);
        QVERIFY(!matchOf(matches, 2, 0).suggestedPupilId);
    }
};

QTEST_GUILESS_MAIN(TstBatchMatcher)
#include "tst_batchmatcher.moc"
