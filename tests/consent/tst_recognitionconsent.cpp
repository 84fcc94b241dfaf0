// The face-recognition consent question (DOMAIN.md section 8), the retention of reference
// descriptors, the school settings table and the consent form's content.
#include "consent/consentform.h"
#include "consent/recognitionconsent.h"
#include "consent/referenceretention.h"
#include "consent/schoolsettingkeys.h"

#include <QTest>

using namespace bw;

using History = std::vector<ConsentStatement>;
Q_DECLARE_METATYPE(History)

namespace {

ConsentStatement st(qint64 id, QDate date, bool granted, StatementGiver by = StatementGiver::Parent,
                    bool objects = false, const QString &category = QStringLiteral("gezichtsherkenning"))
{
    ConsentStatement statement;
    statement.id = id;
    statement.pupilId = 1;
    statement.category = category;
    statement.granted = granted;
    statement.givenBy = by;
    statement.otherParentObjects = objects;
    statement.date = date;
    return statement;
}

const QDate kMoment(2026, 11, 29);

} // namespace

class TestRecognitionConsent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void isNoPublicationCategory();
    void retention_data();
    void retention();
    void settingsTableRoundTrips();
    void settingsTableRefusesBadValues();
    void formAsksRecognitionApart();
};

void TestRecognitionConsent::rules_data()
{
    QTest::addColumn<History>("history");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    const QDate child(2016, 5, 1);
    const QDate sept(2026, 9, 1);
    QTest::newRow("not filled in is no") << History{} << child << false << "no_answer";
    QTest::newRow("publication consent is not recognition consent")
        << History{st(1, sept, true, StatementGiver::Parent, false, QStringLiteral("intern"))} << child << false
        << "no_answer";
    QTest::newRow("parent says ja") << History{st(1, sept, true)} << child << true << "consent";
    QTest::newRow("nee") << History{st(1, sept, false)} << child << false << "refused";
    QTest::newRow("one parent withdraws later")
        << History{st(1, sept, true, StatementGiver::BothParents), st(2, sept.addDays(20), false)} << child << false
        << "withdrawn";
    QTest::newRow("same-day ja and nee: nee wins")
        << History{st(1, sept, true), st(2, sept, false)} << child << false << "refused";
    QTest::newRow("other parent objects")
        << History{st(1, sept, true, StatementGiver::Parent, true)} << child << false << "other_parent_objects";
    QTest::newRow("both parents settle the objection")
        << History{st(1, sept, true, StatementGiver::Parent, true), st(2, sept.addDays(3), true, StatementGiver::BothParents)}
        << child << true << "consent";
    QTest::newRow("16+: a parent's ja no longer counts")
        << History{st(1, sept, true)} << QDate(2010, 1, 1) << false << "needs_pupil_consent";
    QTest::newRow("16+: the pupil's own ja")
        << History{st(1, sept, true, StatementGiver::Pupil)} << QDate(2010, 1, 1) << true << "consent";
    QTest::newRow("a future statement does not count yet")
        << History{st(1, kMoment.addDays(1), true)} << child << false << "no_answer";
}

void TestRecognitionConsent::rules()
{
    QFETCH(History, history);
    QFETCH(QDate, birthDate);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const Pupil pupil{1, QStringLiteral("Daan"), QStringLiteral("5B"), birthDate, true};
    const ConsentDecision decision = decideRecognitionConsent(pupil, history, kMoment, SchoolSettings{});
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(reasonCode(decision.reason), reason);
}

void TestRecognitionConsent::isNoPublicationCategory()
{
    QVERIFY(isRecognitionCategory(QStringLiteral("gezichtsherkenning")));
    QVERIFY(isRecognitionCategory(QStringLiteral(" Gezichtsherkenning ")));
    QVERIFY(!isRecognitionCategory(QStringLiteral("intern")));
    // Validity by school year applies to it as to any question.
    SchoolSettings settings;
    settings.validity = SchoolSettings::Validity::SchoolYear;
    const History lastYear{st(1, QDate(2026, 6, 1), true)};
    Pupil pupil{1, QStringLiteral("Daan"), QStringLiteral("5B"), {}, true};
    QCOMPARE(decideRecognitionConsent(pupil, lastYear, kMoment, settings).reason, Reason::Expired);
    // A pupil who left is never recognised, whatever the history says.
    pupil.active = false;
    const History yes{st(1, QDate(2026, 9, 1), true)};
    QCOMPARE(decideRecognitionConsent(pupil, yes, kMoment, SchoolSettings{}).reason, Reason::PupilInactive);
}

void TestRecognitionConsent::retention_data()
{
    QTest::addColumn<QDate>("added");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expiry");
    // The school year (from 1 August) plus the summer holiday: gone on 1 September after it.
    QTest::newRow("start of the school year") << QDate(2026, 8, 1) << 0 << QDate(2027, 9, 1);
    QTest::newRow("in the autumn") << QDate(2026, 11, 29) << 0 << QDate(2027, 9, 1);
    QTest::newRow("just before the summer") << QDate(2027, 7, 10) << 0 << QDate(2027, 9, 1);
    QTest::newRow("in the summer holiday") << QDate(2026, 7, 20) << 0 << QDate(2026, 9, 1);
    QTest::newRow("six months") << QDate(2026, 11, 29) << 6 << QDate(2027, 5, 29);
    QTest::newRow("no date has expired") << QDate() << 0 << QDate();
}

void TestRecognitionConsent::retention()
{
    QFETCH(QDate, added);
    QFETCH(int, months);
    QFETCH(QDate, expiry);
    SchoolSettings settings;
    settings.referenceRetentionMonths = months;
    QCOMPARE(referenceExpiry(added, settings), expiry);
    if (expiry.isValid()) {
        QVERIFY(!isReferenceExpired(added, expiry.addDays(-1), settings));
        QVERIFY(isReferenceExpired(added, expiry, settings));
    } else {
        QVERIFY(isReferenceExpired(added, kMoment, settings));
    }
}

void TestRecognitionConsent::settingsTableRoundTrips()
{
    SchoolSettings settings;
    settings.schoolName = QStringLiteral("De Regenboog");
    settings.validity = SchoolSettings::Validity::SchoolYear;
    settings.websitePerPhotoConsent = true;
    settings.schoolYearStartMonth = 9;
    settings.referenceRetentionMonths = 10;
    SchoolSettings copy;
    QStringList keys;
    for (const SchoolSettingKey &key : schoolSettingKeys()) {
        keys << key.key;
        QVERIFY2(key.parse(copy, key.text(settings)), qPrintable(key.key));
        QVERIFY(!key.description.isEmpty());
        QCOMPARE(findSchoolSettingKey(key.key), &key);
    }
    QCOMPARE(copy, settings);
    QVERIFY(keys.contains(QStringLiteral("website_per_photo_consent")));
    QVERIFY(keys.contains(QStringLiteral("reference_retention")));
    QCOMPARE(findSchoolSettingKey(QStringLiteral("website_per_photo_consent"))->text(settings), QStringLiteral("ja"));
    QCOMPARE(findSchoolSettingKey(QStringLiteral("reference_retention"))->text(SchoolSettings{}),
             QStringLiteral("school_year"));
    QVERIFY(findSchoolSettingKey(QStringLiteral("nope")) == nullptr);
    // Registries written before this table stored yes/no as 1/0.
    QVERIFY(findSchoolSettingKey(QStringLiteral("website_per_photo_consent"))->parse(copy, QStringLiteral("0")));
    QVERIFY(!copy.websitePerPhotoConsent);
}

void TestRecognitionConsent::settingsTableRefusesBadValues()
{
    SchoolSettings settings;
    const auto refuse = [&](const char *key, const char *value) {
        const Result<void> parsed = findSchoolSettingKey(QString::fromLatin1(key))->parse(settings, QString::fromLatin1(value));
        return !parsed && parsed.error().message.contains(QString::fromLatin1(key));
    };
    QVERIFY(refuse("website_per_photo_consent", "misschien"));
    QVERIFY(refuse("reference_retention", "0"));
    QVERIFY(refuse("reference_retention", "37"));
    QVERIFY(refuse("school_year_start_month", "13"));
    QVERIFY(refuse("validity", "forever"));
    QCOMPARE(settings, SchoolSettings{});
}

void TestRecognitionConsent::formAsksRecognitionApart()
{
    const std::vector<Pupil> pupils{{1, QStringLiteral("Daan de Vries"), QStringLiteral("5B"), QDate(2017, 3, 14), true},
                                    {2, QStringLiteral("Lotte Visser"), QStringLiteral("8B"), QDate(2010, 5, 20), true},
                                    {3, QStringLiteral("Oud Leerling"), QStringLiteral("5B"), {}, false}};
    const QStringList categories{QStringLiteral("intern"), QStringLiteral("extern"), QStringLiteral("klassenfoto"),
                                 QStringLiteral("gezichtsherkenning"), QStringLiteral("jaarboek")};
    const ConsentForm all = consentForm(pupils, categories, SchoolSettings{}, kMoment);
    QCOMPARE(all.pupils, 2); // the pupil who left gets no form
    QVERIFY(all.html.contains(QStringLiteral("Daan de Vries")));
    QVERIFY(!all.html.contains(QStringLiteral("Oud Leerling")));
    QVERIFY(all.html.contains(QStringLiteral("jaarboek")));
    QVERIFY(all.html.contains(QStringLiteral("automatisch herkennen met een pasfoto")));
    QCOMPARE(all.html.count(QStringLiteral("Apart: automatische gezichtsherkenning")), 2);
    // Lotte is 16: she answers herself.
    QCOMPARE(all.html.count(QStringLiteral("16 jaar of ouder en beslist zelf")), 1);
    const ConsentForm group = consentForm(pupils, categories, SchoolSettings{}, kMoment, QStringLiteral("5B"));
    QCOMPARE(group.pupils, 1);
    QVERIFY(group.title.contains(QStringLiteral("5B")));
    QCOMPARE(consentForm(pupils, categories, SchoolSettings{}, kMoment, QStringLiteral("9Z")).pupils, 0);
}

QTEST_GUILESS_MAIN(TestRecognitionConsent)
#include "tst_recognitionconsent.moc"
