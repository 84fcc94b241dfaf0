#include "consent/consentcsvimporter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bw;

namespace {

ConsentCsv parse(const QByteArray &bytes, const QHash<QString, QString> &mapping = {})
{
    ConsentCsvImporter importer;
    importer.setHeaderMapping(mapping);
    return importer.parse(bytes, QStringLiteral("ouders.csv"));
}

QString describe(const ConsentCsv &csv)
{
    QStringList lines;
    for (const CsvRowError &error : csv.errors)
        lines.append(QStringLiteral("%1: %2").arg(error.line).arg(error.reason()));
    return lines.join(QLatin1Char('\n'));
}

const ConsentStatement *find(const ConsentCsvRow &row, const char *category)
{
    for (const ConsentStatement &statement : row.statements) {
        if (statement.category == QLatin1String(category))
            return &statement;
    }
    return nullptr;
}

} // namespace

class TestConsentCsvImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void semicolonsWithBomAndCrlf();
    void commasAndQuotedFields();
    void spacesCaseAndDateFormats();
    void emptyAnswersGiveNoStatement();
    void blankAndTrailingLinesAreSkipped();
    void schoolCategoriesAndHeaderMapping();
    void badRows_data();
    void badRows();
    void lineNumbersCountQuotedNewlines();
    void everyBadRowIsReported();
    void readsAFile();
};

void TestConsentCsvImporter::semicolonsWithBomAndCrlf()
{
    const ConsentCsv csv = parse("\xEF\xBB\xBFleerling;groep;geboortedatum;datum;door;bezwaar_andere_ouder;intern;extern;klassenfoto\r\n"
                                 "Daan de Vries;5B;2017-03-14;2025-09-01;ouder;nee;ja;nee;ja\r\n"
                                 "Emma Jansen;5B;;2025-09-02;beide ouders;ja;ja;;\r\n");
    QVERIFY2(csv.isValid(), qPrintable(describe(csv)));
    QCOMPARE(csv.categories, (QStringList{"intern", "extern", "klassenfoto"}));
    QCOMPARE(csv.rows.size(), 2u);
    const ConsentCsvRow &daan = csv.rows[0];
    QCOMPARE(daan.line, 2);
    QCOMPARE(daan.pupil.name, QStringLiteral("Daan de Vries"));
    QCOMPARE(daan.pupil.className, QStringLiteral("5B"));
    QCOMPARE(daan.pupil.birthDate, QDate(2017, 3, 14));
    QCOMPARE(daan.statements.size(), 3u);
    QVERIFY(find(daan, "intern")->granted);
    QVERIFY(!find(daan, "extern")->granted);
    QCOMPARE(find(daan, "klassenfoto")->date, QDate(2025, 9, 1));
    QCOMPARE(find(daan, "intern")->source, QStringLiteral("ouders.csv:2"));
    QCOMPARE(find(daan, "intern")->givenBy, StatementGiver::Parent);

    const ConsentCsvRow &emma = csv.rows[1];
    QVERIFY(!emma.pupil.birthDate.isValid());
    QCOMPARE(emma.statements.size(), 1u);
    QCOMPARE(emma.statements[0].givenBy, StatementGiver::BothParents);
    QVERIFY(emma.statements[0].otherParentObjects);
    QCOMPARE(emma.statements[0].source, QStringLiteral("ouders.csv:3"));
}

void TestConsentCsvImporter::commasAndQuotedFields()
{
    const ConsentCsv csv = parse("leerling,groep,datum,intern\n"
                                 "\"Vries, Daan de\",\"5B\",2025-09-01,ja\n"
                                 "\"Emma \"\"Em\"\" Jansen\",\"groep 5;\n(ochtend)\",2025-09-01,\"nee\"\n"
                                 "Sem,7A,2025-09-01,ja\n");
    QVERIFY2(csv.isValid(), qPrintable(describe(csv)));
    QCOMPARE(csv.rows.size(), 3u);
    QCOMPARE(csv.rows[0].pupil.name, QStringLiteral("Vries, Daan de"));
    QCOMPARE(csv.rows[1].pupil.name, QStringLiteral("Emma \"Em\" Jansen"));
    QCOMPARE(csv.rows[1].pupil.className, QStringLiteral("groep 5;\n(ochtend)"));
    QVERIFY(!csv.rows[1].statements[0].granted);
    QCOMPARE(csv.rows[2].line, 5); // the quoted newline counts as a line of the file
}

void TestConsentCsvImporter::spacesCaseAndDateFormats()
{
    const ConsentCsv csv = parse("  Leerling ; GROEP ;Geboortedatum; Datum ;Door;Intern;Extern;Klassenfoto\n"
                                 "  Daan de Vries  ; 5B ; 14-03-2017 ; 1-9-2025 ; Beide Ouders ; JA ; \" Nee \";Ja\n"
                                 "Lotte;8B;2010-05-20;2026-06-01;LEERLING;nEe;jA;\n");
    QVERIFY2(csv.isValid(), qPrintable(describe(csv)));
    QCOMPARE(csv.categories, (QStringList{"intern", "extern", "klassenfoto"}));
    const ConsentCsvRow &daan = csv.rows[0];
    QCOMPARE(daan.pupil.name, QStringLiteral("Daan de Vries"));
    QCOMPARE(daan.pupil.className, QStringLiteral("5B"));
    QCOMPARE(daan.pupil.birthDate, QDate(2017, 3, 14));
    QCOMPARE(daan.statements.size(), 3u);
    QCOMPARE(find(daan, "intern")->date, QDate(2025, 9, 1));
    QCOMPARE(find(daan, "intern")->givenBy, StatementGiver::BothParents);
    QVERIFY(find(daan, "intern")->granted);
    QVERIFY(!find(daan, "extern")->granted);
    QVERIFY(find(daan, "klassenfoto")->granted);

    const ConsentCsvRow &lotte = csv.rows[1];
    QCOMPARE(lotte.statements.size(), 2u);
    QCOMPARE(lotte.statements[0].givenBy, StatementGiver::Pupil);
    QVERIFY(!find(lotte, "intern")->granted);
    QVERIFY(find(lotte, "extern")->granted);

    QCOMPARE(ConsentCsvImporter::parseDate(QStringLiteral("2025-02-30")), QDate());
    QCOMPARE(ConsentCsvImporter::parseDate(QStringLiteral("31-12-2024")), QDate(2024, 12, 31));
    QCOMPARE(ConsentCsvImporter::parseDate(QStringLiteral("2024/12/31")), QDate());
}

void TestConsentCsvImporter::emptyAnswersGiveNoStatement()
{
    const ConsentCsv csv = parse("leerling;groep;datum;intern;extern\nFatima;4C;;;\n");
    QVERIFY2(csv.isValid(), qPrintable(describe(csv)));
    QCOMPARE(csv.rows.size(), 1u);
    QCOMPARE(csv.rows[0].pupil.name, QStringLiteral("Fatima"));
    QVERIFY(csv.rows[0].statements.empty());
}

void TestConsentCsvImporter::blankAndTrailingLinesAreSkipped()
{
    const ConsentCsv csv = parse("\n\nleerling;datum;intern\n\nDaan;2025-09-01;ja\n  \n;;\nEmma;2025-09-01;nee\n\n\n;;\n\r\n");
    QVERIFY2(csv.isValid(), qPrintable(describe(csv)));
    QCOMPARE(csv.rows.size(), 2u);
    QCOMPARE(csv.rows[0].line, 5);
    QCOMPARE(csv.rows[1].line, 8);
}

void TestConsentCsvImporter::schoolCategoriesAndHeaderMapping()
{
    const QHash<QString, QString> mapping{{QStringLiteral("Naam kind"), QStringLiteral("leerling")},
                                          {QStringLiteral("Foto's intern"), QStringLiteral("intern")},
                                          {QStringLiteral("Datum formulier"), QStringLiteral("datum")}};
    const ConsentCsv csv = parse("Naam kind;Datum formulier;Foto's intern;Sociale Media;Jaarboek\n"
                                 "Daan;2025-09-01;ja;nee;ja\n", mapping);
    QVERIFY2(csv.isValid(), qPrintable(describe(csv)));
    QCOMPARE(csv.categories, (QStringList{"intern", "sociale media", "jaarboek"}));
    QCOMPARE(csv.rows[0].pupil.name, QStringLiteral("Daan"));
    QVERIFY(find(csv.rows[0], "intern")->granted);
    QVERIFY(!find(csv.rows[0], "sociale media")->granted);
    QVERIFY(find(csv.rows[0], "jaarboek")->granted);
}

void TestConsentCsvImporter::badRows_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reasonContains");

    const QByteArray header = "leerling;groep;geboortedatum;datum;door;bezwaar_andere_ouder;intern\n";
    QTest::newRow("answer not ja/nee") << header + "Daan;5B;;2025-09-01;ouder;;misschien\n" << 2 << "misschien";
    QTest::newRow("bad statement date") << header + "Daan;5B;;2025-13-01;ouder;;ja\n" << 2 << "datum";
    QTest::newRow("answers without a date") << header + "Daan;5B;;;ouder;;ja\n" << 2 << "datum";
    QTest::newRow("bad birth date") << header + "Daan;5B;14/03/2017;2025-09-01;ouder;;ja\n" << 2 << "geboortedatum";
    QTest::newRow("empty name") << header + "Daan;5B;;2025-09-01;ouder;;ja\n  ;5B;;2025-09-01;ouder;;ja\n" << 3 << "leerling";
    QTest::newRow("unknown giver") << header + "Daan;5B;;2025-09-01;opa;;ja\n" << 2 << "opa";
    QTest::newRow("bad objection") << header + "Daan;5B;;2025-09-01;ouder;soms;ja\n" << 2 << "bezwaar_andere_ouder";
    QTest::newRow("too many fields") << header + "Daan;5B;;2025-09-01;ouder;;ja;extra\n" << 2 << "fields";
    QTest::newRow("two birth dates") << header + "Daan;5B;2017-03-14;2025-09-01;ouder;;ja\nDaan;5B;2017-03-15;2025-09-02;ouder;;ja\n"
                                     << 3 << "line 2";
    QTest::newRow("stray quote") << header + "Daan;5B;;2025-09-01;ouder;;ja\nEm\"ma;5B;;2025-09-01;ouder;;ja\n" << 3 << "quot";
    QTest::newRow("unclosed quote") << header + "Daan;5B;;2025-09-01;ouder;;ja\n\"Emma;5B;;2025-09-01;ouder;;ja\n" << 3 << "not closed";
    QTest::newRow("no leerling column") << QByteArray("naam;datum;intern\nDaan;2025-09-01;ja\n") << 1 << "leerling";
    QTest::newRow("duplicate column") << QByteArray("leerling;intern;Intern\nDaan;ja;nee\n") << 1 << "twice";
    QTest::newRow("not UTF-8") << header + "Da\xe9n;5B;;2025-09-01;ouder;;ja\n" << 2 << "UTF-8";
    QTest::newRow("empty file") << QByteArray("\n\n") << 1 << "header";
}

void TestConsentCsvImporter::badRows()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, reasonContains);
    const ConsentCsv csv = parse(bytes);
    QVERIFY(!csv.isValid());
    QVERIFY(csv.rows.empty()); // nothing is half-imported
    QCOMPARE(csv.errors.front().line, line);
    QVERIFY2(csv.errors.front().reason().contains(reasonContains, Qt::CaseInsensitive),
             qPrintable(csv.errors.front().reason()));
}

void TestConsentCsvImporter::lineNumbersCountQuotedNewlines()
{
    const ConsentCsv csv = parse("leerling;groep;datum;intern\n"
                                 "Daan;\"5B\n(middag)\n\";2025-09-01;ja\n"
                                 "Emma;5B;2025-09-01;graag\n");
    QCOMPARE(csv.errors.size(), 1u);
    QCOMPARE(csv.errors[0].line, 5);
}

void TestConsentCsvImporter::everyBadRowIsReported()
{
    const ConsentCsv csv = parse("leerling;datum;intern\r\nDaan;2025-09-01;ja\r\nEmma;gisteren;ja\r\n"
                                 "Sem;2025-09-01;ja\r\n;2025-09-01;ja\r\nLotte;2025-09-01;jawel\r\n");
    QCOMPARE(csv.errors.size(), 3u);
    QCOMPARE(csv.errors[0].line, 3);
    QCOMPARE(csv.errors[1].line, 5);
    QCOMPARE(csv.errors[2].line, 6);
    QVERIFY(csv.rows.empty());
}

void TestConsentCsvImporter::readsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("toestemming 2025.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("leerling;datum;intern\nDaan;2025-09-01;ja\n");
    file.close();
    const Result<ConsentCsv> csv = ConsentCsvImporter().parseFile(path);
    QVERIFY(csv.has_value());
    QVERIFY(csv->isValid());
    QCOMPARE(csv->rows[0].statements[0].source, QStringLiteral("toestemming 2025.csv:2"));

    const Result<ConsentCsv> missing = ConsentCsvImporter().parseFile(dir.filePath(QStringLiteral("nope.csv")));
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().code, ErrorCode::FileNotFound);
}

QTEST_GUILESS_MAIN(TestConsentCsvImporter)
#include "tst_consentcsvimporter.moc"
