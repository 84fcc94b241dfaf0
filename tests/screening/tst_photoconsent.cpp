// Per-photo consent ("losse toestemming", DOMAIN.md section 2) from the registry to the verdict:
// answers recorded for one photo (by its SHA-256) decide whether a pupil the general consent
// allows is shown on that photo, under the same rules as other consent.
#include "screening/screeningpolicy.h"
#include "storage/registry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bw;

namespace {

const QString kPhotoA = QString(64, QLatin1Char('a'));
const QString kPhotoB = QString(64, QLatin1Char('b'));
const QDate kMoment(2026, 6, 1);

// One statement of the table: category, answer, giver, date, photo ("" = general answer).
struct Given {
    const char *category;
    bool granted;
    StatementGiver by;
    QDate date;
    QString photo;
    bool otherParentObjects = false;
};
using Givens = std::vector<Given>;

constexpr auto Parent = StatementGiver::Parent;
constexpr auto Self = StatementGiver::Pupil;
const QDate kSeptember(2025, 9, 1);
const QDate kMay(2026, 5, 10);
const QDate kLaterMay(2026, 5, 20);

// The general "ja" for the website's category every row starts from, unless it says otherwise.
Given generalYes()
{
    return {"extern", true, Parent, kSeptember, {}};
}

DetectedFace matchedFace(qint64 pupil, float x)
{
    DetectedFace face;
    face.box.rect = cv::Rect2f(x, 100, 80, 96);
    face.box.score = 0.9f;
    face.match.status = MatchStatus::Matched;
    face.match.pupilId = pupil;
    face.match.nearestPupilId = pupil;
    face.match.distance = 0.35;
    return face;
}

DetectedFace unknownFace(float x)
{
    DetectedFace face = matchedFace(0, x);
    face.match.status = MatchStatus::NoMatch;
    face.match.pupilId.reset();
    face.match.nearestPupilId.reset();
    return face;
}

} // namespace

Q_DECLARE_METATYPE(Givens)

class TestPhotoConsent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void answersDecideThePhoto_data();
    void answersDecideThePhoto();
    void classPhotoRuleExcludesOnAPhotoRefusal();
    void generalConsentNeverCountsPerPhotoStatements();
    void storedAnswersKeepTheirPhotoAndAreAudited();
};

void TestPhotoConsent::answersDecideThePhoto_data()
{
    QTest::addColumn<Givens>("givens");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("waiting");

    const QDate child(2016, 3, 1);
    const QDate sixteen(2009, 3, 1);
    QTest::newRow("no answer: the photo waits")
        << Givens{generalYes()} << child << "needs_review" << true << "consent" << true;
    QTest::newRow("ja for this photo: exported, visible")
        << Givens{generalYes(), {"extern", true, Parent, kMay, kPhotoA}} << child << "exported" << true << "consent" << false;
    QTest::newRow("ja for another photo only: waits")
        << Givens{generalYes(), {"extern", true, Parent, kMay, kPhotoB}} << child << "needs_review" << true << "consent" << true;
    QTest::newRow("nee for this photo: hidden, photo exported")
        << Givens{generalYes(), {"extern", false, Parent, kMay, kPhotoA}} << child << "exported" << false
        << "photo_consent_refused" << false;
    QTest::newRow("one parent ja, the other parent nee the same day: hidden")
        << Givens{generalYes(), {"extern", true, Parent, kMay, kPhotoA}, {"extern", false, Parent, kMay, kPhotoA}}
        << child << "exported" << false << "photo_consent_refused" << false;
    QTest::newRow("ja for the photo, nee for it later: hidden")
        << Givens{generalYes(), {"extern", true, Parent, kMay, kPhotoA}, {"extern", false, Parent, kLaterMay, kPhotoA}}
        << child << "exported" << false << "photo_consent_refused" << false;
    QTest::newRow("general consent withdrawn after the photo's ja: hidden")
        << Givens{generalYes(), {"extern", true, Parent, kMay, kPhotoA}, {"extern", false, Parent, kLaterMay, {}}}
        << child << "exported" << false << "withdrawn" << false;
    QTest::newRow("other parent objects in general: the photo's ja is not enough")
        << Givens{{"extern", true, Parent, kSeptember, {}, true}, {"extern", true, Parent, kMay, kPhotoA}}
        << child << "exported" << false << "other_parent_objects" << false;
    QTest::newRow("objection recorded with the photo's answer: hidden")
        << Givens{generalYes(), {"extern", true, Parent, kMay, kPhotoA, true}}
        << child << "exported" << false << "other_parent_objects" << false;
    QTest::newRow("only a ja for the photo, no general consent: hidden")
        << Givens{{"extern", true, Parent, kMay, kPhotoA}} << child << "exported" << false << "no_answer" << false;
    QTest::newRow("ja for the photo in another category: waits")
        << Givens{generalYes(), {"intern", true, Parent, kMay, kPhotoA}} << child << "needs_review" << true << "consent" << true;
    QTest::newRow("16+: a parent's ja for the photo does not count")
        << Givens{{"extern", true, Self, kSeptember, {}}, {"extern", true, Parent, kMay, kPhotoA}}
        << sixteen << "needs_review" << true << "consent" << true;
    QTest::newRow("16+: the pupil's own ja for the photo counts")
        << Givens{{"extern", true, Self, kSeptember, {}}, {"extern", true, Self, kMay, kPhotoA}}
        << sixteen << "exported" << true << "consent" << false;
    QTest::newRow("answer dated after the screening: not yet")
        << Givens{generalYes(), {"extern", true, Parent, kMoment.addDays(3), kPhotoA}} << child << "needs_review"
        << true << "consent" << true;
}

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry;
    qint64 pupil = 0;
};

bool record(Registry &registry, qint64 pupil, const Given &given)
{
    ConsentStatement statement;
    statement.pupilId = pupil;
    statement.category = QString::fromLatin1(given.category);
    statement.granted = given.granted;
    statement.givenBy = given.by;
    statement.date = given.date;
    statement.photoSha256 = given.photo;
    statement.otherParentObjects = given.otherParentObjects;
    statement.source = QStringLiteral("test");
    return bool(registry.recordStatement(statement));
}

// A registry with the per-photo setting on and one pupil (with face-recognition consent, so
// that an automatic match of them counts) holding `givens`.
bool makeFixture(Fixture &fixture, const Givens &givens, const QDate &birthDate)
{
    Result<std::unique_ptr<Registry>> opened = Registry::open(fixture.dir.path());
    if (!opened)
        return false;
    fixture.registry = std::move(*opened);
    SchoolSettings settings;
    settings.websitePerPhotoConsent = true;
    if (!fixture.registry->setSchoolSettings(settings))
        return false;
    fixture.pupil = fixture.registry->addPupil(Pupil{0, QStringLiteral("Daan de Vries"), QStringLiteral("5B"), birthDate, true}).value();
    const StatementGiver recognitionGiver = birthDate.addYears(16) <= kMoment ? Self : Parent;
    if (!record(*fixture.registry, fixture.pupil, {"gezichtsherkenning", true, recognitionGiver, kSeptember, {}}))
        return false;
    for (const Given &given : givens) {
        if (!record(*fixture.registry, fixture.pupil, given))
            return false;
    }
    return true;
}

} // namespace

void TestPhotoConsent::answersDecideThePhoto()
{
    QFETCH(Givens, givens);
    QFETCH(QDate, birthDate);
    QFETCH(QString, status);
    QFETCH(bool, visible);
    QFETCH(QString, reason);
    QFETCH(bool, waiting);

    Fixture fixture;
    QVERIFY(makeFixture(fixture, givens, birthDate));
    const Result<ConsentSnapshot> snapshot = takeConsentSnapshot(*fixture.registry, QStringLiteral("website"), kMoment);
    QVERIFY(snapshot);
    const PhotoVerdict verdict = decidePhoto({matchedFace(fixture.pupil, 100), unknownFace(600)}, cv::Size(2000, 1500),
                                             *snapshot, {}, {}, kPhotoA);

    QCOMPARE(photoStatusCode(verdict.status), status);
    QCOMPARE(verdict.faces.size(), std::size_t(2));
    const ScreenedFace &daan = verdict.faces[0];
    QCOMPARE(daan.decision.visible, visible);
    QCOMPARE(reasonCode(daan.decision.reason), reason);
    QCOMPARE(verdict.pupilsNeedingPhotoConsent.contains(QStringLiteral("Daan de Vries")), waiting);
    QVERIFY(!verdict.faces[1].decision.visible); // the unknown face, whatever Daan's answers
    // A visible pupil on an exported photo carries the photo's own "ja" as its basis.
    if (status == QLatin1String("exported") && visible) {
        QVERIFY(daan.photoBasis);
        QVERIFY(daan.photoBasis->granted);
        QCOMPARE(daan.photoBasis->photoSha256, kPhotoA);
        QVERIFY(daan.basis && daan.basis->photoSha256.isEmpty());
    }
}

void TestPhotoConsent::classPhotoRuleExcludesOnAPhotoRefusal()
{
    Fixture fixture;
    QVERIFY(makeFixture(fixture, {generalYes(), {"extern", false, Parent, kMay, kPhotoA}}, QDate(2016, 3, 1)));
    Channel strict = fixture.registry->channel(QStringLiteral("website")).value();
    strict.rules.excludeOnMissingConsent = true; // a school whose website rule never blurs a pupil in
    QVERIFY(fixture.registry->saveChannel(strict));
    const Result<ConsentSnapshot> snapshot = takeConsentSnapshot(*fixture.registry, QStringLiteral("website"), kMoment);
    QVERIFY(snapshot);
    const PhotoVerdict verdict = decidePhoto({matchedFace(fixture.pupil, 100)}, cv::Size(2000, 1500), *snapshot, {}, {}, kPhotoA);
    QCOMPARE(verdict.status, PhotoStatus::Excluded);
    QCOMPARE(reasonCodes(verdict.reasons), QStringList{QStringLiteral("pupil_without_consent")});
    QCOMPARE(verdict.pupilsWithoutConsent, QStringList{QStringLiteral("Daan de Vries")});
}

void TestPhotoConsent::generalConsentNeverCountsPerPhotoStatements()
{
    // A "nee" for one photo is no withdrawal of the general consent, and a "ja" for one photo
    // is no general consent: the parro channel (no per-photo rule) reads only the form's answers.
    Fixture fixture;
    QVERIFY(makeFixture(fixture, {{"intern", true, Parent, kSeptember, {}}, {"intern", false, Parent, kMay, kPhotoA}},
                        QDate(2016, 3, 1)));
    const Result<ConsentSnapshot> parro = takeConsentSnapshot(*fixture.registry, QStringLiteral("parro"), kMoment);
    QVERIFY(parro);
    QVERIFY(parro->find(fixture.pupil)->allowed);
    QVERIFY(parro->photoConsent.empty());

    QVERIFY(record(*fixture.registry, fixture.pupil, {"extern", true, Parent, kMay, kPhotoB}));
    const Result<ConsentSnapshot> website = takeConsentSnapshot(*fixture.registry, QStringLiteral("website"), kMoment);
    QVERIFY(website);
    QCOMPARE(website->find(fixture.pupil)->reason, Reason::NoAnswer);
    QVERIFY(website->findPhotoConsent(fixture.pupil, kPhotoB.toUpper()) != nullptr);
}

void TestPhotoConsent::storedAnswersKeepTheirPhotoAndAreAudited()
{
    Fixture fixture;
    QVERIFY(makeFixture(fixture, {generalYes(), {"extern", true, Parent, kMay, kPhotoA.toUpper()}}, QDate(2016, 3, 1)));
    const std::vector<ConsentStatement> history = fixture.registry->statementsFor(fixture.pupil).value();
    QCOMPARE(history.size(), std::size_t(3));
    QVERIFY(history[0].photoSha256.isEmpty());
    QCOMPARE(history[2].photoSha256, kPhotoA); // stored in lower case
    const std::vector<AuditEntry> entries = fixture.registry->auditEntries().value();
    QCOMPARE(entries.back().action, QStringLiteral("statement_recorded"));
    QCOMPARE(entries.back().details.value(QStringLiteral("photo_sha256")).toString(), kPhotoA);

    // A photo is named by its full SHA-256: anything else is refused and nothing is stored.
    QVERIFY(!record(*fixture.registry, fixture.pupil, {"extern", true, Parent, kMay, QStringLiteral("abc")}));
    QCOMPARE(fixture.registry->statementsFor(fixture.pupil)->size(), std::size_t(3));
}

QTEST_GUILESS_MAIN(TestPhotoConsent)
#include "tst_photoconsent.moc"
