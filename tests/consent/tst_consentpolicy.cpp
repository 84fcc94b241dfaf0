#include "consent/consentpolicy.h"

#include <QTest>

using namespace bw;

using History = std::vector<ConsentStatement>;
Q_DECLARE_METATYPE(History)
Q_DECLARE_METATYPE(bw::Reason)

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// One statement; ids follow the order of recording, as in the registry.
ConsentStatement st(qint64 id, const char *date, bool granted,
                    StatementGiver by = StatementGiver::Parent, bool objects = false,
                    const char *category = "intern")
{
    ConsentStatement statement;
    statement.id = id;
    statement.pupilId = 1;
    statement.category = QString::fromLatin1(category);
    statement.granted = granted;
    statement.givenBy = by;
    statement.otherParentObjects = objects;
    statement.date = d(date);
    return statement;
}

constexpr auto Parent = StatementGiver::Parent;
constexpr auto Both = StatementGiver::BothParents;
constexpr auto Self = StatementGiver::Pupil;
constexpr bool Ja = true;
constexpr bool Nee = false;

} // namespace

class TestConsentPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void basisIsTheDecidingStatement();
    void perPhotoChannelNeverAllowsOnBlanketConsent();
    void helpers();
};

void TestConsentPolicy::rules_data()
{
    QTest::addColumn<History>("history");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QDate>("moment");
    QTest::addColumn<bool>("schoolYear");
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<Reason>("reason");

    const QDate child = d("2016-05-01");
    const QDate now = d("2026-03-01");
    const QString intern = QStringLiteral("intern");
    using R = Reason;
    auto row = [&](const char *name, History h, QDate birth, QDate moment, bool allowed, R reason,
                   bool schoolYear = false, int startMonth = 8, QString category = QString()) {
        QTest::newRow(name) << h << birth << (category.isNull() ? intern : category) << moment
                            << schoolYear << startMonth << allowed << reason;
    };

    // No answer is no (DOMAIN.md §2).
    row("no statements", {}, child, now, false, R::NoAnswer);
    row("only another category", {st(1, "2025-09-01", Ja, Parent, false, "extern")}, child, now, false, R::NoAnswer);
    row("undated statement does not count", {st(1, "", Ja)}, child, now, false, R::NoAnswer);
    row("category matches in any case", {st(1, "2025-09-01", Ja)}, child, now, true, R::Consent,
        false, 8, QStringLiteral("Intern"));

    // The latest statement wins.
    row("one parent ja", {st(1, "2025-09-01", Ja)}, child, now, true, R::Consent);
    row("one parent nee", {st(1, "2025-09-01", Nee)}, child, now, false, R::Refused);
    row("ja then nee: withdrawn", {st(1, "2025-09-01", Ja), st(2, "2026-01-10", Nee)}, child, now, false, R::Withdrawn);
    row("nee then ja: consent", {st(1, "2025-09-01", Nee), st(2, "2026-01-10", Ja)}, child, now, true, R::Consent);
    row("history out of order", {st(2, "2026-01-10", Nee), st(1, "2025-09-01", Ja)}, child, now, false, R::Withdrawn);

    // On the same date a nee wins, whatever order it was recorded in.
    row("same day nee recorded first", {st(1, "2025-09-01", Nee), st(2, "2025-09-01", Ja)}, child, now, false, R::Refused);
    row("same day ja recorded first", {st(1, "2025-09-01", Ja), st(2, "2025-09-01", Nee)}, child, now, false, R::Refused);
    row("earlier ja, same-day conflict later", {st(1, "2025-09-01", Ja), st(2, "2026-02-01", Ja), st(3, "2026-02-01", Nee)},
        child, now, false, R::Withdrawn);
    row("same day both parents ja and one parent nee", {st(1, "2025-09-01", Ja, Both), st(2, "2025-09-01", Nee)},
        child, now, false, R::Refused);

    // Statements dated in the future do not count yet; the moment's own day does.
    row("only a future ja", {st(1, "2026-03-02", Ja)}, child, now, false, R::NoAnswer);
    row("future withdrawal not yet", {st(1, "2025-09-01", Ja), st(2, "2026-04-01", Nee)}, child, now, true, R::Consent);
    row("withdrawal on the moment's day", {st(1, "2025-09-01", Ja), st(2, "2026-03-01", Nee)}, child, now, false, R::Withdrawn);
    row("consent on the moment's day", {st(1, "2026-03-01", Ja)}, child, now, true, R::Consent);

    // With an objection of the other parent both parents must agree (DOMAIN.md §3).
    row("objection, one parent ja", {st(1, "2025-09-01", Ja, Parent, true)}, child, now, false, R::OtherParentObjects);
    row("objection, later both parents ja", {st(1, "2025-09-01", Ja, Parent, true), st(2, "2025-10-01", Ja, Both)},
        child, now, true, R::Consent);
    row("objection and both parents same day", {st(2, "2025-09-01", Ja, Both), st(1, "2025-09-01", Ja, Parent, true)},
        child, now, true, R::Consent);
    row("objection on a nee stays known", {st(1, "2025-09-01", Nee, Parent, true), st(2, "2025-10-01", Ja)},
        child, now, false, R::OtherParentObjects);
    row("objection after both parents agreed", {st(1, "2025-09-01", Ja, Both), st(2, "2025-10-01", Ja, Parent, true)},
        child, now, false, R::OtherParentObjects);
    row("objection settled, later one parent ja", {st(1, "2025-09-01", Ja, Parent, true), st(2, "2025-10-01", Ja, Both),
        st(3, "2025-11-01", Ja)}, child, now, true, R::Consent);
    row("objection and both parents nee", {st(1, "2025-09-01", Ja, Parent, true), st(2, "2025-10-01", Nee, Both)},
        child, now, false, R::Withdrawn);

    // From the 16th birthday only the pupil's own statement counts; before it only a parent's.
    row("day before 16th birthday, parent ja", {st(1, "2025-09-01", Ja)}, d("2010-03-02"), now, true, R::Consent);
    row("on 16th birthday, parent ja", {st(1, "2025-09-01", Ja)}, d("2010-03-01"), now, false, R::NeedsPupilConsent);
    row("on 16th birthday, own ja", {st(1, "2026-03-01", Ja, Self)}, d("2010-03-01"), now, true, R::Consent);
    row("16+, own nee beats later parent ja", {st(1, "2025-09-01", Nee, Self), st(2, "2026-01-01", Ja)},
        d("2009-01-01"), now, false, R::Refused);
    row("16+, objection of a parent is irrelevant", {st(1, "2025-09-01", Ja, Parent, true), st(2, "2025-10-01", Ja, Self)},
        d("2009-01-01"), now, true, R::Consent);
    row("under 16, only own ja", {st(1, "2025-09-01", Ja, Self)}, child, now, false, R::NeedsParentConsent);
    row("under 16, own nee does not override parent", {st(1, "2025-09-01", Ja), st(2, "2026-01-01", Nee, Self)},
        child, now, true, R::Consent);
    row("unknown birth date counts as under 16", {st(1, "2025-09-01", Ja, Self)}, QDate(), now, false, R::NeedsParentConsent);
    row("unknown birth date, parent ja", {st(1, "2025-09-01", Ja)}, QDate(), now, true, R::Consent);

    // Validity regime "school year it was given in", the school year starting 1 August.
    row("school year: given 31 Jul, asked 1 Aug", {st(1, "2025-07-31", Ja)}, child, d("2025-08-01"), false, R::Expired, true);
    row("school year: given 31 Jul, asked 31 Jul", {st(1, "2025-07-31", Ja)}, child, d("2025-07-31"), true, R::Consent, true);
    row("school year: given 1 Aug, asked next 31 Jul", {st(1, "2025-08-01", Ja)}, child, d("2026-07-31"), true, R::Consent, true);
    row("school year: given 1 Aug, asked next 1 Aug", {st(1, "2025-08-01", Ja)}, child, d("2026-08-01"), false, R::Expired, true);
    row("school year: old nee stays refused", {st(1, "2024-09-01", Nee)}, child, now, false, R::Refused, true);
    row("school year: renewed this year", {st(1, "2024-09-01", Ja), st(2, "2025-09-01", Ja)}, child, now, true, R::Consent, true);
    row("school year starting September", {st(1, "2025-08-15", Ja)}, child, d("2025-09-01"), false, R::Expired, true, 9);
    row("until changed: old ja still holds", {st(1, "2020-09-01", Ja)}, child, now, true, R::Consent);
}

void TestConsentPolicy::rules()
{
    QFETCH(History, history);
    QFETCH(QDate, birthDate);
    QFETCH(QString, category);
    QFETCH(QDate, moment);
    QFETCH(bool, schoolYear);
    QFETCH(int, startMonth);
    QFETCH(bool, allowed);
    QFETCH(Reason, reason);

    SchoolSettings settings;
    settings.validity = schoolYear ? SchoolSettings::Validity::SchoolYear : SchoolSettings::Validity::UntilChanged;
    settings.schoolYearStartMonth = startMonth;
    const ConsentDecision decision = decideConsent(history, birthDate, category, moment, settings);
    QCOMPARE(reasonCode(decision.reason), reasonCode(reason));
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.allowed, decision.reason == Reason::Consent);
}

void TestConsentPolicy::basisIsTheDecidingStatement()
{
    const History history{st(1, "2025-09-01", Ja), st(2, "2026-01-10", Nee), st(3, "2026-02-01", Ja, Both),
                          st(4, "2026-02-01", Ja)};
    const ConsentDecision allowed = decideConsent(history, d("2016-01-01"), QStringLiteral("intern"),
                                                  d("2026-03-01"), {});
    QVERIFY(allowed.allowed);
    QVERIFY(allowed.basis.has_value());
    QCOMPARE(allowed.basis->id, 3); // the both-parents statement is the stronger basis

    const ConsentDecision withdrawn = decideConsent(history, d("2016-01-01"), QStringLiteral("intern"),
                                                    d("2026-01-31"), {});
    QCOMPARE(withdrawn.reason, Reason::Withdrawn);
    QCOMPARE(withdrawn.basis->id, 2);

    QVERIFY(!decideConsent({}, QDate(), QStringLiteral("intern"), d("2026-01-31"), {}).basis.has_value());
}

void TestConsentPolicy::perPhotoChannelNeverAllowsOnBlanketConsent()
{
    Channel website{QStringLiteral("website"), QStringLiteral("extern"), {1920, 85}, {}};
    const History history{st(1, "2025-09-01", Ja, Parent, false, "extern")};
    QVERIFY(decideForChannel(history, QDate(), website, d("2026-01-01"), {}).allowed);

    website.rules.perPhotoConsent = true;
    const ConsentDecision decision = decideForChannel(history, QDate(), website, d("2026-01-01"), {});
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, Reason::NeedsPhotoConsent);
    QCOMPARE(decision.basis->id, 1);

    // A refusal stays a refusal: per-photo consent cannot be asked for a pupil whose parents said no.
    const History refused{st(1, "2025-09-01", Nee, Parent, false, "extern")};
    QCOMPARE(decideForChannel(refused, QDate(), website, d("2026-01-01"), {}).reason, Reason::Refused);
}

void TestConsentPolicy::helpers()
{
    QCOMPARE(schoolYearStart(d("2025-07-31"), 8), d("2024-08-01"));
    QCOMPARE(schoolYearStart(d("2025-08-01"), 8), d("2025-08-01"));
    QCOMPARE(schoolYearStart(d("2026-01-15"), 8), d("2025-08-01"));
    QVERIFY(!isOwnConsentAge(QDate(), d("2090-01-01")));
    QVERIFY(!isOwnConsentAge(d("2010-03-01"), d("2026-02-28")));
    QVERIFY(isOwnConsentAge(d("2010-03-01"), d("2026-03-01")));
}

QTEST_GUILESS_MAIN(TestConsentPolicy)
#include "tst_consentpolicy.moc"
