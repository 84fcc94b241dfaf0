// The readable report for people: every face in words (who, shown or hidden, why, the
// consent statement), the settings as a list, file names only, no reason codes; numbered
// thumbnails; the same report in English when the English translation is installed.
#include "screening/readablereport.h"
#include "screening/reportthumbnail.h"
#include "testsupport.h"

#include <QDir>
#include <QTranslator>
#include <QTest>

using namespace bw;

namespace {

ScreenedFace face(cv::Rect2f box, const QString &name, FaceDecision decision,
                  std::optional<ConsentStatement> basis = std::nullopt)
{
    ScreenedFace screened;
    screened.box = FaceBox{box, {}, 0.9f, true, false};
    screened.pupilName = name;
    screened.decision = decision;
    screened.basis = basis;
    return screened;
}

ConsentStatement statement(bool granted, StatementGiver giver)
{
    ConsentStatement basis;
    basis.category = QStringLiteral("intern");
    basis.granted = granted;
    basis.givenBy = giver;
    basis.date = QDate(2025, 9, 1);
    return basis;
}

// An exported photo with a shown pupil, a refused pupil, an unknown and a tiny face, and
// a photo that could not be read (its error names a path of this computer).
ScreeningReport sampleReport()
{
    ScreeningReport report;
    report.channel = Channel{QStringLiteral("parro"), QStringLiteral("intern"), {2048, 85}, {}};
    report.generatedAt = QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC);
    report.consentMoment = QDate(2026, 6, 1);
    report.madeBy = QStringLiteral("juf.anna");
    report.settings = QJsonObject{{QStringLiteral("strictness"), QStringLiteral("strict")},
                                  {QStringLiteral("accept_distance"), 0.45}, {QStringLiteral("min_margin"), 0.08},
                                  {QStringLiteral("min_face_width"), 40}, {QStringLiteral("redaction"), QStringLiteral("blur")},
                                  {QStringLiteral("long_side"), 2048}, {QStringLiteral("jpeg_quality"), 85},
                                  {QStringLiteral("version"), QStringLiteral("0.1.0")}};
    report.audit = AuditVerification{true, 12, 0, AuditProblem::None, AuditHead{12, QStringLiteral("ab12cd")}};
    ScreenedPhoto exported;
    exported.displaySource = QStringLiteral("/home/juf/uitje/IMG_0001.jpg");
    exported.photo.sourcePath = QStringLiteral("/home/juf/uitje/IMG_0001.jpg");
    exported.photo.sha256Hex = QByteArray(64, 'a');
    exported.photo.width = 800;
    exported.photo.height = 600;
    exported.verdict.status = PhotoStatus::Exported;
    exported.verdict.faces = {
        face({100, 100, 120, 140}, QStringLiteral("Daan de Vries"), {true, Reason::Consent}, statement(true, StatementGiver::Parent)),
        face({300, 100, 120, 140}, QStringLiteral("Noah Bakker"), {false, Reason::Refused}, statement(false, StatementGiver::BothParents)),
        face({500, 100, 120, 140}, {}, {false, Reason::Unknown}),
        face({700, 300, 12, 14}, {}, {false, Reason::TooSmall})};
    exported.outputFile = QStringLiteral("/home/juf/upload/parro_2026-05-30_001.jpg");
    ScreenedPhoto unreadable;
    unreadable.displaySource = QStringLiteral("/home/juf/uitje/kapot.jpg");
    unreadable.verdict.status = PhotoStatus::Excluded;
    unreadable.verdict.reasons = {Reason::ReadError};
    unreadable.error = Error(ErrorCode::CorruptImage,
                             makeMessage(MessageId::ImageTruncated, QStringLiteral("/home/juf/uitje/kapot.jpg"), "JPEG"));
    report.photos = {exported, unreadable};
    return report;
}

std::map<int, cv::Mat> thumbnailOf(const ScreeningReport &report)
{
    const cv::Mat exported(600, 800, CV_8UC3, cv::Scalar(200, 200, 200));
    return {{0, numberedThumbnail(exported, report.photos[0], 400)}};
}

} // namespace

class TestReadableReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFaceInWords();
    void noCodesNoPathsNoRawSettings();
    void settingsAsAList();
    void possibleFacesInWords();
    void howEachPupilWasNamed();
    void thumbnailFramesAndNumbersEveryFace();
    void englishVariant();
};

void TestReadableReport::everyFaceInWords()
{
    const DocumentContent content = readableReport(sampleReport(), thumbnailOf(sampleReport()));
    const QString &html = content.html;
    QVERIFY2(html.contains(QStringLiteral("<td>Daan de Vries</td><td><span style=\"color:#0a6b2d\"><b>zichtbaar</b></span></td>"
                                          "<td>toestemming ja, 1-9-2025, door ouder</td>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<td>Noah Bakker</td>")));
    QVERIFY(html.contains(QStringLiteral("geen toestemming nee, 1-9-2025, door beide ouders")));
    QVERIFY(html.contains(QStringLiteral("<td>onbekend gezicht</td><td><span style=\"color:#8a1c1c\"><b>verborgen</b></span></td>"
                                         "<td>niet herkend</td>")));
    QVERIFY(html.contains(reasonDutchText(Reason::TooSmall)));
    QVERIFY(html.contains(QStringLiteral("1 geëxporteerd, 0 wachten op een beslissing, 1 niet gebruikt")));
    QVERIFY(html.contains(QStringLiteral("1 zichtbaar, 3 verborgen")));
    QVERIFY(html.contains(QStringLiteral("kapot.jpg — niet gebruikt: foto kon niet worden gelezen")));
    QVERIFY(html.contains(QStringLiteral("juf.anna")));
    QVERIFY(html.contains(QStringLiteral("in orde; na deze export 12 regels, laatste controlegetal ab12cd")));
    QCOMPARE(content.images.size(), std::size_t(1));
    QVERIFY(html.contains(QStringLiteral("<img src=\"photo1\">")));
    QVERIFY(standaloneHtml(content).contains("src=\"data:image/jpeg;base64,"));
}

void TestReadableReport::noCodesNoPathsNoRawSettings()
{
    const QString html = readableReport(sampleReport(), thumbnailOf(sampleReport())).html;
    for (Reason reason : allReasons())
        QVERIFY2(!html.contains(reasonCode(reason)), qPrintable(reasonCode(reason)));
    QVERIFY2(!html.contains(QStringLiteral("/home/juf")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("IMG_0001.jpg")) && html.contains(QStringLiteral("parro_2026-05-30_001.jpg")));
    QVERIFY(!html.contains(QStringLiteral("exported")) && !html.contains(QStringLiteral("accept_distance")));
    QVERIFY(!html.contains(QStringLiteral("truncated")));
}

void TestReadableReport::settingsAsAList()
{
    const QString html = readableReport(sampleReport(), std::map<int, cv::Mat>{}).html;
    QVERIFY2(html.contains(QStringLiteral("<li>Strengheid van de herkenning: streng</li>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("afstand kleiner dan 0.45 en minstens 0.08 dichter bij")));
    QVERIFY(html.contains(QStringLiteral("<li>Kleinste gezicht dat herkend wordt: 40 pixels breed</li>")));
    QVERIFY(html.contains(QStringLiteral("<li>Verborgen gezichten: onherkenbaar vervaagd</li>")));
    QVERIFY(html.contains(QStringLiteral("<li>Exportformaat: lange zijde 2048 pixels, JPEG-kwaliteit 85</li>")));
    QVERIFY(html.contains(QStringLiteral("<li>Regels van het kanaal: geen</li>")));
}

// A possible face (second detector tier) is hidden and named as such; a box the teacher
// marked "geen gezicht" is no face at all, counted neither shown nor hidden.
void TestReadableReport::possibleFacesInWords()
{
    ScreeningReport report = sampleReport();
    report.settings.insert(QStringLiteral("face_threshold"), 0.5);
    report.settings.insert(QStringLiteral("candidate_threshold"), 0.3);
    ScreenedFace possible = face({100, 400, 40, 44}, {}, {false, Reason::PossibleFace});
    possible.box.possibleFace = true;
    ScreenedFace dismissed = face({300, 400, 40, 44}, {}, {true, Reason::NotAFace});
    dismissed.box.possibleFace = true;
    report.photos[0].verdict.faces.push_back(possible);
    report.photos[0].verdict.faces.push_back(dismissed);
    const QString html = readableReport(report, std::map<int, cv::Mat>{}).html;
    QVERIFY2(html.contains(QStringLiteral("<td>5</td><td>mogelijk gezicht</td><td><span style=\"color:#8a1c1c\"><b>verborgen</b>"
                                          "</span></td><td>%1</td>").arg(reasonDutchText(Reason::PossibleFace))),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<td>6</td><td>geen gezicht</td>")));
    QVERIFY(html.contains(QStringLiteral("1 zichtbaar, 4 verborgen (waarvan 1 mogelijk gezicht)")));
    QVERIFY(html.contains(QStringLiteral("<li>Gezichten zoeken: een gezicht vanaf score 0.50; een mogelijk gezicht "
                                         "(altijd verborgen) vanaf score 0.30</li>")));
}

// Recognised from the reference photos (and the face-recognition consent that allowed it)
// or pointed out by the teacher: a privacy officer must see which was biometric processing.
void TestReadableReport::howEachPupilWasNamed()
{
    ScreeningReport report = sampleReport();
    std::vector<ScreenedFace> &faces = report.photos[0].verdict.faces;
    faces[0].matchedBy = MatchedBy::Reference;
    faces[0].recognitionBasis = statement(true, StatementGiver::Parent);
    faces[0].recognitionBasis->category = QStringLiteral("gezichtsherkenning");
    faces[1].matchedBy = MatchedBy::Teacher;
    const QString html = readableReport(report, std::map<int, cv::Mat>{}).html;
    QVERIFY2(html.contains(QStringLiteral("<td>Daan de Vries<br><small>herkend aan de pasfoto's (toestemming "
                                          "gezichtsherkenning ja, 1-9-2025, door ouder)</small></td>")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<td>Noah Bakker<br><small>aangewezen door de leerkracht</small></td>")));
    // An unknown face was named by nobody.
    QVERIFY(html.contains(QStringLiteral("<td>onbekend gezicht</td>")));
}

void TestReadableReport::thumbnailFramesAndNumbersEveryFace()
{
    const ScreeningReport report = sampleReport();
    const cv::Mat thumbnail = thumbnailOf(report).at(0);
    QCOMPARE(thumbnail.cols, 400);
    QCOMPARE(thumbnail.rows, 300);
    // Frames at half size: green for the shown face, red for the hidden ones.
    QCOMPARE(thumbnail.at<cv::Vec3b>(100, 50), cv::Vec3b(60, 150, 20));
    QCOMPARE(thumbnail.at<cv::Vec3b>(100, 150), cv::Vec3b(40, 40, 200));
    // A number tag above each frame, never on the face itself.
    QCOMPARE(thumbnail.at<cv::Vec3b>(45, 51), cv::Vec3b(60, 150, 20));
    QCOMPARE(thumbnail.at<cv::Vec3b>(80, 90), cv::Vec3b(200, 200, 200));
}

void TestReadableReport::englishVariant()
{
    const QString dir = QDir(bw::test::binDir()).filePath(QStringLiteral("../share/beeldwacht/translations"));
    QTranslator translator;
    QVERIFY2(translator.load(QLocale(QLocale::English), QStringLiteral("beeldwacht"), QStringLiteral("_"), dir), qPrintable(dir));
    QCoreApplication::installTranslator(&translator);
    const QString english = readableReport(sampleReport(), std::map<int, cv::Mat>{}, DocumentLanguage::Interface).html;
    const QString dutch = readableReport(sampleReport(), std::map<int, cv::Mat>{}, DocumentLanguage::Dutch).html;
    // verslag.html as the app writes it: in the app's language, like the PDF.
    const QString englishFile = QString::fromUtf8(reportHtml(sampleReport(), DocumentLanguage::Interface));
    const QString dutchFile = QString::fromUtf8(reportHtml(sampleReport()));
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(english.contains(QStringLiteral("<html lang=\"en\"")), qPrintable(english));
    QVERIFY(english.contains(QStringLiteral("<b>visible</b>")) && english.contains(QStringLiteral("<b>hidden</b>")));
    QVERIFY(english.contains(QStringLiteral("unknown face")));
    QVERIFY(!english.contains(QStringLiteral("zichtbaar")) && !english.contains(QStringLiteral("verborgen")));
    // A Dutch report stays Dutch whatever language the app speaks.
    QVERIFY(dutch.contains(QStringLiteral("<b>zichtbaar</b>")));
    QVERIFY(englishFile.contains(QStringLiteral("<html lang=\"en\"")) && englishFile.contains(QStringLiteral("unknown face")));
    QVERIFY(dutchFile.contains(QStringLiteral("<html lang=\"nl\"")) && dutchFile.contains(QStringLiteral("onbekend gezicht")));
}

QTEST_GUILESS_MAIN(TestReadableReport)
#include "tst_readablereport.moc"
