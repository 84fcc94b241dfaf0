// Per-photo consent end to end through beeldwacht-cli, on real faces: the website needs a
// separate consent for each photo, so a group photo with two pupils waits; `requests make`
// writes one letter per pupil in which only that pupil is recognisable; the answers are
// recorded (a wrong or repeated code changes nothing); the next screening exports the photo
// with exactly the pupil who said yes visible.
#include "clisupport.h"
#include "composedgroup.h"
#include "testsupport.h"

#include "faces/faceengine.h"
#include "faces/modellocator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// The picture of an e-mail-ready letter: its one embedded JPEG.
cv::Mat letterPicture(const QString &htmlPath)
{
    QFile file(htmlPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("data:image/jpeg;base64,([A-Za-z0-9+/=]+)")).match(QString::fromLatin1(file.readAll()));
    if (!match.hasMatch())
        return {};
    const QByteArray jpeg = QByteArray::fromBase64(match.captured(1).toLatin1());
    return cv::imdecode(std::vector<uchar>(jpeg.begin(), jpeg.end()), cv::IMREAD_COLOR);
}

QJsonObject photoOfReport(const QString &path)
{
    return bw::test::readJsonObject(path)[QStringLiteral("photos")].toArray().at(0).toObject();
}

// The report's face whose box centre lies in the pasted area.
QJsonObject faceAt(const QJsonObject &photo, const Pasted &pasted)
{
    for (const QJsonValue &value : photo[QStringLiteral("faces")].toArray()) {
        const QJsonArray box = value.toObject()[QStringLiteral("box")].toArray();
        if (pasted.area.contains(cv::Point(box[0].toInt() + box[2].toInt() / 2, box[1].toInt() + box[3].toInt() / 2)))
            return value.toObject();
    }
    return {};
}

bool recognised(const std::vector<double> &distances)
{
    return std::any_of(distances.begin(), distances.end(), [](double d) { return d < 0.6; });
}

} // namespace

class TestCliRequests : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void askRecordAndPublish();
    void siblingsShareOneLetter();

private:
    CliRun screen(const QString &name);
    // The code of the request for `pupil` in the overview CSV.
    QString codeFor(const QString &pupil) const;

    QTemporaryDir m_dir;
    QString m_data;
    QString m_trip;
    QString m_letters;
    std::unique_ptr<FaceEngine> m_engine;
    std::vector<Pasted> m_pasted;
    cv::Mat m_canvas;
};

void TestCliRequests::initTestCase()
{
    const QString obama = bw::test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(obama, QStringLiteral("fetched test photos"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is missing; run installer/setup (package poppler-utils)");
    Result<ModelFiles> models = ModelLocator::locate(bw::test::binDir());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    QVERIFY(engine);
    m_engine = std::move(*engine);

    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("BW_KEEP_TEST_DIR"));
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_letters = m_dir.filePath(QStringLiteral("brieven"));
    const QString csv = m_dir.filePath(QStringLiteral("toestemming.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Both may appear externally in general; the website asks again for each photo.
    file.write("leerling;groep;geboortedatum;datum;door;intern;extern;klassenfoto;gezichtsherkenning\n"
               "Barack Obama;5B;2016-08-04;2026-09-01;ouder;ja;ja;ja;ja\n"
               "Joe Biden;5B;2016-11-20;2026-09-01;ouder;ja;ja;ja;ja\n");
    file.close();
    const CliRun imported = runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("import"), csv});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QString error;
    QVERIFY2(bw::test::importReferences(m_data, m_dir.path(), &error), qPrintable(error));
    const CliRun setting = runCli(m_data, {QStringLiteral("settings"), QStringLiteral("website_per_photo_consent"), QStringLiteral("ja")});
    QVERIFY2(setting.exitCode == 0, qPrintable(setting.err));

    m_trip = m_dir.filePath(QStringLiteral("uitje"));
    QVERIFY(QDir().mkpath(m_trip));
    m_pasted = bw::test::composeGroupPhoto(*m_engine, m_canvas);
    QVERIFY(cv::imwrite((m_trip + QStringLiteral("/groep.jpg")).toStdString(), m_canvas, {cv::IMWRITE_JPEG_QUALITY, 95}));
}

CliRun TestCliRequests::screen(const QString &name)
{
    return runCli(m_data, {QStringLiteral("screen"), QStringLiteral("--channel"), QStringLiteral("website"),
                           QStringLiteral("--out"), m_dir.filePath(name), QStringLiteral("--report"),
                           m_dir.filePath(name + QStringLiteral(".json")), m_trip});
}

QString TestCliRequests::codeFor(const QString &pupil) const
{
    QFile overview(QDir(m_letters).filePath(QStringLiteral("verzoeken.csv")));
    if (!overview.open(QIODevice::ReadOnly))
        return {};
    for (const QString &line : QString::fromUtf8(overview.readAll()).split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char(';'));
        if (fields.size() == 7 && fields[1] == pupil && fields[4] == QLatin1String("open"))
            return fields[0];
    }
    return {};
}

void TestCliRequests::askRecordAndPublish()
{
    // 1. The photo waits for both pupils' consent for this photo.
    const CliRun first = screen(QStringLiteral("eerst"));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QJsonObject waiting = photoOfReport(m_dir.filePath(QStringLiteral("eerst.json")));
    QCOMPARE(waiting[QStringLiteral("status")].toString(), QStringLiteral("needs_review"));

    // 2. One letter per pupil; each shows its own pupil only.
    const CliRun made = runCli(m_data, {QStringLiteral("requests"), QStringLiteral("make"), QStringLiteral("--channel"),
                                        QStringLiteral("website"), QStringLiteral("--out"), m_letters, m_trip});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY2(made.out.startsWith(QStringLiteral("2 requests for 1 photos")), qPrintable(made.out));
    for (const Pasted &pupil : m_pasted) {
        if (pupil.who.isEmpty())
            continue;
        const QString code = codeFor(pupil.who);
        QVERIFY2(!code.isEmpty(), qPrintable(pupil.who));
        const QString text = pdfText(QDir(m_letters).filePath(code + QStringLiteral(".pdf")));
        QVERIFY2(text.contains(pupil.who) && text.contains(code), qPrintable(text.left(400)));
        const cv::Mat picture = letterPicture(QDir(m_letters).filePath(code + QStringLiteral(".html")));
        QVERIFY(!picture.empty());
        QCOMPARE(std::max(picture.cols, picture.rows), 1920); // the website's export size
        for (const Pasted &other : m_pasted) {
            const bool own = other.who == pupil.who;
            const std::vector<double> distances = bw::test::distancesToPasted(*m_engine, m_canvas, picture, other);
            QVERIFY2(recognised(distances) == own,
                     qPrintable(QStringLiteral("letter for %1: %2 %3").arg(pupil.who, other.who.isEmpty() ? QStringLiteral("stranger") : other.who,
                                                                         own ? QStringLiteral("not recognisable") : QStringLiteral("recognisable"))));
        }
    }

    // 3. Answers: Obama's parent says ja, Biden's nee. Wrong or repeated codes change nothing.
    const QString obama = codeFor(QStringLiteral("Barack Obama"));
    const QString biden = codeFor(QStringLiteral("Joe Biden"));
    const CliRun unknown = runCli(m_data, {QStringLiteral("requests"), QStringLiteral("record"), QStringLiteral("ZZZZ-ZZZZ"), QStringLiteral("ja")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains(QStringLiteral("no request with code ZZZZ-ZZZZ")), qPrintable(unknown.err));
    QVERIFY(runCli(m_data, {QStringLiteral("requests"), QStringLiteral("record"), obama.toLower(), QStringLiteral("ja")}).exitCode == 0);
    const CliRun nee = runCli(m_data, {QStringLiteral("requests"), QStringLiteral("record"), biden, QStringLiteral("nee"),
                                       QStringLiteral("--door"), QStringLiteral("ouder")});
    QVERIFY2(nee.exitCode == 0, qPrintable(nee.err));
    const CliRun again = runCli(m_data, {QStringLiteral("requests"), QStringLiteral("record"), obama, QStringLiteral("nee")});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(QStringLiteral("already been answered")), qPrintable(again.err));

    const CliRun list = runCli(m_data, {QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QStringList statuses;
    for (const QJsonValue &value : QJsonDocument::fromJson(list.out.toUtf8()).array())
        statuses << value[QStringLiteral("leerling")].toString() + QLatin1Char('=') + value[QStringLiteral("status")].toString();
    statuses.sort();
    QCOMPARE(statuses, (QStringList{QStringLiteral("Barack Obama=ja"), QStringLiteral("Joe Biden=nee")}));

    // 4. The photo is exported: Obama visible by his "ja" for this photo, Biden and strangers hidden.
    const CliRun second = screen(QStringLiteral("daarna"));
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QJsonObject photo = photoOfReport(m_dir.filePath(QStringLiteral("daarna.json")));
    QCOMPARE(photo[QStringLiteral("status")].toString(), QStringLiteral("exported"));
    const cv::Mat exported = cv::imread(photo[QStringLiteral("output")].toString().toStdString());
    QVERIFY(!exported.empty());
    for (const Pasted &pasted : m_pasted) {
        const QJsonObject face = faceAt(photo, pasted);
        QVERIFY2(!face.isEmpty(), qPrintable(pasted.who));
        const bool show = pasted.who == QLatin1String("Barack Obama");
        QCOMPARE(face[QStringLiteral("visible")].toBool(), show);
        QCOMPARE(recognised(bw::test::distancesToPasted(*m_engine, m_canvas, exported, pasted)), show);
        if (show) {
            QCOMPARE(face[QStringLiteral("photo_consent")].toObject()[QStringLiteral("answer")].toString(), QStringLiteral("ja"));
            QCOMPARE(face[QStringLiteral("photo_consent")].toObject()[QStringLiteral("photo_sha256")].toString(),
                     photo[QStringLiteral("sha256")].toString());
        } else if (pasted.who == QLatin1String("Joe Biden")) {
            QCOMPARE(face[QStringLiteral("reason")].toString(), QStringLiteral("photo_consent_refused"));
        }
    }

    // 5. Obama's parent changes the answer to nee: appended (the ja stays in the history), and
    //    the next screening hides him on this photo too.
    const CliRun changed = runCli(m_data, {QStringLiteral("requests"), QStringLiteral("record"), obama, QStringLiteral("nee"),
                                           QStringLiteral("--wijzig")});
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QVERIFY2(changed.out.startsWith(QStringLiteral("changed to nee")), qPrintable(changed.out));
    const CliRun third = screen(QStringLiteral("gewijzigd"));
    QVERIFY2(third.exitCode == 0, qPrintable(third.err));
    const QJsonObject after = photoOfReport(m_dir.filePath(QStringLiteral("gewijzigd.json")));
    const cv::Mat hidden = cv::imread(after[QStringLiteral("output")].toString().toStdString());
    QVERIFY(!hidden.empty());
    for (const Pasted &pasted : m_pasted) {
        const QJsonObject face = faceAt(after, pasted);
        QVERIFY2(!face.isEmpty(), qPrintable(pasted.who));
        QVERIFY2(!face[QStringLiteral("visible")].toBool(), qPrintable(pasted.who));
        QVERIFY(!recognised(bw::test::distancesToPasted(*m_engine, m_canvas, hidden, pasted)));
        if (pasted.who == QLatin1String("Barack Obama"))
            QCOMPARE(face[QStringLiteral("reason")].toString(), QStringLiteral("photo_consent_refused"));
    }
}

void TestCliRequests::siblingsShareOneLetter()
{
    // The same photo, a school that knows Obama and Biden are brothers: one letter asks both,
    // each photo in it shows only the brother it asks about, each with his own code.
    const QString data = m_dir.filePath(QStringLiteral("gezin-data"));
    const QString letters = m_dir.filePath(QStringLiteral("gezin-brieven"));
    const QString csv = m_dir.filePath(QStringLiteral("gezin.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("leerling;groep;gezin;geboortedatum;datum;door;extern;gezichtsherkenning\n"
               "Barack Obama;5B;obama-biden;2016-08-04;2026-09-01;ouder;ja;ja\n"
               "Joe Biden;3A;obama-biden;2018-11-20;2026-09-01;ouder;ja;ja\n");
    file.close();
    QVERIFY(runCli(data, {QStringLiteral("pupils"), QStringLiteral("import"), csv}).exitCode == 0);
    QString error;
    QVERIFY2(bw::test::importReferences(data, m_dir.path(), &error), qPrintable(error));
    QVERIFY(runCli(data, {QStringLiteral("settings"), QStringLiteral("website_per_photo_consent"), QStringLiteral("ja")}).exitCode == 0);

    const CliRun made = runCli(data, {QStringLiteral("requests"), QStringLiteral("make"), QStringLiteral("--channel"),
                                      QStringLiteral("website"), QStringLiteral("--out"), letters, m_trip});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY2(made.out.contains(QStringLiteral("2 requests")) && made.out.contains(QStringLiteral("1 letters")), qPrintable(made.out));
    const QStringList pdfs = QDir(letters).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    QCOMPARE(pdfs.size(), 1);
    const QString text = pdfText(QDir(letters).filePath(pdfs.first()));
    const CliRun list = runCli(data, {QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray requests = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(requests.size(), 2);
    for (const QJsonValue &request : requests) {
        QVERIFY2(text.contains(request[QStringLiteral("leerling")].toString()), qPrintable(text.left(600)));
        QVERIFY2(text.contains(request[QStringLiteral("code")].toString()), qPrintable(request[QStringLiteral("code")].toString()));
    }
    // Its pictures, in the order of the letter: each shows its own brother and no one else.
    QFile html(QDir(letters).filePath(QFileInfo(pdfs.first()).completeBaseName() + QStringLiteral(".html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromLatin1(html.readAll());
    QRegularExpressionMatchIterator jpegs =
        QRegularExpression(QStringLiteral("data:image/jpeg;base64,([A-Za-z0-9+/=]+)")).globalMatch(page);
    QStringList shown;
    while (jpegs.hasNext()) {
        const QByteArray jpeg = QByteArray::fromBase64(jpegs.next().captured(1).toLatin1());
        const cv::Mat picture = cv::imdecode(std::vector<uchar>(jpeg.begin(), jpeg.end()), cv::IMREAD_COLOR);
        QStringList visible;
        for (const Pasted &pasted : m_pasted) {
            if (recognised(bw::test::distancesToPasted(*m_engine, m_canvas, picture, pasted)))
                visible << (pasted.who.isEmpty() ? QStringLiteral("stranger") : pasted.who);
        }
        shown << visible.join(QLatin1Char('+'));
    }
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("Barack Obama"), QStringLiteral("Joe Biden")}));
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
