// Requests for consent for one photo: codes, the registry's requests and answers (same rules
// as every statement, refused answers change nothing), expiry as "nee", the letter's words
// and the overview.
#include "requests/requestcode.h"
#include "requests/requestletter.h"
#include "requests/requestoverview.h"
#include "screening/screeningpolicy.h"
#include "storage/registry.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;

namespace {

const QString kPhoto = QString(64, QLatin1Char('d'));
const QDate kAsked(2026, 5, 1);

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry;
    qint64 daan = 0;    // 10 years old: a parent answers
    qint64 eva = 0;     // 17: answers herself
};

bool addStatement(Registry &registry, qint64 pupil, const char *category, StatementGiver by)
{
    ConsentStatement statement;
    statement.pupilId = pupil;
    statement.category = QString::fromLatin1(category);
    statement.granted = true;
    statement.givenBy = by;
    statement.date = QDate(2025, 9, 1);
    return bool(registry.recordStatement(statement));
}

bool makeFixture(Fixture &fixture)
{
    Result<std::unique_ptr<Registry>> opened = Registry::open(fixture.dir.path());
    if (!opened)
        return false;
    fixture.registry = std::move(*opened);
    SchoolSettings settings;
    settings.websitePerPhotoConsent = true;
    if (!fixture.registry->setSchoolSettings(settings))
        return false;
    fixture.daan = fixture.registry->addPupil(Pupil{0, QStringLiteral("Daan de Vries"), QStringLiteral("5B"), QDate(2016, 3, 1), true}).value();
    fixture.eva = fixture.registry->addPupil(Pupil{0, QStringLiteral("Eva Jansen"), QStringLiteral("H5"), QDate(2009, 2, 1), true}).value();
    return addStatement(*fixture.registry, fixture.daan, "extern", StatementGiver::Parent)
        && addStatement(*fixture.registry, fixture.daan, "gezichtsherkenning", StatementGiver::Parent)
        && addStatement(*fixture.registry, fixture.eva, "extern", StatementGiver::Pupil);
}

PhotoRequest request(const QString &code, qint64 pupil, const QDate &expires = kAsked.addDays(30))
{
    PhotoRequest made;
    made.code = code;
    made.pupilId = pupil;
    made.photoSha256 = kPhoto;
    made.photoPath = QStringLiteral("uitje/IMG_0001.jpg");
    made.channel = QStringLiteral("website");
    made.category = QStringLiteral("extern");
    made.createdAt = kAsked.startOfDay();
    made.expiresOn = expires;
    return made;
}

PhotoAnswer answer(const QString &code, bool granted, const QDate &date = kAsked.addDays(3),
                   StatementGiver by = StatementGiver::Parent)
{
    return PhotoAnswer{code, granted, by, date};
}

} // namespace

class TestPhotoRequests : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void codesAreShortAndUnambiguous();
    void anAnswerBecomesAStatementForThePhoto();
    void refusedAnswersChangeNothing_data();
    void refusedAnswersChangeNothing();
    void anExpiredRequestCountsAsNo();
    void aChangedAnswerIsAppendedAndWins();
    void letterSaysWhereWhatAndUntilWhen();
    void overviewListsEveryRequest();
};

void TestPhotoRequests::codesAreShortAndUnambiguous()
{
    QSet<QString> codes;
    for (int i = 0; i < 500; ++i) {
        const QString code = makeRequestCode();
        QVERIFY2(isRequestCode(code), qPrintable(code));
        for (QChar lookAlike : QStringLiteral("0O1IL5S2Z8B"))
            QVERIFY2(!code.contains(lookAlike), qPrintable(code));
        codes.insert(code);
    }
    QVERIFY(codes.size() > 495);
    QCOMPARE(PhotoRequests::normalisedCode(QStringLiteral(" k7qm3xhp ")), QStringLiteral("K7QM-3XHP"));
    QCOMPARE(PhotoRequests::normalisedCode(QStringLiteral("k7qm-3xhp")), QStringLiteral("K7QM-3XHP"));
    QVERIFY(!isRequestCode(QStringLiteral("K7QM3XHP")));
}

void TestPhotoRequests::anAnswerBecomesAStatementForThePhoto()
{
    Fixture fixture;
    QVERIFY(makeFixture(fixture));
    QVERIFY(fixture.registry->photoRequests().add(request(QStringLiteral("K7QM-3XHP"), fixture.daan)));
    const Result<ConsentStatement> recorded =
        fixture.registry->answerPhotoRequest(answer(QStringLiteral("k7qm3xhp"), true), kAsked.addDays(5));
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
    QCOMPARE(recorded->photoSha256, kPhoto);
    QCOMPARE(recorded->category, QStringLiteral("extern"));
    QCOMPARE(recorded->source, QStringLiteral("verzoek K7QM-3XHP"));

    const PhotoRequest stored = fixture.registry->photoRequests().find(QStringLiteral("K7QM-3XHP"))->value();
    QCOMPARE(stored.statementId, std::optional<qint64>(recorded->id));
    QCOMPARE(stored.answer, std::optional<bool>(true));
    QCOMPARE(photoRequestStatus(stored, kAsked.addDays(90)), QStringLiteral("ja")); // answered: never expires
    const ConsentStatement last = fixture.registry->statementsFor(fixture.daan)->back();
    QCOMPARE(last.id, recorded->id);
    QCOMPARE(last.photoSha256, kPhoto);
    QVERIFY(last.granted);

    const std::vector<AuditEntry> audit = *fixture.registry->auditEntries();
    QCOMPARE(audit[audit.size() - 2].action, QStringLiteral("statement_recorded"));
    QCOMPARE(audit.back().action, QStringLiteral("photo_request_answered"));
    QVERIFY(fixture.registry->verifyAudit()->intact);
}

void TestPhotoRequests::refusedAnswersChangeNothing_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("forEva");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("giver");
    QTest::addColumn<QString>("message");

    const int parent = int(StatementGiver::Parent);
    const int pupil = int(StatementGiver::Pupil);
    QTest::newRow("unknown code") << "XXXX-YYYY" << false << kAsked.addDays(2) << parent << "no request with code XXXX-YYYY";
    QTest::newRow("answered already") << "ANSW-ERED" << false << kAsked.addDays(2) << parent << "already been answered";
    QTest::newRow("after the last day") << "KORT-KORT" << false << kAsked.addDays(5) << parent << "expired after 2026-05-03";
    QTest::newRow("before the request") << "K7QM-3XHP" << false << kAsked.addDays(-1) << parent << "cannot be dated 2026-04-30";
    QTest::newRow("in the future") << "K7QM-3XHP" << false << kAsked.addDays(11) << parent << "cannot be dated 2026-05-12";
    QTest::newRow("a parent for a pupil of 17") << "EVA4-EVA4" << true << kAsked.addDays(2) << parent << "Eva Jansen is 16 or older";
    QTest::newRow("a pupil of 10 for themself") << "K7QM-3XHP" << false << kAsked.addDays(2) << pupil << "Daan de Vries is under 16";
}

void TestPhotoRequests::refusedAnswersChangeNothing()
{
    QFETCH(QString, code);
    QFETCH(bool, forEva);
    QFETCH(QDate, date);
    QFETCH(int, giver);
    QFETCH(QString, message);

    Fixture fixture;
    QVERIFY(makeFixture(fixture));
    PhotoRequests requests = fixture.registry->photoRequests();
    QVERIFY(requests.add(request(QStringLiteral("K7QM-3XHP"), fixture.daan)));
    QVERIFY(requests.add(request(QStringLiteral("EVA4-EVA4"), fixture.eva)));
    QVERIFY(requests.add(request(QStringLiteral("ANSW-ERED"), fixture.daan)));
    QVERIFY(requests.add(request(QStringLiteral("KORT-KORT"), fixture.daan, kAsked.addDays(2))));
    QVERIFY(fixture.registry->answerPhotoRequest(answer(QStringLiteral("ANSW-ERED"), true), kAsked.addDays(10)));
    const std::size_t statements = fixture.registry->statementsFor(forEva ? fixture.eva : fixture.daan)->size();
    const std::size_t entries = fixture.registry->auditEntries()->size();

    const Result<ConsentStatement> refused = fixture.registry->answerPhotoRequest(
        answer(code, false, date, StatementGiver(giver)), kAsked.addDays(10));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
    QCOMPARE(fixture.registry->statementsFor(forEva ? fixture.eva : fixture.daan)->size(), statements);
    QCOMPARE(fixture.registry->auditEntries()->size(), entries);
    const std::optional<PhotoRequest> after = requests.find(code).value();
    if (after && code != QLatin1String("ANSW-ERED"))
        QVERIFY(!after->statementId);
}

void TestPhotoRequests::anExpiredRequestCountsAsNo()
{
    Fixture fixture;
    QVERIFY(makeFixture(fixture));
    QVERIFY(fixture.registry->photoRequests().add(request(QStringLiteral("K7QM-3XHP"), fixture.daan, QDate(2026, 5, 31))));
    DetectedFace daan;
    daan.box.rect = cv::Rect2f(100, 100, 80, 96);
    daan.box.score = 0.9f;
    daan.match.status = MatchStatus::Matched;
    daan.match.pupilId = fixture.daan;
    daan.match.distance = 0.3;
    const auto verdictOn = [&](const QDate &moment) {
        const ConsentSnapshot snapshot = takeConsentSnapshot(*fixture.registry, QStringLiteral("website"), moment).value();
        return decidePhoto({daan}, cv::Size(1000, 800), snapshot, {}, {}, kPhoto);
    };
    const PhotoVerdict open = verdictOn(QDate(2026, 5, 31)); // the last day: still waiting
    QCOMPARE(open.status, PhotoStatus::NeedsReview);
    QCOMPARE(open.pupilsNeedingPhotoConsent, QStringList{QStringLiteral("Daan de Vries")});

    const PhotoVerdict expired = verdictOn(QDate(2026, 6, 1));
    QCOMPARE(expired.status, PhotoStatus::Exported);
    QVERIFY(!expired.faces[0].decision.visible);
    QCOMPARE(expired.faces[0].decision.reason, Reason::PhotoRequestExpired);
    QVERIFY(expired.pupilsNeedingPhotoConsent.isEmpty());
}

void TestPhotoRequests::aChangedAnswerIsAppendedAndWins()
{
    Fixture fixture;
    QVERIFY(makeFixture(fixture));
    Registry &registry = *fixture.registry;
    QVERIFY(registry.photoRequests().add(request(QStringLiteral("K7QM-3XHP"), fixture.daan)));
    const QDate today = kAsked.addDays(60); // long after the request's last day: a change still counts
    // Not answered yet: nothing to change.
    const Result<ConsentStatement> early = registry.changePhotoAnswer(answer(QStringLiteral("K7QM-3XHP"), false), today);
    QVERIFY(!early);
    QVERIFY2(early.error().message.contains(QStringLiteral("has not been answered yet")), qPrintable(early.error().message));

    QVERIFY(registry.answerPhotoRequest(answer(QStringLiteral("K7QM-3XHP"), true, kAsked.addDays(3)), today));
    const auto visibleOn = [&](const QDate &moment) {
        const ConsentSnapshot snapshot = takeConsentSnapshot(registry, QStringLiteral("website"), moment).value();
        const ConsentDecision *decision = snapshot.findPhotoConsent(fixture.daan, kPhoto);
        return decision != nullptr && decision->allowed;
    };
    QVERIFY(visibleOn(kAsked.addDays(10)));
    const std::size_t statements = registry.statementsFor(fixture.daan)->size();

    // A change dated before the answer, or a "ja" on the day of a "nee", is refused.
    const Result<ConsentStatement> before = registry.changePhotoAnswer(answer(QStringLiteral("K7QM-3XHP"), false, kAsked.addDays(2)), today);
    QVERIFY(!before);
    QVERIFY2(before.error().message.contains(QStringLiteral("last answered on 2026-05-04")), qPrintable(before.error().message));

    // The parent now says nee: appended, the first answer stays in the history; the next
    // screening hides Daan on this photo; the request shows the answer as it stands.
    const Result<ConsentStatement> changed = registry.changePhotoAnswer(answer(QStringLiteral("k7qm-3xhp"), false, kAsked.addDays(20)), today);
    QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));
    QCOMPARE(changed->source, QStringLiteral("verzoek K7QM-3XHP, gewijzigd"));
    QCOMPARE(changed->photoSha256, kPhoto);
    QCOMPARE(registry.statementsFor(fixture.daan)->size(), statements + 1);
    QVERIFY(registry.statementsFor(fixture.daan)->at(statements - 1).granted); // the "ja" is kept
    QVERIFY(visibleOn(kAsked.addDays(19)));  // before the change: still the "ja"
    QVERIFY(!visibleOn(kAsked.addDays(20)));
    const PhotoRequest stored = registry.photoRequests().find(QStringLiteral("K7QM-3XHP"))->value();
    QCOMPARE(stored.answer, std::optional<bool>(false));
    QCOMPARE(stored.answeredOn, kAsked.addDays(20));
    QCOMPARE(registry.auditEntries()->back().action, QStringLiteral("photo_request_changed"));
    QVERIFY(registry.verifyAudit()->intact);

    const Result<ConsentStatement> sameDay = registry.changePhotoAnswer(answer(QStringLiteral("K7QM-3XHP"), true, kAsked.addDays(20)), today);
    QVERIFY(!sameDay);
    QCOMPARE(registry.statementsFor(fixture.daan)->size(), statements + 1);
    QVERIFY(registry.changePhotoAnswer(answer(QStringLiteral("K7QM-3XHP"), true, kAsked.addDays(21)), today));
    QVERIFY(visibleOn(kAsked.addDays(21)));
}

void TestPhotoRequests::letterSaysWhereWhatAndUntilWhen()
{
    const Channel website{QStringLiteral("website"), QStringLiteral("extern"), ExportProfile{1920, 85}, ChannelRules{}};
    const Pupil daan{7, QStringLiteral("Daan de Vries"), QStringLiteral("5B"), QDate(2016, 3, 1), true};
    const cv::Mat picture(300, 400, CV_8UC3, cv::Scalar(40, 120, 40));
    const auto letterFor = [&](const Pupil &pupil, const QString &code, const cv::Mat &photo, bool ownAge,
                               const QString &school = {}) {
        return requestLetter(RequestLetterFacts{{pupil}, website, school, kAsked, ownAge},
                             {LetterItem{request(code, pupil.id), pupil, photo}});
    };
    const DocumentContent letter = letterFor(daan, QStringLiteral("K7QM-3XHP"), picture, false, QStringLiteral("De Regenboog"));
    for (const QString &words : {QStringLiteral("Beste ouder of verzorger van Daan de Vries (groep 5B)"),
                                 QStringLiteral("de openbare website van de school"), QStringLiteral("K7QM-3XHP"),
                                 QStringLiteral("uiterlijk 31-5-2026"), QStringLiteral("De Regenboog"),
                                 QStringLiteral("alleen Daan de Vries herkenbaar")})
        QVERIFY2(letter.html.contains(words), qPrintable(words));
    QVERIFY(!letter.html.contains(QStringLiteral("IMG_0001"))); // the letter names no file
    QCOMPARE(letter.images.size(), std::size_t(1));
    QCOMPARE(letter.images.at(QStringLiteral("foto1")).size(), picture.size());
    QVERIFY(letter.html.contains(QStringLiteral("width=\"400\" height=\"300\""))); // small: as it is
    // The export-size picture stays whole in the letter; shown, it fits an A4 page's text width.
    const DocumentContent wide = letterFor(daan, QStringLiteral("K7QM-3XHP"), cv::Mat(1080, 1920, CV_8UC3, cv::Scalar::all(90)), false);
    QVERIFY(wide.html.contains(QStringLiteral("width=\"640\" height=\"360\"")));
    QCOMPARE(wide.images.at(QStringLiteral("foto1")).cols, 1920);

    const Pupil eva{8, QStringLiteral("Eva Jansen"), QStringLiteral("H5"), QDate(2009, 2, 1), true};
    const DocumentContent toEva = letterFor(eva, QStringLiteral("EVA4-EVA4"), picture, true);
    QVERIFY(toEva.html.contains(QStringLiteral("Beste Eva Jansen,")));
    QVERIFY(toEva.html.contains(QStringLiteral("beslist Eva Jansen dit zelf")));

    // Two photos in one letter: each with its own question, code and picture.
    const DocumentContent two = requestLetter(
        RequestLetterFacts{{daan}, website, {}, kAsked, false},
        {LetterItem{request(QStringLiteral("K7QM-3XHP"), 7), daan, picture},
         LetterItem{request(QStringLiteral("WX9A-4CDE"), 7), daan, picture}});
    QCOMPARE(two.images.size(), std::size_t(2));
    QVERIFY(two.html.contains(QStringLiteral("Foto 2 van 2: Daan de Vries")));
    QCOMPARE(two.html.count(QStringLiteral("Handtekening")), 2);
    QVERIFY(two.html.contains(QStringLiteral("K7QM-3XHP")) && two.html.contains(QStringLiteral("WX9A-4CDE")));
}

void TestPhotoRequests::overviewListsEveryRequest()
{
    const Pupil daan{7, QStringLiteral("Daan de Vries"), QStringLiteral("5B"), {}, true};
    PhotoRequest answered = request(QStringLiteral("ANSW-ERED"), 7);
    answered.statementId = 12;
    answered.answer = false;
    answered.photoPath = QStringLiteral("uitje;dag 2/IMG_0002.jpg");
    const QByteArray csv = requestOverviewCsv(
        {{request(QStringLiteral("K7QM-3XHP"), 7), daan, QStringLiteral("K7QM-3XHP")}, {answered, daan, {}},
         {request(QStringLiteral("OUD4-OUD4"), 7, QDate(2026, 5, 2)), daan, {}}},
        QDate(2026, 5, 10));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("code;leerling;groep;foto;status;verloopt_op;brief"));
    QCOMPARE(lines[1], QStringLiteral("K7QM-3XHP;Daan de Vries;5B;uitje/IMG_0001.jpg;open;2026-05-31;K7QM-3XHP.pdf"));
    QCOMPARE(lines[2], QStringLiteral("ANSW-ERED;Daan de Vries;5B;\"uitje;dag 2/IMG_0002.jpg\";nee;2026-05-31;"));
    QVERIFY(lines[3].contains(QStringLiteral(";verlopen;")));
}

QTEST_GUILESS_MAIN(TestPhotoRequests)
#include "tst_photorequests.moc"
