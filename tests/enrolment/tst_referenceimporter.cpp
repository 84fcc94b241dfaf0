// Reference photos on real faces: exactly one face above the strictest quality floor is
// usable; anything else is refused with a message naming the file; a folder of pupils is
// imported all or nothing, the same photo twice adds nothing, and a pupil without
// face-recognition consent is refused before the photo is analysed.
#include "enrolment/referenceimporter.h"
#include "faces/faceengine.h"
#include "faces/facematcher.h"
#include "faces/modellocator.h"
#include "storage/registry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace bw;

class TestReferenceImporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void onePortraitIsUsable();
    void refusesWhatCannotServeAsAReference();
    void folderImportNeedsKnownPupilsAndAddsNothingTwice();

private:
    QString writeImage(const QString &name, const cv::Mat &image) const;

    std::unique_ptr<FaceEngine> m_engine;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestReferenceImporter::initTestCase()
{
    BW_REQUIRE_DATA(test::fetchedImage(QStringLiteral("obama.jpg")), QStringLiteral("fetched test photos"));
    Result<ModelFiles> models = ModelLocator::locate(test::binDir());
    QVERIFY2(models, models ? "" : qPrintable(models.error().message));
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    QVERIFY(engine);
    m_engine = std::move(*engine);
}

void TestReferenceImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_dir->filePath(QStringLiteral("data")));
    QVERIFY(registry);
    m_registry = std::move(*registry);
}

QString TestReferenceImporter::writeImage(const QString &name, const cv::Mat &image) const
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return cv::imwrite(path.toStdString(), image) ? path : QString();
}

void TestReferenceImporter::onePortraitIsUsable()
{
    const QString obama = test::fetchedImage(QStringLiteral("obama.jpg"));
    const ReferenceCheck check = checkReferencePhoto(*m_engine, obama, QDate(2026, 6, 1));
    QVERIFY2(check.usable(), check.error ? qPrintable(check.error->message) : "");
    QCOMPARE(check.problem, ReferenceProblem::None);
    QVERIFY(check.descriptor.has_value());
    QCOMPARE(check.sha256Hex, test::sha256Of(obama));
    QVERIFY(check.quality.widthPx >= fromStrictness(Strictness::VeryStrict).qualityFloor.minWidthPx);
    QVERIFY(check.photoDate.isValid());
    // Children change fast: a photo more than a year old is flagged.
    QVERIFY(checkReferencePhoto(*m_engine, obama, check.photoDate.addYears(2)).outdated);
    QVERIFY(!checkReferencePhoto(*m_engine, obama, check.photoDate.addMonths(1)).outdated);
}

void TestReferenceImporter::refusesWhatCannotServeAsAReference()
{
    const cv::Mat obama = cv::imread(test::fetchedImage(QStringLiteral("obama.jpg")).toStdString());
    const cv::Mat biden = cv::imread(test::fetchedImage(QStringLiteral("biden.jpg")).toStdString());
    cv::Mat bidenScaled;
    cv::resize(biden, bidenScaled, obama.size());
    cv::Mat both;
    cv::hconcat(obama, bidenScaled, both);
    cv::Mat tiny;
    cv::resize(obama, tiny, cv::Size(), 0.12, 0.12, cv::INTER_AREA);
    cv::Mat tinyOnCanvas(600, 600, CV_8UC3, cv::Scalar(120, 130, 140));
    tiny.copyTo(tinyOnCanvas(cv::Rect(cv::Point(250, 250), tiny.size())));
    const QString broken = m_dir->filePath(QStringLiteral("kapot.jpg"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xFF\xD8\xFF\xE0 not really a jpeg");
    }

    const struct {
        QString path;
        ReferenceProblem problem;
    } cases[] = {
        {writeImage(QStringLiteral("leeg.png"), cv::Mat(480, 640, CV_8UC3, cv::Scalar(90, 160, 60))), ReferenceProblem::NoFace},
        {writeImage(QStringLiteral("samen.jpg"), both), ReferenceProblem::SeveralFaces},
        {writeImage(QStringLiteral("klein.jpg"), tinyOnCanvas), ReferenceProblem::NotRecognisable},
        {broken, ReferenceProblem::Unreadable},
    };
    for (const auto &c : cases) {
        QVERIFY(!c.path.isEmpty());
        const ReferenceCheck check = checkReferencePhoto(*m_engine, c.path);
        QVERIFY2(check.problem == c.problem,
                 qPrintable(QStringLiteral("%1: problem %2").arg(c.path).arg(int(check.problem))));
        QVERIFY(!check.usable());
        QVERIFY(!check.descriptor.has_value());
        QVERIFY2(check.error && check.error->message.contains(c.path), qPrintable(c.path));
        // A refused photo is never stored.
        const Result<ReferenceResult> stored = ReferenceImporter(*m_registry).store(1, check);
        QVERIFY(stored && !stored->stored);
    }
    QVERIFY(m_registry->references().list()->empty());
}

void TestReferenceImporter::folderImportNeedsKnownPupilsAndAddsNothingTwice()
{
    const qint64 barack = m_registry->addPupil(Pupil{0, QStringLiteral("Barack Obama"), QStringLiteral("5B"), {}, true}).value();
    const QString refs = m_dir->filePath(QStringLiteral("refs"));
    QVERIFY(QDir().mkpath(refs + QStringLiteral("/Barack Obama")));
    QVERIFY(QDir().mkpath(refs + QStringLiteral("/Onbekend Kind")));
    QVERIFY(QFile::copy(test::fetchedImage(QStringLiteral("obama.jpg")), refs + QStringLiteral("/Barack Obama/a.jpg")));
    QVERIFY(QFile::copy(test::fetchedImage(QStringLiteral("biden.jpg")), refs + QStringLiteral("/Onbekend Kind/b.jpg")));

    ReferenceImporter importer(*m_registry);
    const Result<std::vector<ReferenceResult>> refused = importer.importFolder(*m_engine, refs);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Onbekend Kind")), qPrintable(refused.error().message));
    QVERIFY(m_registry->references().list()->empty()); // nothing half-imported

    QVERIFY(QDir(refs + QStringLiteral("/Onbekend Kind")).removeRecursively());
    // Without face-recognition consent the photo is refused unread, naming the pupil.
    const Result<std::vector<ReferenceResult>> noConsent = importer.importFolder(*m_engine, refs);
    QVERIFY(noConsent);
    QCOMPARE(noConsent->front().check.problem, ReferenceProblem::NoConsent);
    QVERIFY(!noConsent->front().check.usable());
    QVERIFY(noConsent->front().check.sha256Hex.isEmpty()); // not even read
    QVERIFY2(noConsent->front().check.error->message.contains(
                 QStringLiteral("Barack Obama has no valid consent for face recognition (gezichtsherkenning: no_answer)")),
             qPrintable(noConsent->front().check.error->message));
    QVERIFY(m_registry->references().list()->empty());

    ConsentStatement consent;
    consent.pupilId = barack;
    consent.category = QStringLiteral("gezichtsherkenning");
    consent.granted = true;
    consent.date = QDate::currentDate();
    QVERIFY(m_registry->recordStatement(consent));
    const Result<std::vector<ReferenceResult>> imported = importer.importFolder(*m_engine, refs);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->size(), std::size_t(1));
    QVERIFY(imported->front().stored);
    QCOMPARE(imported->front().pupilName, QStringLiteral("Barack Obama"));
    QCOMPARE(m_registry->references().list()->size(), std::size_t(1));
    QCOMPARE(m_registry->references().list()->front().pupilId, barack);

    const Result<std::vector<ReferenceResult>> again = importer.importFolder(*m_engine, refs);
    QVERIFY(again);
    QVERIFY(again->front().alreadyKnown);
    QVERIFY(!again->front().stored);
    QCOMPARE(m_registry->references().list()->size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestReferenceImporter)
#include "tst_referenceimporter.moc"
