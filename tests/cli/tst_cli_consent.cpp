// beeldwacht-cli settings, consent form and refs list, end to end on a real registry: the
// school settings table, the printable consent form (checked with pdftotext) and the
// per-pupil overview of face-recognition consent.
#include "clisupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using bw::test::CliRun;
using bw::test::pdfText;
using bw::test::runCli;

class TestCliConsent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void settingsShowsAndSetsTypedValues();
    void consentFormIsAPrintableDutchPdf();
    void refsListShowsRecognitionPerPupil();

private:

    QTemporaryDir m_dir;
    QString m_data;
};

void TestCliConsent::initTestCase()
{
    m_data = m_dir.filePath(QStringLiteral("data"));
    const CliRun imported = runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("import"), QStringLiteral(BW_SAMPLE_CSV)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestCliConsent::settingsShowsAndSetsTypedValues()
{
    const CliRun all = runCli(m_data, {QStringLiteral("settings")});
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(all.out.contains(QStringLiteral("reference_retention = school_year\t(school_year|1..36 (months))")),
             qPrintable(all.out));
    QVERIFY(all.out.contains(QStringLiteral("website_per_photo_consent = nee\t(ja|nee)")));
    QVERIFY(all.out.contains(QStringLiteral("validity = until_changed")));

    const CliRun set = runCli(m_data, {QStringLiteral("settings"), QStringLiteral("website_per_photo_consent"), QStringLiteral("ja")});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.out, QStringLiteral("website_per_photo_consent = ja\n"));
    const CliRun channels = runCli(m_data, {QStringLiteral("channels")});
    QVERIFY2(channels.out.contains(QStringLiteral("website\textern\tlong side 1920 px, JPEG q85\tper_photo_consent")),
             qPrintable(channels.out));
    QCOMPARE(runCli(m_data, {QStringLiteral("settings"), QStringLiteral("reference_retention"), QStringLiteral("6")}).out,
             QStringLiteral("reference_retention = 6\n"));
    QCOMPARE(runCli(m_data, {QStringLiteral("settings"), QStringLiteral("reference_retention")}).out,
             QStringLiteral("reference_retention = 6\n"));
    QCOMPARE(runCli(m_data, {QStringLiteral("settings"), QStringLiteral("school_name"), QStringLiteral("OBS De Regenboog")}).exitCode, 0);

    const CliRun bad = runCli(m_data, {QStringLiteral("settings"), QStringLiteral("reference_retention"), QStringLiteral("altijd")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("reference_retention accepts school_year|1..36")), qPrintable(bad.err));
    // The recognition strictness is a school setting too, kept by the registry apart.
    QVERIFY(all.out.contains(QStringLiteral("strictness = normal\t(normal|strict|very-strict)")));
    QCOMPARE(runCli(m_data, {QStringLiteral("settings"), QStringLiteral("strictness"), QStringLiteral("strict")}).out,
             QStringLiteral("strictness = strict\n"));
    QCOMPARE(runCli(m_data, {QStringLiteral("settings"), QStringLiteral("strictness"), QStringLiteral("lax")}).exitCode, 1);
    const CliRun unknown = runCli(m_data, {QStringLiteral("settings"), QStringLiteral("kleur")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("no school setting 'kleur'")));
    QCOMPARE(runCli(m_data, {QStringLiteral("settings"), QStringLiteral("reference_retention")}).out,
             QStringLiteral("reference_retention = 6\n"));
}

void TestCliConsent::consentFormIsAPrintableDutchPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is missing; installer/setup installs it");
    const QString pdf = m_dir.filePath(QStringLiteral("formulier-5B.pdf"));
    const CliRun run = runCli(m_data, {QStringLiteral("consent"), QStringLiteral("form"), QStringLiteral("--out"), pdf,
                                       QStringLiteral("--class"), QStringLiteral("5B")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("consent forms for 3 pupils written to %1\n").arg(pdf));

    const QString text = pdfText(pdf, {QStringLiteral("-layout")});
    QVERIFY2(text.simplified().contains(QStringLiteral("Toestemming voor foto's en gezichtsherkenning")), qPrintable(text));
    for (const QString &pupil : {QStringLiteral("Daan de Vries"), QStringLiteral("Emma Jansen"), QStringLiteral("Sara Mulder")})
        QVERIFY2(text.contains(pupil), qPrintable(pupil));
    QVERIFY(!text.contains(QStringLiteral("Sem Bakker"))); // class 7A
    QCOMPARE(text.count(QLatin1Char('\f')), 3);             // one page each
    QCOMPARE(text.count(QStringLiteral("Apart: automatische gezichtsherkenning")), 3);
    QVERIFY(text.contains(QStringLiteral("biometrische gegevens")));
    QVERIFY(text.contains(QStringLiteral("jaarboek")));      // the school's own question
    QVERIFY(text.contains(QStringLiteral("OBS De Regenboog")));
    QVERIFY(text.contains(QStringLiteral("6 maanden nadat de pasfoto is toegevoegd")));
    QVERIFY(text.contains(QStringLiteral("Handtekening")));
    // Each question has its own yes/no: 4 photo questions and the recognition question.
    QCOMPARE(text.count(QStringLiteral("☐ ja")), 3 * 5);

    const CliRun noClass = runCli(m_data, {QStringLiteral("consent"), QStringLiteral("form"), QStringLiteral("--out"),
                                           m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--class"), QStringLiteral("9Z")});
    QCOMPARE(noClass.exitCode, 1);
    QVERIFY(noClass.err.contains(QStringLiteral("no pupils in class '9Z'")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

void TestCliConsent::refsListShowsRecognitionPerPupil()
{
    const CliRun run = runCli(m_data, {QStringLiteral("refs"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray pupils = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(pupils.size(), 8);
    QHash<QString, QString> reasons;
    for (const QJsonValue &value : pupils) {
        const QJsonObject pupil = value.toObject();
        QVERIFY(pupil.value(QStringLiteral("references")).toArray().isEmpty());
        reasons.insert(pupil.value(QStringLiteral("leerling")).toString(),
                       pupil.value(QStringLiteral("biometrics")).toObject().value(QStringLiteral("reason")).toString());
    }
    QCOMPARE(reasons.value(QStringLiteral("Daan de Vries")), QStringLiteral("consent"));
    QCOMPARE(reasons.value(QStringLiteral("Sem Bakker")), QStringLiteral("withdrawn"));
    const CliRun human = runCli(m_data, {QStringLiteral("refs"), QStringLiteral("list")});
    QVERIFY(human.out.contains(QStringLiteral("Daan de Vries\t5B\trecognition=yes\t0 references\n")));
    QVERIFY(human.out.contains(QStringLiteral("Emma Jansen\t5B\trecognition=refused\t0 references\n")));
}

QTEST_GUILESS_MAIN(TestCliConsent)
#include "tst_cli_consent.moc"
