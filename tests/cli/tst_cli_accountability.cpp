// Accountability a person can read, end to end through beeldwacht-cli: two screenings of a
// composed group photo for two channels (parro shows Obama and hides Biden, schoolgids the
// other way round), then the readable report (HTML and PDF), `pupils exports`, the overview
// for a parent, the audit head kept in each report, and a withdrawal's take-down list.
#include "audittampering.h"
#include "clisupport.h"
#include "composedgroup.h"
#include "testsupport.h"

#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "reason.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace bw;
using bw::test::CliRun;
using bw::test::Pasted;
using bw::test::pdfText;
using bw::test::runCli;

namespace {

// The pictures embedded in a PDF, as poppler's pdfimages extracts them.
std::vector<cv::Mat> pdfPictures(const QString &path, const QString &workDir)
{
    QProcess pdfimages;
    const QString prefix = QDir(workDir).filePath(QStringLiteral("picture"));
    pdfimages.start(QStringLiteral("pdfimages"), {QStringLiteral("-png"), path, prefix});
    std::vector<cv::Mat> pictures;
    if (!pdfimages.waitForFinished(60000) || pdfimages.exitCode() != 0)
        return pictures;
    for (const QString &name : QDir(workDir).entryList({QStringLiteral("picture*.png")}, QDir::Files, QDir::Name))
        pictures.push_back(cv::imread(QDir(workDir).filePath(name).toStdString(), cv::IMREAD_COLOR));
    return pictures;
}

// The HTML without its embedded pictures (base64 could contain anything).
QString withoutPictures(QString html)
{
    return html.remove(QRegularExpression(QStringLiteral("data:image/jpeg;base64,[A-Za-z0-9+/=]*")));
}

cv::Mat embeddedPicture(const QString &html, int index)
{
    const QRegularExpression dataUrl(QStringLiteral("data:image/jpeg;base64,([A-Za-z0-9+/=]*)"));
    QRegularExpressionMatchIterator it = dataUrl.globalMatch(html);
    for (int i = 0; it.hasNext(); ++i) {
        const QRegularExpressionMatch match = it.next();
        if (i == index) {
            const QByteArray jpeg = QByteArray::fromBase64(match.captured(1).toLatin1());
            return cv::imdecode(std::vector<uchar>(jpeg.begin(), jpeg.end()), cv::IMREAD_COLOR);
        }
    }
    return {};
}

} // namespace

class TestCliAccountability : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pupilsExportsFindsExactlyTheExportsShowingThePupil();
    void readableReportSaysItInWords();
    void thumbnailHidesWhatTheExportHides();
    void pdfReportSaysTheSame();
    void reportKeepsTheAuditHead();
    void parentOverviewShowsOnlyThatPupil();
    void withdrawalListsTheExportsToTakeDown();
    void brokenAuditTrailIsNamedInTheNextReport();

private:
    QJsonObject report(const QString &channel) const;
    QString html(const QString &channel) const;
    // The faces the engine finds in `picture` (a scaled copy of the group photo) within the
    // pasted face's area, as their descriptor distance to that face in the original.
    std::vector<double> distancesIn(const cv::Mat &picture, const Pasted &pasted);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_group;
    std::unique_ptr<FaceEngine> m_engine;
    std::vector<Pasted> m_pasted;
    cv::Mat m_canvas;
};

void TestCliAccountability::initTestCase()
{
    BW_REQUIRE_DATA(bw::test::fetchedImage(QStringLiteral("obama.jpg")), QStringLiteral("fetched test photos"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QFAIL("pdftotext/pdfimages are missing; run installer/setup (package poppler-utils)");
    Result<ModelFiles> models = ModelLocator::locate(bw::test::binDir());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    QVERIFY(engine);
    m_engine = std::move(*engine);
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("BW_KEEP_TEST_DIR"));
    m_data = m_dir.filePath(QStringLiteral("data"));
    qputenv("USER", "juf.anna"); // who made the export, as the report names it

    // Obama may be shown internally (parro) but not externally; Biden the other way round.
    QString error;
    QVERIFY2(bw::test::importPupils(m_data, m_dir.path(), &error), qPrintable(error));
    QVERIFY2(bw::test::importReferences(m_data, m_dir.path(), &error), qPrintable(error));

    const QString trip = m_dir.filePath(QStringLiteral("uitje"));
    QVERIFY(QDir().mkpath(trip));
    m_pasted = bw::test::composeGroupPhoto(*m_engine, m_canvas);
    m_group = trip + QStringLiteral("/groep.jpg");
    QVERIFY(cv::imwrite(m_group.toStdString(), m_canvas, {cv::IMWRITE_JPEG_QUALITY, 95}));
    for (const QString &channel : {QStringLiteral("parro"), QStringLiteral("schoolgids")}) {
        CliRun run = runCli(m_data, {QStringLiteral("screen"), QStringLiteral("--channel"), channel,
                                     QStringLiteral("--out"), m_dir.filePath(channel),
                                     QStringLiteral("--report"), m_dir.filePath(channel + QStringLiteral("-verslag.json")), trip});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

QJsonObject TestCliAccountability::report(const QString &channel) const
{
    return bw::test::readJsonObject(m_dir.filePath(channel + QStringLiteral("-verslag.json")));
}

QString TestCliAccountability::html(const QString &channel) const
{
    QFile file(m_dir.filePath(channel + QStringLiteral("-verslag.html")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestCliAccountability::pupilsExportsFindsExactlyTheExportsShowingThePupil()
{
    const QString original = QString::fromLatin1(bw::test::sha256Of(m_group));
    for (const auto &[pupil, channel] : {std::pair{QStringLiteral("Barack Obama"), QStringLiteral("parro")},
                                         std::pair{QStringLiteral("Joe Biden"), QStringLiteral("schoolgids")}}) {
        CliRun run = runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("exports"), pupil, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray exports = QJsonDocument::fromJson(run.out.toUtf8()).array();
        // Visible on one channel, hidden on the other: only the export that shows the pupil.
        QVERIFY2(exports.size() == 1, qPrintable(pupil + QStringLiteral(": ") + run.out));
        const QJsonObject entry = exports[0].toObject();
        const QString output = report(channel)[QStringLiteral("photos")].toArray()[0].toObject()[QStringLiteral("output")].toString();
        QCOMPARE(entry[QStringLiteral("channel")].toString(), channel);
        QCOMPARE(entry[QStringLiteral("file")].toString(), QFileInfo(output).fileName());
        QCOMPARE(entry[QStringLiteral("sha256")].toString(), original);
        QCOMPARE(entry[QStringLiteral("date")].toString(), QDate::currentDate().toString(Qt::ISODate));
    }
    CliRun unknown = runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("exports"), QStringLiteral("Nobody")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains(QStringLiteral("Nobody")), qPrintable(unknown.err));
}

void TestCliAccountability::readableReportSaysItInWords()
{
    const QString text = withoutPictures(html(QStringLiteral("parro")));
    QVERIFY(text.contains(QStringLiteral("<html lang=\"nl\"")));
    // Every face in words, with the consent that allowed it or why it is hidden.
    QVERIFY2(text.contains(QStringLiteral("toestemming ja, 1-9-2026, door ouder")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Barack Obama")) && text.contains(QStringLiteral("Joe Biden")));
    QVERIFY(text.contains(QStringLiteral("zichtbaar")) && text.contains(QStringLiteral("verborgen")));
    QVERIFY(text.contains(reasonDutchText(Reason::Refused)));
    if (m_pasted.size() > 2)
        QVERIFY(text.contains(QStringLiteral("onbekend gezicht")));
    QVERIFY2(text.contains(QStringLiteral("1 geëxporteerd, 0 wachten op een beslissing, 0 niet gebruikt")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("lange zijde 2048 pixels")));
    QVERIFY(text.contains(QStringLiteral("groep.jpg")));
    QVERIFY(text.contains(QStringLiteral("<td><b>Gemaakt door</b></td><td>juf.anna</td>")));
    // No reason code, no path of this computer, no raw settings.
    for (Reason reason : allReasons())
        QVERIFY2(!text.contains(reasonCode(reason)), qPrintable(reasonCode(reason)));
    QVERIFY2(!text.contains(m_dir.path()), "the human report names a path of this computer");
    QVERIFY(!text.contains(QStringLiteral("accept_distance")));
}

std::vector<double> TestCliAccountability::distancesIn(const cv::Mat &picture, const Pasted &pasted)
{
    return bw::test::distancesToPasted(*m_engine, m_canvas, picture, pasted);
}

void TestCliAccountability::thumbnailHidesWhatTheExportHides()
{
    const cv::Mat thumbnail = embeddedPicture(html(QStringLiteral("parro")), 0);
    QVERIFY(!thumbnail.empty());
    QVERIFY(std::max(thumbnail.cols, thumbnail.rows) <= 800);
    for (const Pasted &pasted : m_pasted) {
        const QString who = pasted.who.isEmpty() ? QStringLiteral("a stranger") : pasted.who;
        const std::vector<double> distances = distancesIn(thumbnail, pasted);
        if (pasted.who == QLatin1String("Barack Obama")) {
            QVERIFY2(!distances.empty(), "the visible face is not found in the thumbnail");
            continue;
        }
        // Hidden in the export, hidden in the thumbnail: not found, or not recognisable.
        for (double distance : distances)
            QVERIFY2(distance > 0.6, qPrintable(QStringLiteral("%1 is recognisable in the thumbnail (%2)").arg(who).arg(distance)));
    }
}

void TestCliAccountability::pdfReportSaysTheSame()
{
    const QString text = pdfText(m_dir.filePath(QStringLiteral("parro-verslag.pdf")));
    QVERIFY2(text.contains(QStringLiteral("Verantwoording export naar parro")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Barack Obama")) && text.contains(QStringLiteral("zichtbaar")));
    QVERIFY(text.contains(reasonDutchText(Reason::Refused)));
    for (Reason reason : allReasons())
        QVERIFY2(!text.contains(reasonCode(reason)), qPrintable(reasonCode(reason)));
    QVERIFY(!text.contains(m_dir.path()));
    QTemporaryDir pictures;
    QCOMPARE(pdfPictures(m_dir.filePath(QStringLiteral("parro-verslag.pdf")), pictures.path()).size(), std::size_t(1));
}

void TestCliAccountability::reportKeepsTheAuditHead()
{
    const QJsonObject audit = report(QStringLiteral("schoolgids"))[QStringLiteral("audit")].toObject();
    QVERIFY(audit[QStringLiteral("intact")].toBool());
    CliRun verify = runCli(m_data, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    // Nothing was logged after the last export: its report holds the chain's head.
    QVERIFY2(verify.out.contains(QStringLiteral("%1 entries, last %2")
                                     .arg(audit[QStringLiteral("entries")].toInteger())
                                     .arg(audit[QStringLiteral("last_hash")].toString())),
             qPrintable(verify.out));
    QVERIFY(withoutPictures(html(QStringLiteral("schoolgids"))).contains(audit[QStringLiteral("last_hash")].toString()));
}

void TestCliAccountability::parentOverviewShowsOnlyThatPupil()
{
    const QString pdf = m_dir.filePath(QStringLiteral("overzicht-obama.pdf"));
    CliRun run = runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("exports"), QStringLiteral("Barack Obama"),
                                 QStringLiteral("--overview"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = pdfText(pdf);
    const QString output = report(QStringLiteral("parro"))[QStringLiteral("photos")].toArray()[0].toObject()[QStringLiteral("output")].toString();
    QVERIFY2(text.contains(QStringLiteral("Barack Obama")) && text.contains(QFileInfo(output).fileName()), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Joe Biden")));
    QTemporaryDir work;
    const std::vector<cv::Mat> pictures = pdfPictures(pdf, work.path());
    QCOMPARE(pictures.size(), std::size_t(1));
    for (const Pasted &pasted : m_pasted) {
        const QString who = pasted.who.isEmpty() ? QStringLiteral("a stranger") : pasted.who;
        const std::vector<double> distances = distancesIn(pictures[0], pasted);
        if (pasted.who == QLatin1String("Barack Obama")) {
            QVERIFY2(!distances.empty(), "the pupil's own face is not on the overview");
            continue;
        }
        // Everyone else hidden (on parro only Obama is shown anyway: the overview hides as
        // the export did, and would hide other shown pupils too).
        for (double distance : distances)
            QVERIFY2(distance > 0.6, qPrintable(QStringLiteral("%1 is recognisable on the overview (%2)").arg(who).arg(distance)));
    }
}

void TestCliAccountability::withdrawalListsTheExportsToTakeDown()
{
    const QString csv = m_dir.filePath(QStringLiteral("intrekking.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("leerling;datum;door;intern\nBarack Obama;%1;ouder;nee\n")
                   .arg(QDate::currentDate().toString(Qt::ISODate)).toUtf8());
    file.close();
    CliRun run = runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("import"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString parro = QFileInfo(report(QStringLiteral("parro"))[QStringLiteral("photos")].toArray()[0].toObject()[QStringLiteral("output")].toString()).fileName();
    const QString schoolgids = QFileInfo(report(QStringLiteral("schoolgids"))[QStringLiteral("photos")].toArray()[0].toObject()[QStringLiteral("output")].toString()).fileName();
    QVERIFY2(run.out.contains(QStringLiteral("to take down")) && run.out.contains(parro), qPrintable(run.out));
    QVERIFY2(!run.out.contains(schoolgids), qPrintable(run.out));
}

void TestCliAccountability::brokenAuditTrailIsNamedInTheNextReport()
{
    const qint64 entry = bw::test::tamperWithAudit(m_data, bw::test::AuditTampering::EditEntry);
    QVERIFY(entry > 0);
    const QString channel = QStringLiteral("nieuwsbrief");
    CliRun run = runCli(m_data, {QStringLiteral("screen"), QStringLiteral("--channel"), channel,
                                 QStringLiteral("--out"), m_dir.filePath(channel),
                                 QStringLiteral("--report"), m_dir.filePath(channel + QStringLiteral("-verslag.json")), m_group});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject audit = report(channel)[QStringLiteral("audit")].toObject();
    QVERIFY(!audit[QStringLiteral("intact")].toBool());
    QCOMPARE(audit[QStringLiteral("first_bad_entry")].toInteger(), entry);
    QCOMPARE(audit[QStringLiteral("problem")].toString(), QStringLiteral("entry_changed"));
    QVERIFY(withoutPictures(html(channel)).contains(QStringLiteral("regel %1 van het logboek is gewijzigd").arg(entry)));
}

QTEST_GUILESS_MAIN(TestCliAccountability)
#include "tst_cli_accountability.moc"
