// The face-recognition consent flow of issue 12 through beeldwacht-cli, on real faces:
// import the pupils -> refs import (the pupil without recognition consent is refused, nothing
// of them stored) -> screen (that pupil stays unknown and hidden although publication
// consent allows them; the other is recognised) -> import a withdrawal (descriptors gone from
// the database file and its log) -> screen (no longer recognised).
#include "clisupport.h"
#include "testsupport.h"

#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "imaging/photoloader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bw;
using bw::test::CliRun;
using bw::test::runCli;

namespace {

int descriptorRows(const QString &dataDir)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(QDir(dataDir).filePath(QStringLiteral("registry.sqlite"))).constData(), &db,
                    SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    int rows = -1;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM reference_descriptors", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        rows = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

QByteArray bytesOf(const FaceDescriptor &descriptor)
{
    return QByteArray(reinterpret_cast<const char *>(descriptor.data()), qsizetype(sizeof(descriptor)));
}

QJsonObject faceOf(const QJsonObject &report, const QString &photoSuffix)
{
    for (const QJsonValue &photo : report[QStringLiteral("photos")].toArray()) {
        if (photo[QStringLiteral("source")].toString().endsWith(photoSuffix))
            return photo[QStringLiteral("faces")].toArray().at(0).toObject();
    }
    return {};
}

} // namespace

class TestCliRecognition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refsImportRefusesAPupilWithoutRecognitionConsent();
    void screenHidesThePupilWithoutRecognitionConsent();
    void importedWithdrawalDeletesAndEndsRecognition();

private:
    bool writeCsv(const QString &name, const QByteArray &rows);
    CliRun screen(const QString &name);
    FaceDescriptor descriptorOf(const QString &photo);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_trip;
    std::unique_ptr<FaceEngine> m_engine;
};

bool TestCliRecognition::writeCsv(const QString &name, const QByteArray &rows)
{
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::WriteOnly)
        && file.write("leerling;groep;geboortedatum;datum;door;intern;extern;klassenfoto;gezichtsherkenning\n" + rows) > 0;
}

CliRun TestCliRecognition::screen(const QString &name)
{
    return runCli(m_data, {QStringLiteral("screen"), QStringLiteral("--channel"), QStringLiteral("parro"),
                           QStringLiteral("--out"), m_dir.filePath(name), QStringLiteral("--report"),
                           m_dir.filePath(name + QStringLiteral(".json")), m_trip});
}

FaceDescriptor TestCliRecognition::descriptorOf(const QString &photo)
{
    const cv::Mat image = loadPhoto(photo).value().image;
    return m_engine->describe(image, m_engine->detect(image).value()).value().at(0).descriptor.value();
}

void TestCliRecognition::initTestCase()
{
    const QString obama = bw::test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(obama, QStringLiteral("fetched test photos"));
    Result<ModelFiles> models = ModelLocator::locate(bw::test::binDir());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    m_engine = std::move(FaceEngine::create(*models).value());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("BW_KEEP_TEST_DIR"));
    m_data = m_dir.filePath(QStringLiteral("data"));

    // Both may be shown on parro; only Obama's parent answered the face-recognition question.
    QVERIFY(writeCsv(QStringLiteral("leerlingen.csv"), "Barack Obama;5B;2016-08-04;2026-09-01;ouder;ja;nee;ja;ja\n"
                                                       "Joe Biden;5B;2016-11-20;2026-09-01;ouder;ja;ja;ja;\n"));
    const CliRun imported = runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("import"),
                                            m_dir.filePath(QStringLiteral("leerlingen.csv"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    qInfo().noquote() << "$ beeldwacht-cli pupils import leerlingen.csv\n" + imported.out.trimmed();

    m_trip = m_dir.filePath(QStringLiteral("uitje"));
    QVERIFY(QDir().mkpath(m_trip));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("obama2.jpg")), m_trip + QStringLiteral("/IMG_0001.jpg")));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("biden.jpg")), m_trip + QStringLiteral("/IMG_0002.jpg")));
}

void TestCliRecognition::refsImportRefusesAPupilWithoutRecognitionConsent()
{
    const QString refs = m_dir.filePath(QStringLiteral("pasfotos"));
    QVERIFY(QDir().mkpath(refs + QStringLiteral("/Barack Obama")));
    QVERIFY(QDir().mkpath(refs + QStringLiteral("/Joe Biden")));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("obama.jpg")), refs + QStringLiteral("/Barack Obama/obama.jpg")));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("biden.jpg")), refs + QStringLiteral("/Joe Biden/biden.jpg")));
    const CliRun run = runCli(m_data, {QStringLiteral("refs"), QStringLiteral("import"), refs});
    qInfo().noquote() << "$ beeldwacht-cli refs import pasfotos\n" + run.err.trimmed() + "\n" + run.out.trimmed();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("1 reference photos stored, 0 already known, 1 refused\n"));
    QVERIFY2(run.err.contains(QStringLiteral("refused: ") + refs
                              + QStringLiteral("/Joe Biden/biden.jpg: Joe Biden has no valid consent for face "
                                               "recognition (gezichtsherkenning: no_answer)")),
             qPrintable(run.err));

    // In the database file: one descriptor, Obama's; nothing of Biden in any file.
    QCOMPARE(descriptorRows(m_data), 1);
    QVERIFY(!bw::test::filesContaining(m_data, bytesOf(descriptorOf(bw::test::fetchedImage(QStringLiteral("obama.jpg"))))).isEmpty());
    QCOMPARE(bw::test::filesContaining(m_data, bytesOf(descriptorOf(bw::test::fetchedImage(QStringLiteral("biden.jpg"))))), QStringList());

    const CliRun list = runCli(m_data, {QStringLiteral("refs"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray pupils = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(pupils.size(), 2);
    const QJsonObject obama = pupils.at(0).toObject();
    QCOMPARE(obama[QStringLiteral("leerling")].toString(), QStringLiteral("Barack Obama"));
    QVERIFY(obama[QStringLiteral("biometrics")][QStringLiteral("allowed")].toBool());
    const QJsonObject reference = obama[QStringLiteral("references")].toArray().at(0).toObject();
    QCOMPARE(reference[QStringLiteral("taken")].toString(), QStringLiteral("2012-12-06"));
    QCOMPARE(reference[QStringLiteral("added")].toString(), QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(reference[QStringLiteral("outdated")].toBool());
    const QJsonObject biden = pupils.at(1).toObject();
    QCOMPARE(biden[QStringLiteral("biometrics")][QStringLiteral("reason")].toString(), QStringLiteral("no_answer"));
    QVERIFY(biden[QStringLiteral("references")].toArray().isEmpty());
}

void TestCliRecognition::screenHidesThePupilWithoutRecognitionConsent()
{
    const CliRun run = screen(QStringLiteral("eerste"));
    qInfo().noquote() << "$ beeldwacht-cli screen --channel parro ...\n" + run.out.trimmed();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = bw::test::readJsonObject(m_dir.filePath(QStringLiteral("eerste.json")));
    const QJsonObject obama = faceOf(report, QStringLiteral("IMG_0001.jpg"));
    QCOMPARE(obama[QStringLiteral("pupil")].toString(), QStringLiteral("Barack Obama"));
    QVERIFY(obama[QStringLiteral("visible")].toBool());
    QCOMPARE(obama[QStringLiteral("matched_by")].toString(), QStringLiteral("reference"));
    QCOMPARE(obama[QStringLiteral("recognition_consent")][QStringLiteral("category")].toString(),
             QStringLiteral("gezichtsherkenning"));
    // Biden may be shown on parro, but may not be recognised: unknown, so hidden.
    const QJsonObject biden = faceOf(report, QStringLiteral("IMG_0002.jpg"));
    QVERIFY(biden[QStringLiteral("pupil")].isNull());
    QVERIFY(!biden[QStringLiteral("visible")].toBool());
    QCOMPARE(biden[QStringLiteral("reason")].toString(), QStringLiteral("unknown"));
    QVERIFY(biden[QStringLiteral("matched_by")].isNull());
    QVERIFY(!biden.contains(QStringLiteral("recognition_consent")));

    const QJsonArray photos = report[QStringLiteral("photos")].toArray();
    QCOMPARE(photos.at(0)[QStringLiteral("faces_matched_by_reference")].toInt(), 1);
    QCOMPARE(photos.at(1)[QStringLiteral("faces_matched_by_reference")].toInt(), 0);
    QCOMPARE(photos.at(1)[QStringLiteral("faces_identified_by_teacher")].toInt(), 0);
    const QJsonArray inForce = report[QStringLiteral("recognition_consent")].toArray();
    QCOMPARE(inForce.size(), 1);
    QCOMPARE(inForce.at(0)[QStringLiteral("pupil")].toString(), QStringLiteral("Barack Obama"));
    QCOMPARE(inForce.at(0)[QStringLiteral("answer")].toString(), QStringLiteral("ja"));
}

void TestCliRecognition::importedWithdrawalDeletesAndEndsRecognition()
{
    const FaceDescriptor reference = descriptorOf(bw::test::fetchedImage(QStringLiteral("obama.jpg")));
    QVERIFY(writeCsv(QStringLiteral("intrekking.csv"),
                     "Barack Obama;5B;2016-08-04;" + QDate::currentDate().toString(Qt::ISODate).toUtf8() + ";ouder;;;;nee\n"));
    const CliRun withdrawn = runCli(m_data, {QStringLiteral("pupils"), QStringLiteral("import"),
                                             m_dir.filePath(QStringLiteral("intrekking.csv"))});
    qInfo().noquote() << "$ beeldwacht-cli pupils import intrekking.csv\n" + withdrawn.out.trimmed();
    QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.err));
    QVERIFY2(withdrawn.out.contains(QStringLiteral("1 reference descriptors deleted: consent for face recognition ended")),
             qPrintable(withdrawn.out));
    QCOMPARE(descriptorRows(m_data), 0);
    QCOMPARE(bw::test::filesContaining(m_data, bytesOf(reference)), QStringList());

    const CliRun run = screen(QStringLiteral("tweede"));
    qInfo().noquote() << "$ beeldwacht-cli screen --channel parro ...\n" + run.out.trimmed();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = bw::test::readJsonObject(m_dir.filePath(QStringLiteral("tweede.json")));
    const QJsonObject obama = faceOf(report, QStringLiteral("IMG_0001.jpg"));
    QVERIFY(obama[QStringLiteral("pupil")].isNull());
    QVERIFY(!obama[QStringLiteral("visible")].toBool());
    QVERIFY(obama[QStringLiteral("matched_by")].isNull());
    QVERIFY(report[QStringLiteral("recognition_consent")].toArray().isEmpty());
    QCOMPARE(bw::test::registryIntegrity(m_data), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestCliRecognition)
#include "tst_cli_recognition.moc"
