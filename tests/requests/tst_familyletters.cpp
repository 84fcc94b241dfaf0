// Siblings in one letter: the consent CSV's optional column `gezin` (a family code the school
// chooses) is stored on the pupil, and the requests of one family go in one letter, while a
// pupil of 16 or older and a pupil of another family get letters of their own.
#include "consent/consentcsvimporter.h"
#include "requests/requestletters.h"
#include "storage/registry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bw;

namespace {

const QDate kToday(2026, 5, 1);

MadeRequest madeFor(const Pupil &pupil, const QString &code)
{
    PhotoRequest request;
    request.code = code;
    request.pupilId = pupil.id;
    return MadeRequest{request, pupil, 0, false};
}

// Each group as "code code ...".
QStringList groupCodes(const std::vector<PhotoRequestSet> &sets)
{
    QStringList groups;
    for (const std::vector<RequestRef> &group : letterGroups(sets, kToday)) {
        QStringList codes;
        for (const RequestRef &ref : group)
            codes << sets[ref.set].requests[ref.request].request.code;
        groups << codes.join(QLatin1Char(' '));
    }
    return groups;
}

} // namespace

class TestFamilyLetters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvFamilyColumnIsStoredOnThePupil();
    void oneLetterPerFamily();
};

void TestFamilyLetters::csvFamilyColumnIsStoredOnThePupil()
{
    const QByteArray csv = "leerling;groep;gezin;datum;extern\n"
                           "Daan de Vries;5B;de Vries;2025-09-01;ja\n"
                           "Sanne de Vries;3A;de Vries;2025-09-01;ja\n"
                           "Tim Bakker;5B;;2025-09-01;nee\n";
    const ConsentCsv parsed = ConsentCsvImporter().parse(csv, QStringLiteral("toestemming.csv"));
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.categories, QStringList{QStringLiteral("extern")}); // gezin is no consent question
    QCOMPARE(parsed.rows[0].pupil.family, QStringLiteral("de Vries"));
    QCOMPARE(parsed.rows[2].pupil.family, QString());

    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = std::move(Registry::open(dir.path()).value());
    QVERIFY(registry->importConsentCsv(parsed));
    QCOMPARE(registry->pupilByName(QStringLiteral("Sanne de Vries"))->value().family, QStringLiteral("de Vries"));
    QCOMPARE(registry->pupilByName(QStringLiteral("Tim Bakker"))->value().family, QString());
    // A later file without the column keeps the family; the consent screen can change it.
    const ConsentCsv later = ConsentCsvImporter().parse("leerling;datum;extern\nDaan de Vries;2026-01-10;nee\n",
                                                        QStringLiteral("later.csv"));
    QVERIFY(registry->importConsentCsv(later));
    Pupil daan = registry->pupilByName(QStringLiteral("Daan de Vries"))->value();
    QCOMPARE(daan.family, QStringLiteral("de Vries"));
    daan.family = QStringLiteral("Vries-Jansen");
    QVERIFY(registry->updatePupil(daan));
    QCOMPARE(registry->pupil(daan.id)->family, QStringLiteral("Vries-Jansen"));
    QCOMPARE(registry->auditEntries()->back().details[QStringLiteral("family")].toString(), QStringLiteral("Vries-Jansen"));
}

void TestFamilyLetters::oneLetterPerFamily()
{
    const Pupil daan{1, QStringLiteral("Daan de Vries"), QStringLiteral("5B"), QDate(2016, 3, 1), true, QStringLiteral("devries")};
    const Pupil sanne{2, QStringLiteral("Sanne de Vries"), QStringLiteral("3A"), QDate(2018, 6, 1), true, QStringLiteral("devries")};
    const Pupil eva{3, QStringLiteral("Eva de Vries"), QStringLiteral("H5"), QDate(2009, 2, 1), true, QStringLiteral("devries")};
    const Pupil tim{4, QStringLiteral("Tim Bakker"), QStringLiteral("5B"), QDate(2016, 1, 1), true};
    // Photo 1: Daan, Tim and Eva; photo 2: Sanne and Daan again.
    std::vector<PhotoRequestSet> sets(2);
    sets[0].requests = {madeFor(daan, QStringLiteral("AAAA-1111")), madeFor(tim, QStringLiteral("TTTT-1111")),
                        madeFor(eva, QStringLiteral("EEEE-1111"))};
    sets[1].requests = {madeFor(sanne, QStringLiteral("SSSS-2222")), madeFor(daan, QStringLiteral("AAAA-2222"))};
    // Daan and Sanne (under 16) share their parents' letter; Eva (17) answers herself; Tim's
    // family is another.
    QCOMPARE(groupCodes(sets), (QStringList{QStringLiteral("AAAA-1111 SSSS-2222 AAAA-2222"), QStringLiteral("TTTT-1111"),
                                            QStringLiteral("EEEE-1111")}));
}

QTEST_GUILESS_MAIN(TestFamilyLetters)
#include "tst_familyletters.moc"
