// The accountability report (DOMAIN.md rule 5) as JSON, CSV and HTML: what each format says
// about a photo and its faces, the stable codes, the consent basis, the spreadsheet-safe
// CSV, the escaped HTML, and that it is never written into the upload folder.
#include "screening/screeningreport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;

namespace {

// One exported photo with a visible pupil (consent by both parents) and a hidden stranger,
// and one photo that could not be read.
ScreeningReport sampleReport()
{
    ScreeningReport report;
    report.channel = Channel{QStringLiteral("parro"), QStringLiteral("intern"), {2048, 85}, {}};
    report.generatedAt = QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC);
    report.consentMoment = QDate(2026, 6, 1);
    report.settings = QJsonObject{{QStringLiteral("strictness"), QStringLiteral("normal")}};

    ConsentStatement basis;
    basis.category = QStringLiteral("intern");
    basis.granted = true;
    basis.givenBy = StatementGiver::BothParents;
    basis.date = QDate(2025, 9, 1);
    basis.source = QStringLiteral("ouders.csv:3");
    ConsentStatement recognition = basis;
    recognition.category = QStringLiteral("gezichtsherkenning");
    ScreenedFace pupil{FaceBox{cv::Rect2f(10.4f, 20.6f, 100.0f, 120.0f), {}, 0.9312f, true, false},
                       FaceMatch{}, 7, QStringLiteral("=Daan; de <Vries>"), {true, Reason::Consent}, basis,
                       MatchedBy::Reference, recognition};
    pupil.match.distance = 0.41234;
    ScreenedFace stranger{FaceBox{cv::Rect2f(300, 40, 90, 110), {}, 0.8f, true, false},
                          FaceMatch{}, std::nullopt, {}, {false, Reason::UncertainMatch}, std::nullopt,
                          MatchedBy::None, std::nullopt};
    ScreenedFace named{FaceBox{cv::Rect2f(600, 40, 90, 110), {}, 0.7f, true, false},
                       FaceMatch{}, 8, QStringLiteral("Sara"), {false, Reason::Refused}, std::nullopt,
                       MatchedBy::Teacher, std::nullopt};
    report.recognitionConsent = {{QStringLiteral("=Daan; de <Vries>"), recognition}};

    ScreenedPhoto exported;
    exported.displaySource = QStringLiteral("uitje/IMG_0001.jpg");
    exported.photo.sourcePath = QStringLiteral("/home/juf/uitje/IMG_0001.jpg");
    exported.photo.sha256Hex = QByteArray(64, 'a');
    exported.photo.width = 4032;
    exported.photo.height = 3024;
    exported.photo.captureTime = QDateTime(QDate(2026, 5, 30), QTime(9, 15));
    exported.verdict.status = PhotoStatus::Exported;
    exported.verdict.faces = {pupil, stranger, named};
    exported.outputFile = QStringLiteral("upload/parro_2026-05-30_001.jpg");

    ScreenedPhoto unreadable;
    unreadable.displaySource = QStringLiteral("uitje/kapot.jpg");
    unreadable.verdict.status = PhotoStatus::Excluded;
    unreadable.verdict.reasons = {Reason::ReadError};
    unreadable.error = Error(ErrorCode::CorruptImage, makeMessage(MessageId::ImageTruncated, "uitje/kapot.jpg", "JPEG"));
    report.photos = {exported, unreadable};
    return report;
}

} // namespace

class TestScreeningReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonNamesEveryFaceWithCodeAndBasis();
    void csvHasOneRowPerFaceAndIsSpreadsheetSafe();
    void htmlIsDutchAndEscaped();
    void possibleFacesAreCountedApart();
    void writesThreeFilesBesideEachOther();
    void neverInsideTheUploadFolder();
};

void TestScreeningReport::jsonNamesEveryFaceWithCodeAndBasis()
{
    const QJsonObject json = reportJson(sampleReport());
    QCOMPARE(json.value(QStringLiteral("channel")).toString(), QStringLiteral("parro"));
    QCOMPARE(json.value(QStringLiteral("category")).toString(), QStringLiteral("intern"));
    QCOMPARE(json.value(QStringLiteral("generated_at")).toString(), QStringLiteral("2026-06-01T10:00:00Z"));
    QCOMPARE(json.value(QStringLiteral("consent_evaluated_on")).toString(), QStringLiteral("2026-06-01"));
    QCOMPARE(json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("strictness")).toString(),
             QStringLiteral("normal"));
    const QJsonArray photos = json.value(QStringLiteral("photos")).toArray();
    QCOMPARE(photos.size(), 2);

    const QJsonObject exported = photos.at(0).toObject();
    QCOMPARE(exported.value(QStringLiteral("status")).toString(), QStringLiteral("exported"));
    QCOMPARE(exported.value(QStringLiteral("output")).toString(), QStringLiteral("upload/parro_2026-05-30_001.jpg"));
    QCOMPARE(exported.value(QStringLiteral("width")).toInt(), 4032);
    QVERIFY(!exported.contains(QStringLiteral("error")));
    const QJsonArray faces = exported.value(QStringLiteral("faces")).toArray();
    QCOMPARE(faces.size(), 3);
    // Accountability for recognition (DOMAIN.md section 8): who named each face, how many
    // faces per photo were recognised automatically and how many by hand, and which
    // face-recognition statements were in force.
    QCOMPARE(faces.at(0).toObject().value(QStringLiteral("matched_by")).toString(), QStringLiteral("reference"));
    QCOMPARE(faces.at(0).toObject().value(QStringLiteral("recognition_consent")).toObject()
                 .value(QStringLiteral("category")).toString(), QStringLiteral("gezichtsherkenning"));
    QVERIFY(faces.at(1).toObject().value(QStringLiteral("matched_by")).isNull());
    QCOMPARE(faces.at(2).toObject().value(QStringLiteral("matched_by")).toString(), QStringLiteral("teacher"));
    QVERIFY(!faces.at(2).toObject().contains(QStringLiteral("recognition_consent")));
    QCOMPARE(exported.value(QStringLiteral("faces_matched_by_reference")).toInt(), 1);
    QCOMPARE(exported.value(QStringLiteral("faces_identified_by_teacher")).toInt(), 1);
    const QJsonArray inForce = json.value(QStringLiteral("recognition_consent")).toArray();
    QCOMPARE(inForce.size(), 1);
    QCOMPARE(inForce.at(0).toObject().value(QStringLiteral("pupil")).toString(), QStringLiteral("=Daan; de <Vries>"));
    QCOMPARE(inForce.at(0).toObject().value(QStringLiteral("answer")).toString(), QStringLiteral("ja"));
    const QJsonObject pupil = faces.at(0).toObject();
    QCOMPARE(pupil.value(QStringLiteral("box")).toArray(), (QJsonArray{10, 21, 100, 120}));
    QCOMPARE(pupil.value(QStringLiteral("score")).toDouble(), 0.931);
    QCOMPARE(pupil.value(QStringLiteral("distance")).toDouble(), 0.412);
    QCOMPARE(pupil.value(QStringLiteral("visible")).toBool(), true);
    QCOMPARE(pupil.value(QStringLiteral("reason")).toString(), QStringLiteral("consent"));
    const QJsonObject consent = pupil.value(QStringLiteral("consent")).toObject();
    QCOMPARE(consent.value(QStringLiteral("given_by")).toString(), QStringLiteral("beide ouders"));
    QCOMPARE(consent.value(QStringLiteral("answer")).toString(), QStringLiteral("ja"));
    QCOMPARE(consent.value(QStringLiteral("source")).toString(), QStringLiteral("ouders.csv:3"));
    const QJsonObject stranger = faces.at(1).toObject();
    QVERIFY(stranger.value(QStringLiteral("pupil")).isNull());
    QVERIFY(stranger.value(QStringLiteral("distance")).isNull()); // no distance: no number
    QCOMPARE(stranger.value(QStringLiteral("reason")).toString(), QStringLiteral("uncertain_match"));
    QVERIFY(!stranger.contains(QStringLiteral("consent")));

    const QJsonObject unreadable = photos.at(1).toObject();
    QCOMPARE(unreadable.value(QStringLiteral("status")).toString(), QStringLiteral("excluded"));
    QCOMPARE(unreadable.value(QStringLiteral("reasons")).toArray(), (QJsonArray{QStringLiteral("read_error")}));
    QVERIFY(unreadable.value(QStringLiteral("error")).toString().contains(QStringLiteral("kapot.jpg")));
    QVERIFY(!unreadable.contains(QStringLiteral("output")));
}

void TestScreeningReport::csvHasOneRowPerFaceAndIsSpreadsheetSafe()
{
    const QByteArray csv = reportCsv(sampleReport());
    QVERIFY2(csv.startsWith("\xEF\xBB\xBF"), "a BOM so that spreadsheets read UTF-8");
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header, three faces, the unreadable photo
    QVERIFY(lines[0].startsWith(QStringLiteral("bron;sha256;status;uitvoer;gezicht;")));
    // A name with ; and a leading = is quoted and cannot start a formula.
    QVERIFY2(lines[1].contains(QStringLiteral(";\"'=Daan; de <Vries>\";ja;consent;2025-09-01;beide ouders;")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QStringLiteral(";nee;uncertain_match;")), qPrintable(lines[2]));
    QVERIFY2(lines[4].startsWith(QStringLiteral("uitje/kapot.jpg;;excluded;")), qPrintable(lines[4]));
    QVERIFY2(lines[4].endsWith(QStringLiteral("uitje/kapot.jpg: the JPEG file is truncated (its end is missing)")),
             qPrintable(lines[4]));
    QCOMPARE(lines[2].count(QLatin1Char(';')), lines[0].count(QLatin1Char(';')));
}

void TestScreeningReport::htmlIsDutchAndEscaped()
{
    const QString html = QString::fromUtf8(reportHtml(sampleReport()));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"nl\">")));
    QVERIFY(html.contains(QStringLiteral("=Daan; de &lt;Vries&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<Vries>")));
    // Reasons in words (the one table's Dutch text), not codes.
    QVERIFY(html.contains(reasonDutchText(Reason::UncertainMatch)));
    QVERIFY(html.contains(reasonDutchText(Reason::ReadError)));
    QVERIFY(!html.contains(QStringLiteral("uncertain_match")));
    QVERIFY(html.contains(QStringLiteral("beide ouders")));
}

// A possible face is hidden like an unknown face but counted apart (reason possible_face),
// and one the teacher dismissed as "geen gezicht" is visible with its own reason.
void TestScreeningReport::possibleFacesAreCountedApart()
{
    ScreeningReport report = sampleReport();
    ScreenedPhoto &photo = report.photos.front();
    const int sure = int(photo.verdict.faces.size());           // none of them possible faces
    const int hiddenSure = photo.verdict.hiddenFaceCount();
    ScreenedFace possible;
    possible.box = FaceBox{cv::Rect2f(600, 50, 40, 44), {}, 0.31f, true, false, true};
    possible.decision = {false, Reason::PossibleFace};
    photo.verdict.faces.push_back(possible);
    possible.box.rect.x = 900;
    possible.decision = {true, Reason::NotAFace};
    photo.verdict.faces.push_back(possible);
    QCOMPARE(photo.verdict.hiddenFaceCount(), hiddenSure + 1);
    QCOMPARE(photo.verdict.hiddenPossibleFaceCount(), 1);

    const QJsonObject exported = reportJson(report).value(QStringLiteral("photos")).toArray().at(0).toObject();
    QCOMPARE(exported.value(QStringLiteral("hidden_possible_faces")).toInt(), 1);
    const QJsonArray faces = exported.value(QStringLiteral("faces")).toArray();
    QCOMPARE(faces.size(), sure + 2);
    for (int i = 0; i < sure; ++i)
        QVERIFY(!faces.at(i).toObject().contains(QStringLiteral("possible_face")));
    const QJsonObject hidden = faces.at(sure).toObject();
    QCOMPARE(hidden.value(QStringLiteral("reason")).toString(), QStringLiteral("possible_face"));
    QCOMPARE(hidden.value(QStringLiteral("visible")).toBool(), false);
    QCOMPARE(hidden.value(QStringLiteral("possible_face")).toBool(), true);
    const QJsonObject dismissed = faces.at(sure + 1).toObject();
    QCOMPARE(dismissed.value(QStringLiteral("reason")).toString(), QStringLiteral("not_a_face"));
    QCOMPARE(dismissed.value(QStringLiteral("visible")).toBool(), true);

    const QString html = QString::fromUtf8(reportHtml(report));
    QVERIFY2(html.contains(QStringLiteral("%1 verborgen (waarvan 1 mogelijk gezicht)").arg(hiddenSure + 1)), qPrintable(html));
    QVERIFY(html.contains(reasonDutchText(Reason::PossibleFace)));
    QVERIFY(html.contains(reasonDutchText(Reason::NotAFace)));
}

void TestScreeningReport::writesThreeFilesBesideEachOther()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("upload")));
    const QString json = dir.filePath(QStringLiteral("verslag.json"));
    const Result<ReportFiles> files = writeReport(sampleReport(), json, dir.filePath(QStringLiteral("upload")));
    QVERIFY2(files, files ? "" : qPrintable(files.error().message));
    QCOMPARE(files->json, json);
    QCOMPARE(files->csv, dir.filePath(QStringLiteral("verslag.csv")));
    QCOMPARE(files->html, dir.filePath(QStringLiteral("verslag.html")));
    for (const QString &path : {files->json, files->csv, files->html})
        QVERIFY2(QFileInfo(path).size() > 100, qPrintable(path));
    QFile written(json);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(written.readAll()).object(), reportJson(sampleReport()));
    // Atomic writes: no temporary file is left beside them.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

void TestScreeningReport::neverInsideTheUploadFolder()
{
    QTemporaryDir dir;
    const QString upload = dir.filePath(QStringLiteral("upload"));
    QVERIFY(QDir().mkpath(upload + QStringLiteral("/sub")));
    for (const QString &inside : {upload + QStringLiteral("/verslag.json"), upload + QStringLiteral("/sub/v.json"),
                                  upload + QStringLiteral("/../upload/v.json")}) {
        const Result<ReportFiles> files = writeReport(sampleReport(), inside, upload);
        QVERIFY2(!files, qPrintable(inside));
        QCOMPARE(files.error().code, ErrorCode::InvalidArgument);
    }
    QCOMPARE(QDir(upload).entryList(QDir::Files, QDir::NoSort).size(), 0);
    QVERIFY(checkReportLocation(dir.filePath(QStringLiteral("upload-verslag.json")), upload));
}

QTEST_GUILESS_MAIN(TestScreeningReport)
#include "tst_screeningreport.moc"
