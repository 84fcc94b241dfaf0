// Same-day references through beeldwacht-cli (issue 13 items 2 and 6), on real faces: Obama
// is enrolled from obama3.jpg; the trip holds obama.jpg (0.33 from that reference: a match as
// sure as very strict asks), obama2.jpg (0.43 from the reference: unknown at strict, which
// accepts under 0.40; but 0.34 from obama.jpg) and biden.jpg (no face-recognition consent).
// At strict, obama2's face is recognised through obama.jpg's ("matched_by": "batch");
// --no-batch-references gives the old result (unknown, hidden).
#include "clisupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using bw::test::CliRun;
using bw::test::runCli;

namespace {

QJsonObject photoOf(const QJsonObject &report, const QString &suffix)
{
    for (const QJsonValue &photo : report[QStringLiteral("photos")].toArray()) {
        if (photo[QStringLiteral("source")].toString().endsWith(suffix))
            return photo.toObject();
    }
    return {};
}

QJsonObject faceOf(const QJsonObject &report, const QString &suffix)
{
    return photoOf(report, suffix)[QStringLiteral("faces")].toArray().at(0).toObject();
}

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestCliSameDayReferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameDayReferenceRecognisesTheOtherPhoto();
    void noBatchReferencesGivesTheOldResult();

private:
    CliRun screen(const QString &name, const QStringList &extra = {});

    QTemporaryDir m_dir;
    QString m_data;
    QString m_trip;
};

CliRun TestCliSameDayReferences::screen(const QString &name, const QStringList &extra)
{
    return runCli(m_data, QStringList{QStringLiteral("screen"), QStringLiteral("--channel"), QStringLiteral("parro"),
                                      QStringLiteral("--strictness"), QStringLiteral("strict"), QStringLiteral("--out"),
                                      m_dir.filePath(name), QStringLiteral("--report"),
                                      m_dir.filePath(name + QStringLiteral(".json"))}
                              + extra + QStringList{m_trip});
}

void TestCliSameDayReferences::initTestCase()
{
    for (const char *name : {"obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg"})
        BW_REQUIRE_DATA(bw::test::fetchedImage(QString::fromLatin1(name)), QStringLiteral("fetched test photos"));
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("BW_KEEP_TEST_DIR"));
    m_data = m_dir.filePath(QStringLiteral("data"));
    QFile csv(m_dir.filePath(QStringLiteral("leerlingen.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("leerling;groep;geboortedatum;datum;door;intern;extern;klassenfoto;gezichtsherkenning\n"
              "Barack Obama;5B;2016-08-04;2026-09-01;ouder;ja;nee;ja;ja\n"
              "Joe Biden;5B;2016-11-20;2026-09-01;ouder;ja;ja;ja;\n");
    csv.close();
    const CliRun imported = runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("import"), csv.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    const QString refs = m_dir.filePath(QStringLiteral("pasfotos"));
    QVERIFY(QDir().mkpath(refs + QStringLiteral("/Barack Obama")));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("obama3.jpg")), refs + QStringLiteral("/Barack Obama/obama3.jpg")));
    const CliRun enrolled = runCli(m_data, {QStringLiteral("refs"), QStringLiteral("import"), refs});
    QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));

    m_trip = m_dir.filePath(QStringLiteral("uitje"));
    QVERIFY(QDir().mkpath(m_trip));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("obama.jpg")), m_trip + QStringLiteral("/IMG_0001.jpg")));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("obama2.jpg")), m_trip + QStringLiteral("/IMG_0002.jpg")));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("biden.jpg")), m_trip + QStringLiteral("/IMG_0003.jpg")));
}

void TestCliSameDayReferences::sameDayReferenceRecognisesTheOtherPhoto()
{
    const CliRun run = screen(QStringLiteral("met"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = bw::test::readJsonObject(m_dir.filePath(QStringLiteral("met.json")));
    QVERIFY(report[QStringLiteral("settings")][QStringLiteral("batch_references")].toBool());

    const QJsonObject sure = faceOf(report, QStringLiteral("IMG_0001.jpg"));
    QCOMPARE(sure[QStringLiteral("matched_by")].toString(), QStringLiteral("reference"));
    QVERIFY2(sure[QStringLiteral("distance")].toDouble() < 0.35, qPrintable(QString::number(sure[QStringLiteral("distance")].toDouble())));

    const QJsonObject sameDay = faceOf(report, QStringLiteral("IMG_0002.jpg"));
    QCOMPARE(sameDay[QStringLiteral("pupil")].toString(), QStringLiteral("Barack Obama"));
    QCOMPARE(sameDay[QStringLiteral("matched_by")].toString(), QStringLiteral("batch"));
    QVERIFY(sameDay[QStringLiteral("visible")].toBool());
    QCOMPARE(sameDay[QStringLiteral("reason")].toString(), QStringLiteral("consent"));
    // Accepted under strict's own threshold, against the same-day face.
    QVERIFY2(sameDay[QStringLiteral("distance")].toDouble() < 0.40, qPrintable(QString::number(sameDay[QStringLiteral("distance")].toDouble())));
    QCOMPARE(sameDay[QStringLiteral("recognition_consent")][QStringLiteral("category")].toString(),
             QStringLiteral("gezichtsherkenning"));
    const QJsonObject photo = photoOf(report, QStringLiteral("IMG_0002.jpg"));
    QCOMPARE(photo[QStringLiteral("faces_matched_by_batch")].toInt(), 1);
    QCOMPARE(photo[QStringLiteral("faces_matched_by_reference")].toInt(), 0);
    QCOMPARE(photo[QStringLiteral("status")].toString(), QStringLiteral("exported"));

    // Biden may be shown on parro but has no face-recognition consent: unknown, hidden.
    const QJsonObject biden = faceOf(report, QStringLiteral("IMG_0003.jpg"));
    QVERIFY(biden[QStringLiteral("pupil")].isNull());
    QVERIFY(biden[QStringLiteral("matched_by")].isNull());
    QVERIFY(!biden[QStringLiteral("visible")].toBool());

    // The readable report says how the pupil was named, in the HTML and the PDF.
    const QString html = fileText(m_dir.filePath(QStringLiteral("met.html")));
    QVERIFY2(html.contains(QStringLiteral("herkend aan een eerdere foto van deze dag")), qPrintable(html.left(2000)));
    const QString pdf = bw::test::pdfText(m_dir.filePath(QStringLiteral("met.pdf")));
    QVERIFY2(pdf.simplified().contains(QStringLiteral("herkend aan een eerdere foto van deze dag")), qPrintable(pdf));
}

void TestCliSameDayReferences::noBatchReferencesGivesTheOldResult()
{
    const CliRun run = screen(QStringLiteral("zonder"), {QStringLiteral("--no-batch-references")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = bw::test::readJsonObject(m_dir.filePath(QStringLiteral("zonder.json")));
    QVERIFY(!report[QStringLiteral("settings")][QStringLiteral("batch_references")].toBool());
    QCOMPARE(faceOf(report, QStringLiteral("IMG_0001.jpg"))[QStringLiteral("matched_by")].toString(), QStringLiteral("reference"));
    const QJsonObject unknown = faceOf(report, QStringLiteral("IMG_0002.jpg"));
    QVERIFY(unknown[QStringLiteral("pupil")].isNull());
    QVERIFY(unknown[QStringLiteral("matched_by")].isNull());
    QVERIFY(!unknown[QStringLiteral("visible")].toBool());
    QCOMPARE(unknown[QStringLiteral("reason")].toString(), QStringLiteral("unknown"));
    QVERIFY(!fileText(m_dir.filePath(QStringLiteral("zonder.html"))).contains(QStringLiteral("eerdere foto van deze dag")));
}

QTEST_GUILESS_MAIN(TestCliSameDayReferences)
#include "tst_cli_samedayrefs.moc"
