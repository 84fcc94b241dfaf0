// Minimal biometric data: descriptors of activity photos never reach the registry or any
// file, `purge --biometrics` leaves a registry that works again after a new `refs import`
// (and until then treats everyone as unknown), the data dir and every registry file are
// private to the user, and the CLI's output names no pupil.
#include "clisupport.h"
#include "testsupport.h"

#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "imaging/photoloader.h"
#include "storage/registry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

#include <cmath>
#include <cstring>

using namespace bw;

namespace {

int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// Blobs at least as large as a descriptor (128 floats), in every column of every table.
int descriptorSizedBlobs(const QString &dataDir)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(QDir(dataDir).filePath(QStringLiteral("registry.sqlite"))).constData(), &db,
                    SQLITE_OPEN_READONLY, nullptr);
    const auto column = [&](const QByteArray &sql) {
        QList<QByteArray> values;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW)
                values << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        return values;
    };
    int blobs = 0;
    for (const QByteArray &table : column("SELECT name FROM sqlite_master WHERE type = 'table'")) {
        for (const QByteArray &name : column("SELECT name FROM pragma_table_info('" + table + "')")) {
            const QList<QByteArray> count = column("SELECT count(*) FROM \"" + table + "\" WHERE typeof(\"" + name
                                                   + "\") = 'blob' AND length(\"" + name + "\") >= 512");
            blobs += count.isEmpty() ? 0 : count.first().toInt();
        }
    }
    sqlite3_close(db);
    return blobs;
}

QByteArray bytesOf(const FaceDescriptor &descriptor)
{
    return QByteArray(reinterpret_cast<const char *>(descriptor.data()), qsizetype(sizeof(descriptor)));
}

} // namespace

class TestBiometrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dataDirAndRegistryAreOwnerOnly();
    void activityDescriptorsAreNeverStored();
    void outputNamesNoPupil();
    void purgeThenReimport();

private:
    QStringList screenArguments(const QString &name) const;
    FaceDescriptor descriptorOf(const QString &photo);
    QJsonArray facesOf(const QString &report);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_trip;
    std::unique_ptr<FaceEngine> m_engine;
};

void TestBiometrics::initTestCase()
{
    const QString obama2 = bw::test::fetchedImage(QStringLiteral("obama2.jpg"));
    BW_REQUIRE_DATA(obama2, QStringLiteral("fetched test photos"));
    Result<ModelFiles> models = ModelLocator::locate(bw::test::binDir());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    QVERIFY(engine);
    m_engine = std::move(*engine);

    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("BW_KEEP_TEST_DIR"));
    m_data = m_dir.filePath(QStringLiteral("data"));
    QString error;
    QVERIFY2(bw::test::importPupils(m_data, m_dir.path(), &error), qPrintable(error));
    QVERIFY2(bw::test::importReferences(m_data, m_dir.path(), &error), qPrintable(error));

    // The activity photos: another photo of Obama (one face), Biden, and an unreadable file.
    m_trip = m_dir.filePath(QStringLiteral("uitje"));
    QVERIFY(QDir().mkpath(m_trip));
    QVERIFY(QFile::copy(obama2, m_trip + QStringLiteral("/IMG_0001.jpg")));
    QVERIFY(QFile::copy(bw::test::fetchedImage(QStringLiteral("biden.jpg")), m_trip + QStringLiteral("/IMG_0002.jpg")));
    QFile broken(m_trip + QStringLiteral("/IMG_0003.jpg"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray("\xff\xd8\xff\xe0 not really a photo", 24));
}

QStringList TestBiometrics::screenArguments(const QString &name) const
{
    return {QStringLiteral("screen"), QStringLiteral("--channel"), QStringLiteral("parro"), QStringLiteral("--out"),
            m_dir.filePath(name), QStringLiteral("--report"), m_dir.filePath(name + QStringLiteral(".json")), m_trip};
}

FaceDescriptor TestBiometrics::descriptorOf(const QString &photo)
{
    const cv::Mat image = loadPhoto(photo).value().image;
    const std::vector<FaceBox> faces = m_engine->detect(image).value();
    return m_engine->describe(image, faces).value().at(0).descriptor.value();
}

QJsonArray TestBiometrics::facesOf(const QString &report)
{
    QJsonArray faces;
    for (const QJsonValue &photo : bw::test::readJsonObject(report)[QStringLiteral("photos")].toArray()) {
        for (const QJsonValue &face : photo[QStringLiteral("faces")].toArray())
            faces.append(face);
    }
    return faces;
}

void TestBiometrics::dataDirAndRegistryAreOwnerOnly()
{
    QCOMPARE(modeOf(m_data), 0700);
    QCOMPARE(modeOf(QDir(m_data).filePath(QStringLiteral("registry.sqlite"))), 0600);
    // The -wal and -shm files live while a program has the registry open: look during a screen.
    QProcess screen;
    screen.start(bw::test::cliPath(), QStringList{QStringLiteral("--data-dir"), m_data} + screenArguments(QStringLiteral("modes")));
    QVERIFY(screen.waitForStarted());
    const QString wal = QDir(m_data).filePath(QStringLiteral("registry.sqlite-wal"));
    const QString shm = QDir(m_data).filePath(QStringLiteral("registry.sqlite-shm"));
    int walMode = -1;
    int shmMode = -1;
    while (walMode < 0 || shmMode < 0) {
        walMode = modeOf(wal);
        shmMode = modeOf(shm);
        if (screen.waitForFinished(1))
            break;
    }
    QVERIFY(screen.waitForFinished(300000));
    QCOMPARE(screen.exitCode(), 0);
    QCOMPARE(walMode, 0600);
    QCOMPARE(shmMode, 0600);
    for (const QString &name : QDir(m_data).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(modeOf(QDir(m_data).filePath(name)) == 0600, qPrintable(name));
}

void TestBiometrics::activityDescriptorsAreNeverStored()
{
    const QByteArray reference = bytesOf(descriptorOf(bw::test::fetchedImage(QStringLiteral("obama.jpg"))));
    const FaceDescriptor activityDescriptor = descriptorOf(m_trip + QStringLiteral("/IMG_0001.jpg"));
    const QByteArray activity = bytesOf(activityDescriptor);
    // The search works: the reference descriptor is in the registry, as it must be.
    QVERIFY(!bw::test::filesContaining(m_data, reference).isEmpty());
    const int blobsBefore = descriptorSizedBlobs(m_data);
    QCOMPARE(blobsBefore, 2);

    const bw::test::CliRun run = bw::test::runCli(m_data, screenArguments(QStringLiteral("bio")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The pipeline computed the same descriptor: the report's distance to the reference is ours.
    const QJsonObject obama = facesOf(m_dir.filePath(QStringLiteral("bio.json"))).at(0).toObject();
    QCOMPARE(obama[QStringLiteral("pupil")].toString(), QStringLiteral("Barack Obama"));
    FaceDescriptor referenceDescriptor{};
    std::memcpy(referenceDescriptor.data(), reference.constData(), sizeof(referenceDescriptor));
    QVERIFY(std::abs(obama[QStringLiteral("distance")].toDouble() - descriptorDistance(activityDescriptor, referenceDescriptor)) < 1e-3);

    QCOMPARE(descriptorSizedBlobs(m_data), blobsBefore);
    QCOMPARE(bw::test::filesContaining(m_data, activity), QStringList());
    QCOMPARE(bw::test::filesContaining(m_dir.filePath(QStringLiteral("bio")), activity), QStringList());
    for (const QString &suffix : {QStringLiteral(".json"), QStringLiteral(".csv"), QStringLiteral(".html")}) {
        QFile report(m_dir.filePath(QStringLiteral("bio") + suffix));
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(!report.readAll().contains(activity.left(64)));
    }
}

void TestBiometrics::outputNamesNoPupil()
{
    const bw::test::CliRun run = bw::test::runCli(m_data, screenArguments(QStringLiteral("log")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &name : {QStringLiteral("Obama"), QStringLiteral("Barack"), QStringLiteral("Biden")}) {
        QVERIFY2(!run.out.contains(name, Qt::CaseInsensitive), qPrintable(run.out));
        QVERIFY2(!run.err.contains(name, Qt::CaseInsensitive), qPrintable(run.err));
    }
    // The report is the school's accountability record: it does name who is visible.
    QFile report(m_dir.filePath(QStringLiteral("log.json")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("Barack Obama"));
}

void TestBiometrics::purgeThenReimport()
{
    const bw::test::CliRun purge = bw::test::runCli(m_data, {QStringLiteral("purge"), QStringLiteral("--biometrics")});
    QVERIFY2(purge.exitCode == 0, qPrintable(purge.err));
    QCOMPARE(descriptorSizedBlobs(m_data), 0);

    // Without references nobody can be recognised: every face is unknown and hidden.
    const bw::test::CliRun blind = bw::test::runCli(m_data, screenArguments(QStringLiteral("na-purge")));
    QVERIFY2(blind.exitCode == 0, qPrintable(blind.err));
    const QJsonArray unknown = facesOf(m_dir.filePath(QStringLiteral("na-purge.json")));
    QCOMPARE(unknown.size(), 2);
    for (const QJsonValue &face : unknown) {
        QVERIFY(face[QStringLiteral("pupil")].isNull());
        QVERIFY(!face[QStringLiteral("visible")].toBool());
    }

    QString error;
    QVERIFY2(bw::test::importReferences(m_data, m_dir.path(), &error), qPrintable(error));
    QCOMPARE(descriptorSizedBlobs(m_data), 2);
    const bw::test::CliRun again = bw::test::runCli(m_data, screenArguments(QStringLiteral("opnieuw")));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    bool obamaVisible = false;
    for (const QJsonValue &face : facesOf(m_dir.filePath(QStringLiteral("opnieuw.json")))) {
        if (face[QStringLiteral("pupil")].toString() == QStringLiteral("Barack Obama"))
            obamaVisible = face[QStringLiteral("visible")].toBool();
    }
    QVERIFY2(obamaVisible, "after a new refs import Obama is recognised and shown on parro again");
    QCOMPARE(bw::test::registryIntegrity(m_data), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestBiometrics)
#include "tst_biometrics.moc"
