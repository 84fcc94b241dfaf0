#include "screening/screeningpolicy.h"

#include <QTest>

#include <cmath>

using namespace bw;

Q_DECLARE_METATYPE(bw::FaceOverride)

namespace {

constexpr qint64 kDaan = 1;     // consent for the channel
constexpr qint64 kSara = 2;     // consent refused
constexpr qint64 kOud = 3;      // consent, but no longer an active pupil
constexpr qint64 kMila = 4;     // consent for the channel, none for face recognition

ConsentSnapshot snapshotFor(const Channel &channel)
{
    ConsentSnapshot snapshot{channel, QDate(2026, 6, 1), {}};
    ConsentStatement yes;
    yes.category = channel.category;
    yes.granted = true;
    yes.date = QDate(2025, 9, 1);
    ConsentStatement recognition = yes;
    recognition.category = QStringLiteral("gezichtsherkenning");
    snapshot.pupils[kDaan] = {Pupil{kDaan, QStringLiteral("Daan de Vries"), QStringLiteral("5B"), {}, true},
                              true, Reason::Consent, yes, true, Reason::Consent, recognition};
    snapshot.pupils[kSara] = {Pupil{kSara, QStringLiteral("Sara Yılmaz"), QStringLiteral("5B"), {}, true},
                              false, Reason::Refused, std::nullopt, true, Reason::Consent, recognition};
    snapshot.pupils[kOud] = {Pupil{kOud, QStringLiteral("Oud Leerling"), QStringLiteral("8A"), {}, false},
                             true, Reason::Consent, yes, false, Reason::PupilInactive, recognition};
    snapshot.pupils[kMila] = {Pupil{kMila, QStringLiteral("Mila de Jong"), QStringLiteral("5B"), {}, true},
                              true, Reason::Consent, yes, false, Reason::NoAnswer, std::nullopt};
    return snapshot;
}

Channel channel(const QString &id, ChannelRules rules = {})
{
    return Channel{id, QStringLiteral("intern"), ExportProfile{}, rules};
}

DetectedFace face(MatchStatus status, std::optional<qint64> pupil = std::nullopt,
                  float x = 100, float width = 60)
{
    DetectedFace detected;
    detected.box.rect = cv::Rect2f(x, 100, width, width * 1.2f);
    detected.box.score = 0.9f;
    detected.match.status = status;
    detected.match.pupilId = status == MatchStatus::Matched ? pupil : std::nullopt;
    detected.match.nearestPupilId = pupil;
    detected.match.distance = status == MatchStatus::Matched ? 0.35 : 0.55;
    return detected;
}

// A detection between the candidate and the face threshold: never described, so unmatched.
DetectedFace possibleFaceAt(float x = 700)
{
    DetectedFace detected = face(MatchStatus::NotDescribed, std::nullopt, x);
    detected.box.score = 0.3f;
    detected.box.possibleFace = true;
    return detected;
}

const cv::Size kImage(4000, 3000);

} // namespace

class TestScreeningPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleFace_data();
    void singleFace();
    void teacherAssignmentWinsOverAutomaticMatch();
    void drawnFacesAreAlwaysHidden();
    void teacherExclusionExcludes();
    void classPhotoWithHiddenPupilIsExcluded();
    void classPhotoIgnoresFacesMarkedNotAPupil();
    void socialMediaNeedsAGroup_data();
    void socialMediaNeedsAGroup();
    void websitePerPhotoConsentNeedsReview();
    void unreadableMetadataIsNotedWhateverTheStatus();
    void turningKeepsWhatTheTeacherHid();
    void matchedByRecordsWhoNamedTheFace();
    void matchWithoutRecognitionConsentLeavesNothing();
    void sameDayMatchIsNamedAsSuch();
    void possibleFace_data();
    void possibleFace();
    void notAFaceDoesNotShowASureFace();
    void possibleFacesMakeNoGroup();
    void classPhotoWaitsForDismissedPossibleFaces();
};

void TestScreeningPolicy::singleFace_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("pupil");
    QTest::addColumn<bool>("hasOverride");
    QTest::addColumn<FaceOverride>("override");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<QString>("reason");

    const FaceOverride none;
    const auto m = [](MatchStatus s) { return int(s); };
    QTest::newRow("matched with consent") << m(MatchStatus::Matched) << kDaan << false << none << true << "consent";
    QTest::newRow("matched, consent refused") << m(MatchStatus::Matched) << kSara << false << none << false << "refused";
    // The gallery holds no such pupils; an analysis kept from before a change still names nobody.
    QTest::newRow("matched, inactive pupil") << m(MatchStatus::Matched) << kOud << false << none << false << "unknown";
    QTest::newRow("matched, pupil not in registry") << m(MatchStatus::Matched) << qint64(99) << false << none << false << "unknown";
    QTest::newRow("matched, no face-recognition consent")
        << m(MatchStatus::Matched) << kMila << false << none << false << "unknown";
    QTest::newRow("teacher names a pupil who left")
        << m(MatchStatus::NoMatch) << kDaan << true
        << FaceOverride{FaceOverride::Kind::AssignPupil, kOud, QStringLiteral("it is him")} << false << "pupil_inactive";
    QTest::newRow("teacher names a pupil without recognition consent: by hand is allowed")
        << m(MatchStatus::NoMatch) << kDaan << true
        << FaceOverride{FaceOverride::Kind::AssignPupil, kMila, QStringLiteral("I know Mila")} << true << "consent";
    QTest::newRow("no match") << m(MatchStatus::NoMatch) << kDaan << false << none << false << "unknown";
    QTest::newRow("ambiguous") << m(MatchStatus::Ambiguous) << kDaan << false << none << false << "uncertain_match";
    QTest::newRow("too small") << m(MatchStatus::TooSmall) << kDaan << false << none << false << "too_small";
    QTest::newRow("too blurred") << m(MatchStatus::TooBlurred) << kDaan << false << none << false << "too_blurred";
    QTest::newRow("duplicate") << m(MatchStatus::DuplicatePupil) << kDaan << false << none << false << "duplicate_pupil";
    QTest::newRow("not described") << m(MatchStatus::NotDescribed) << kDaan << false << none << false << "not_recognised";
    QTest::newRow("teacher hides a consented face")
        << m(MatchStatus::Matched) << kDaan << true << FaceOverride{FaceOverride::Kind::Hide, 0, {}} << false << "hidden_by_teacher";
    QTest::newRow("teacher: not a pupil")
        << m(MatchStatus::Matched) << kDaan << true << FaceOverride{FaceOverride::Kind::NotAPupil, 0, {}} << false << "not_a_pupil";
    QTest::newRow("teacher names an unknown face, consent allows")
        << m(MatchStatus::Ambiguous) << kDaan << true
        << FaceOverride{FaceOverride::Kind::AssignPupil, kDaan, QStringLiteral("I know Daan")} << true << "consent";
    QTest::newRow("teacher names an unknown face, consent refused: still hidden")
        << m(MatchStatus::NoMatch) << kDaan << true
        << FaceOverride{FaceOverride::Kind::AssignPupil, kSara, QStringLiteral("it is Sara")} << false << "refused";
    QTest::newRow("assignment without a reason does not count")
        << m(MatchStatus::NoMatch) << kDaan << true
        << FaceOverride{FaceOverride::Kind::AssignPupil, kDaan, QStringLiteral("  ")} << false << "assignment_without_reason";
    QTest::newRow("teacher corrects a match to a refused pupil")
        << m(MatchStatus::Matched) << kDaan << true
        << FaceOverride{FaceOverride::Kind::AssignPupil, kSara, QStringLiteral("wrong match")} << false << "refused";
}

void TestScreeningPolicy::singleFace()
{
    QFETCH(int, status);
    QFETCH(qint64, pupil);
    QFETCH(bool, hasOverride);
    QFETCH(FaceOverride, override);
    QFETCH(bool, visible);
    QFETCH(QString, reason);

    PhotoReview review;
    if (hasOverride)
        review.overrides[0] = override;
    const PhotoVerdict verdict = decidePhoto({face(MatchStatus(status), pupil)}, kImage,
                                             snapshotFor(channel(QStringLiteral("parro"))), review);
    QCOMPARE(verdict.faces.size(), std::size_t(1));
    QCOMPARE(verdict.faces[0].decision.visible, visible);
    QCOMPARE(reasonCode(verdict.faces[0].decision.reason), reason);
    QCOMPARE(verdict.status, PhotoStatus::Exported);
}

void TestScreeningPolicy::teacherAssignmentWinsOverAutomaticMatch()
{
    PhotoReview review;
    review.overrides[1] = {FaceOverride::Kind::AssignPupil, kDaan, QStringLiteral("this is Daan")};
    const PhotoVerdict verdict = decidePhoto(
        {face(MatchStatus::Matched, kDaan, 100), face(MatchStatus::Ambiguous, kDaan, 400)}, kImage,
        snapshotFor(channel(QStringLiteral("parro"))), review);
    QCOMPARE(verdict.faces[0].decision, (FaceDecision{false, Reason::DuplicatePupil}));
    QVERIFY(!verdict.faces[0].pupilId);
    QCOMPARE(verdict.faces[1].decision, (FaceDecision{true, Reason::Consent}));
    QCOMPARE(verdict.faces[1].pupilName, QStringLiteral("Daan de Vries"));
}

void TestScreeningPolicy::drawnFacesAreAlwaysHidden()
{
    PhotoReview review;
    FaceBox missed;
    missed.rect = cv::Rect2f(10, 10, 30, 30);
    review.drawnFaces.push_back(missed);
    const PhotoVerdict verdict = decidePhoto({face(MatchStatus::Matched, kDaan)}, kImage,
                                             snapshotFor(channel(QStringLiteral("parro"))), review);
    QCOMPARE(verdict.faces.size(), std::size_t(2));
    QVERIFY(verdict.faces[1].box.drawnByHand);
    QCOMPARE(verdict.faces[1].decision, (FaceDecision{false, Reason::DrawnByTeacher}));
    QCOMPARE(verdict.hiddenFaceCount(), 1);
}

void TestScreeningPolicy::teacherExclusionExcludes()
{
    PhotoReview review;
    review.excluded = true;
    const PhotoVerdict verdict = decidePhoto({face(MatchStatus::Matched, kDaan)}, kImage,
                                             snapshotFor(channel(QStringLiteral("parro"))), review);
    QCOMPARE(verdict.status, PhotoStatus::Excluded);
    QCOMPARE(reasonCodes(verdict.reasons), QStringList{QStringLiteral("excluded_by_teacher")});
}

void TestScreeningPolicy::classPhotoWithHiddenPupilIsExcluded()
{
    ChannelRules rules;
    rules.excludeOnMissingConsent = true;
    const ConsentSnapshot snapshot = snapshotFor(channel(QStringLiteral("klassenfoto"), rules));
    const PhotoVerdict allConsented = decidePhoto(
        {face(MatchStatus::Matched, kDaan)}, kImage, snapshot, {});
    QCOMPARE(allConsented.status, PhotoStatus::Exported);

    for (const DetectedFace &other : {face(MatchStatus::Matched, kSara, 500), face(MatchStatus::NoMatch, {}, 500)}) {
        const PhotoVerdict verdict = decidePhoto({face(MatchStatus::Matched, kDaan), other}, kImage, snapshot, {});
        QCOMPARE(verdict.status, PhotoStatus::Excluded);
        QCOMPARE(reasonCodes(verdict.reasons), QStringList{QStringLiteral("pupil_without_consent")});
    }
}

void TestScreeningPolicy::classPhotoIgnoresFacesMarkedNotAPupil()
{
    ChannelRules rules;
    rules.excludeOnMissingConsent = true;
    PhotoReview review;
    review.overrides[1] = {FaceOverride::Kind::NotAPupil, 0, {}};
    const PhotoVerdict verdict = decidePhoto(
        {face(MatchStatus::Matched, kDaan), face(MatchStatus::NoMatch, {}, 500)}, kImage,
        snapshotFor(channel(QStringLiteral("klassenfoto"), rules)), review);
    QCOMPARE(verdict.status, PhotoStatus::Exported);
    QVERIFY(!verdict.faces[1].decision.visible);
}

void TestScreeningPolicy::socialMediaNeedsAGroup_data()
{
    QTest::addColumn<QList<float>>("widths");
    QTest::addColumn<QString>("exclusion");
    QTest::newRow("no faces") << QList<float>{} << QString();
    QTest::newRow("one small face") << QList<float>{40} << "single_subject";
    QTest::newRow("close-up among small faces") << QList<float>{800, 60, 50} << "dominant_face";
    QTest::newRow("group of similar faces") << QList<float>{120, 110, 100, 90} << QString();
    QTest::newRow("large but not dominant") << QList<float>{600, 500} << QString();
    QTest::newRow("dominant but small in frame") << QList<float>{300, 60} << QString();
}

void TestScreeningPolicy::socialMediaNeedsAGroup()
{
    QFETCH(QList<float>, widths);
    QFETCH(QString, exclusion);
    ChannelRules rules;
    rules.groupPhotosOnly = true;
    std::vector<DetectedFace> faces;
    float x = 0;
    for (float width : widths) {
        faces.push_back(face(MatchStatus::Matched, kDaan, x, width));
        x += width + 10;
    }
    const PhotoVerdict verdict = decidePhoto(
        faces, kImage, snapshotFor(channel(QStringLiteral("sociale-media"), rules)), {});
    if (exclusion.isEmpty()) {
        QCOMPARE(verdict.status, PhotoStatus::Exported);
    } else {
        QCOMPARE(verdict.status, PhotoStatus::Excluded);
        QCOMPARE(reasonCodes(verdict.reasons), QStringList{exclusion});
    }
}

void TestScreeningPolicy::websitePerPhotoConsentNeedsReview()
{
    ChannelRules rules;
    rules.perPhotoConsent = true;
    const ConsentSnapshot snapshot = snapshotFor(channel(QStringLiteral("website"), rules));
    const PhotoVerdict withPupil = decidePhoto(
        {face(MatchStatus::Matched, kDaan), face(MatchStatus::Matched, kSara, 500)}, kImage, snapshot, {});
    QCOMPARE(withPupil.status, PhotoStatus::NeedsReview);
    QCOMPARE(withPupil.pupilsNeedingPhotoConsent, QStringList{QStringLiteral("Daan de Vries")});

    const PhotoVerdict onlyHidden = decidePhoto({face(MatchStatus::NoMatch)}, kImage, snapshot, {});
    QCOMPARE(onlyHidden.status, PhotoStatus::Exported);
    QVERIFY(onlyHidden.pupilsNeedingPhotoConsent.isEmpty());
}

void TestScreeningPolicy::unreadableMetadataIsNotedWhateverTheStatus()
{
    const ConsentSnapshot consent = snapshotFor(channel(QStringLiteral("parro")));
    Photo photo;
    photo.width = kImage.width;
    photo.height = kImage.height;
    const std::vector<DetectedFace> faces{face(MatchStatus::Matched, kDaan), face(MatchStatus::NoMatch, {}, 900)};
    QCOMPARE(decideAnalysedPhoto(photo, faces, consent, {}), decidePhoto(faces, kImage, consent, {}));

    // Screened like any photo (Daan visible, the stranger hidden), with the note.
    photo.metadataError = QStringLiteral("a.jpg: unreadable metadata (This does not look like a TIFF image)");
    const PhotoVerdict verdict = decideAnalysedPhoto(photo, faces, consent, {});
    QCOMPARE(verdict.status, PhotoStatus::Exported);
    QCOMPARE(reasonCodes(verdict.reasons), QStringList{QStringLiteral("metadata_unreadable")});
    QVERIFY(verdict.faces[0].decision.visible);
    QVERIFY(!verdict.faces[1].decision.visible);

    PhotoReview dropped;
    dropped.excluded = true;
    QCOMPARE(reasonCodes(decideAnalysedPhoto(photo, faces, consent, dropped).reasons),
             (QStringList{QStringLiteral("excluded_by_teacher"), QStringLiteral("metadata_unreadable")}));
}

void TestScreeningPolicy::turningKeepsWhatTheTeacherHid()
{
    const std::vector<FaceBox> detected{face(MatchStatus::Matched, kDaan, 100).box,
                                        face(MatchStatus::Matched, kSara, 900).box,
                                        face(MatchStatus::NoMatch, {}, 1700).box};
    PhotoReview review;
    review.overrides[0] = {FaceOverride::Kind::Hide, 0, {}};
    review.overrides[1] = {FaceOverride::Kind::AssignPupil, kDaan, QStringLiteral("jas")};
    review.overrides[2] = {FaceOverride::Kind::NotAPupil, 0, {}};
    FaceBox drawn;
    drawn.rect = cv::Rect2f(3000, 2000, 80, 90);
    drawn.drawnByHand = true;
    review.drawnFaces.push_back(drawn);
    review.excluded = true;

    const PhotoReview turned = turnedReview(review, detected, kImage, 1);
    QCOMPARE(turned.quarterTurns, 1);
    QVERIFY(turned.excluded);
    QVERIFY(turned.overrides.empty());
    // Hidden and "no pupil" faces and the drawn box stay hidden, at their place in the
    // turned photo (3000 x 4000: x' = 3000 - y - h, y' = x); the named pupil is dropped.
    QCOMPARE(turned.drawnFaces.size(), std::size_t(3));
    QCOMPARE(turned.drawnFaces[0].rect, cv::Rect2f(3000 - 100 - 72, 100, 72, 60));
    QCOMPARE(turned.drawnFaces[1].rect, cv::Rect2f(3000 - 100 - 72, 1700, 72, 60));
    QCOMPARE(turned.drawnFaces[2].rect, cv::Rect2f(3000 - 2000 - 90, 3000, 90, 80));
    for (const FaceBox &box : turned.drawnFaces)
        QVERIFY(box.drawnByHand);

    // Back again: the boxes return to where they were, the turn to 0.
    const PhotoReview back = turnedReview(turned, {}, cv::Size(kImage.height, kImage.width), -1);
    QCOMPARE(back.quarterTurns, 0);
    QCOMPARE(back.drawnFaces[2].rect, drawn.rect);
}

void TestScreeningPolicy::matchedByRecordsWhoNamedTheFace()
{
    PhotoReview review;
    review.overrides[1] = {FaceOverride::Kind::AssignPupil, kSara, QStringLiteral("that is Sara")};
    review.overrides[2] = {FaceOverride::Kind::NotAPupil, 0, {}};
    const PhotoVerdict verdict = decidePhoto(
        {face(MatchStatus::Matched, kDaan, 100), face(MatchStatus::NoMatch, std::nullopt, 400),
         face(MatchStatus::Matched, kSara, 700), face(MatchStatus::Ambiguous, kDaan, 1000)},
        kImage, snapshotFor(channel(QStringLiteral("parro"))), review);
    QCOMPARE(verdict.faces[0].matchedBy, MatchedBy::Reference);
    QCOMPARE(verdict.faces[0].recognitionBasis->category, QStringLiteral("gezichtsherkenning"));
    QCOMPARE(verdict.faces[1].matchedBy, MatchedBy::Teacher);
    QVERIFY(!verdict.faces[1].recognitionBasis);
    QCOMPARE(verdict.faces[2].matchedBy, MatchedBy::None);
    QCOMPARE(verdict.faces[3].matchedBy, MatchedBy::None);
    QCOMPARE(matchedByCode(MatchedBy::Reference), QStringLiteral("reference"));
    QCOMPARE(matchedByCode(MatchedBy::Teacher), QStringLiteral("teacher"));
    QCOMPARE(matchedByCode(MatchedBy::Batch), QStringLiteral("batch"));
    QVERIFY(matchedByCode(MatchedBy::None).isEmpty());
}

void TestScreeningPolicy::sameDayMatchIsNamedAsSuch()
{
    // Matched through a same-day reference: shown by consent like any match, named "batch";
    // for Mila (no face-recognition consent) it counts no more than an enrolled match.
    DetectedFace daan = face(MatchStatus::Matched, kDaan, 100);
    daan.match.byBatchReference = true;
    DetectedFace mila = face(MatchStatus::Matched, kMila, 400);
    mila.match.byBatchReference = true;
    const PhotoVerdict verdict = decidePhoto({daan, mila}, kImage, snapshotFor(channel(QStringLiteral("parro"))), {});
    QCOMPARE(verdict.faces[0].matchedBy, MatchedBy::Batch);
    QVERIFY(verdict.faces[0].decision.visible);
    QCOMPARE(verdict.faces[0].recognitionBasis->category, QStringLiteral("gezichtsherkenning"));
    QCOMPARE(verdict.faces[1].matchedBy, MatchedBy::None);
    QVERIFY(!verdict.faces[1].decision.visible);
    QVERIFY(!verdict.faces[1].pupilId);
}

void TestScreeningPolicy::matchWithoutRecognitionConsentLeavesNothing()
{
    // Mila may be shown on parro, but may not be recognised automatically: her face stays
    // unknown and hidden, and the verdict keeps no trace of the match.
    const PhotoVerdict verdict = decidePhoto({face(MatchStatus::Matched, kMila)}, kImage,
                                             snapshotFor(channel(QStringLiteral("parro"))), {});
    const ScreenedFace &mila = verdict.faces.at(0);
    QVERIFY(!mila.decision.visible);
    QVERIFY(!mila.pupilId);
    QVERIFY(mila.pupilName.isEmpty());
    QVERIFY(!mila.basis);
    QCOMPARE(mila.matchedBy, MatchedBy::None);
    QVERIFY(!mila.match.pupilId && !mila.match.nearestPupilId);
    QVERIFY(std::isinf(mila.match.distance));
}

void TestScreeningPolicy::possibleFace_data()
{
    QTest::addColumn<bool>("hasOverride");
    QTest::addColumn<FaceOverride>("override");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<QString>("reason");
    QTest::newRow("hidden as a possible face") << false << FaceOverride{} << false << "possible_face";
    QTest::newRow("teacher: geen gezicht") << true << FaceOverride{FaceOverride::Kind::NotAFace, 0, {}} << true << "not_a_face";
    QTest::newRow("teacher hides it") << true << FaceOverride{FaceOverride::Kind::Hide, 0, {}} << false << "hidden_by_teacher";
    QTest::newRow("teacher: not a pupil") << true << FaceOverride{FaceOverride::Kind::NotAPupil, 0, {}} << false << "not_a_pupil";
    QTest::newRow("teacher names a consented pupil")
        << true << FaceOverride{FaceOverride::Kind::AssignPupil, kDaan, QStringLiteral("that is Daan")} << true << "consent";
    QTest::newRow("teacher names a refused pupil")
        << true << FaceOverride{FaceOverride::Kind::AssignPupil, kSara, QStringLiteral("that is Sara")} << false << "refused";
}

void TestScreeningPolicy::possibleFace()
{
    QFETCH(bool, hasOverride);
    QFETCH(FaceOverride, override);
    QFETCH(bool, visible);
    QFETCH(QString, reason);
    PhotoReview review;
    if (hasOverride)
        review.overrides[0] = override;
    const PhotoVerdict verdict = decidePhoto({possibleFaceAt()}, kImage,
                                             snapshotFor(channel(QStringLiteral("parro"))), review);
    QCOMPARE(verdict.status, PhotoStatus::Exported);
    QCOMPARE(verdict.faces[0].decision.visible, visible);
    QCOMPARE(reasonCode(verdict.faces[0].decision.reason), reason);
    QVERIFY(verdict.faces[0].box.possibleFace);
    QCOMPARE(verdict.hiddenPossibleFaceCount(), visible ? 0 : 1);
    QCOMPARE(verdict.hiddenFaceCount(), visible ? 0 : 1);
}

// "Geen gezicht" is for possible faces only: it cannot show a face the detector was sure of.
void TestScreeningPolicy::notAFaceDoesNotShowASureFace()
{
    PhotoReview review;
    review.overrides[0] = {FaceOverride::Kind::NotAFace, 0, {}};
    const PhotoVerdict verdict = decidePhoto({face(MatchStatus::NoMatch), face(MatchStatus::Matched, kSara, 500)},
                                             kImage, snapshotFor(channel(QStringLiteral("parro"))), review);
    QCOMPARE(verdict.faces[0].decision, (FaceDecision{false, Reason::Unknown}));
    review.overrides = {{1, {FaceOverride::Kind::NotAFace, 0, {}}}};
    const PhotoVerdict matched = decidePhoto({face(MatchStatus::NoMatch), face(MatchStatus::Matched, kSara, 500)},
                                             kImage, snapshotFor(channel(QStringLiteral("parro"))), review);
    QCOMPARE(matched.faces[1].decision, (FaceDecision{false, Reason::Refused}));
}

// Social media takes group photos only: one child and a possible face (a dog, a poster) is
// still one child, dismissed or not.
void TestScreeningPolicy::possibleFacesMakeNoGroup()
{
    ChannelRules rules;
    rules.groupPhotosOnly = true;
    const ConsentSnapshot snapshot = snapshotFor(channel(QStringLiteral("sociale-media"), rules));
    for (const bool dismissed : {false, true}) {
        PhotoReview review;
        if (dismissed)
            review.overrides[1] = {FaceOverride::Kind::NotAFace, 0, {}};
        const PhotoVerdict verdict = decidePhoto({face(MatchStatus::Matched, kDaan), possibleFaceAt(), possibleFaceAt(900)},
                                                 kImage, snapshot, review);
        QCOMPARE(verdict.status, PhotoStatus::Excluded);
        QCOMPARE(reasonCodes(verdict.reasons), QStringList{QStringLiteral("single_subject")});
    }
}

// A possible face might be a pupil without consent: the class photo waits until the teacher
// says it is no face. A dismissed possible face asks no per-photo consent either.
void TestScreeningPolicy::classPhotoWaitsForDismissedPossibleFaces()
{
    ChannelRules rules;
    rules.excludeOnMissingConsent = true;
    rules.perPhotoConsent = true;
    const ConsentSnapshot snapshot = snapshotFor(channel(QStringLiteral("klassenfoto"), rules));
    const PhotoVerdict waiting = decidePhoto({face(MatchStatus::Matched, kDaan), possibleFaceAt()}, kImage, snapshot, {});
    QCOMPARE(waiting.status, PhotoStatus::Excluded);
    QCOMPARE(reasonCodes(waiting.reasons), QStringList{QStringLiteral("pupil_without_consent")});

    PhotoReview review;
    review.overrides[1] = {FaceOverride::Kind::NotAFace, 0, {}};
    const PhotoVerdict dismissed = decidePhoto({face(MatchStatus::Matched, kDaan), possibleFaceAt()}, kImage, snapshot, review);
    QCOMPARE(dismissed.status, PhotoStatus::NeedsReview);
    QCOMPARE(dismissed.pupilsNeedingPhotoConsent, QStringList{QStringLiteral("Daan de Vries")});
}

QTEST_GUILESS_MAIN(TestScreeningPolicy)
#include "tst_screeningpolicy.moc"
