// The photo analyser on real photos and models: it finds and recognises faces with the
// gallery it was given, records how strictly it matched, reports a bad photo as an error
// (never as "no faces"), reuses reviewed faces only for the very same file, and runs on
// many threads at once with one engine per thread.
#include "screening/photoanalyser.h"
#include "faces/faceengine.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace bw;

namespace {

constexpr qint64 kObama = 1;
constexpr qint64 kBiden = 2;

} // namespace

class TestPhotoAnalyser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recognisesThePupilsOfTheGallery();
    void aBadPhotoIsAnErrorNotAnEmptyResult();
    void reloadKeepsTheFacesOfTheSameFileOnly();
    void analysesOnManyThreadsAtOnce();

private:
    ModelFiles m_models;
    std::vector<ReferenceDescriptor> m_gallery;
    std::unique_ptr<PhotoAnalyser> m_analyser;
    QTemporaryDir m_dir;
};

void TestPhotoAnalyser::initTestCase()
{
    BW_REQUIRE_DATA(test::fetchedImage(QStringLiteral("obama.jpg")), QStringLiteral("fetched test photos"));
    Result<ModelFiles> models = ModelLocator::locate(test::binDir());
    QVERIFY2(models, models ? "" : qPrintable(models.error().message));
    m_models = *models;
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(m_models);
    QVERIFY(engine);
    for (const auto &[pupil, file] : {std::pair{kObama, QStringLiteral("obama.jpg")}, std::pair{kBiden, QStringLiteral("biden.jpg")}}) {
        const cv::Mat image = loadPhoto(test::fetchedImage(file)).value().image;
        const std::vector<FaceBox> faces = (*engine)->detect(image).value();
        QCOMPARE(faces.size(), std::size_t(1));
        m_gallery.push_back({pupil, (*engine)->describe(image, faces).value().front().descriptor.value(), QDate(2026, 1, 1)});
    }
    m_analyser = std::make_unique<PhotoAnalyser>(m_models, m_gallery, fromStrictness(Strictness::Normal));
    QVERIFY(m_analyser->prepare());
}

void TestPhotoAnalyser::recognisesThePupilsOfTheGallery()
{
    // obama2.jpg is another photo of the pupil whose reference is obama.jpg.
    const Result<AnalysedPhoto> analysed = m_analyser->analyse(test::fetchedImage(QStringLiteral("obama2.jpg")));
    QVERIFY2(analysed, analysed ? "" : qPrintable(analysed.error().message));
    const PhotoAnalysis &analysis = analysed->analysis;
    QVERIFY(!analysis.error);
    QCOMPARE(analysis.match, fromStrictness(Strictness::Normal));
    QCOMPARE(analysis.photo.sha256Hex, test::sha256Of(test::fetchedImage(QStringLiteral("obama2.jpg"))));
    QCOMPARE(analysis.photo.width, analysed->decoded.image.cols);
    QVERIFY(!analysis.faces.empty());
    const auto matched = std::find_if(analysis.faces.begin(), analysis.faces.end(), [](const DetectedFace &face) {
        return face.match.status == MatchStatus::Matched;
    });
    QVERIFY2(matched != analysis.faces.end(), "Obama is recognised");
    QCOMPARE(matched->match.pupilId, std::optional<qint64>(kObama));
    QVERIFY(matched->match.distance < fromStrictness(Strictness::Normal).acceptDistance);
    QVERIFY(analysis.times.detect > 0 && analysis.times.describe > 0);

    // The same photo with an analyser for another gallery: nobody to recognise.
    PhotoAnalyser empty(m_models, {}, fromStrictness(Strictness::Normal));
    const Result<AnalysedPhoto> unknown = empty.analyse(test::fetchedImage(QStringLiteral("obama2.jpg")));
    QVERIFY(unknown);
    QCOMPARE(unknown->analysis.faces.size(), analysis.faces.size());
    for (const DetectedFace &face : unknown->analysis.faces)
        QVERIFY(face.match.status != MatchStatus::Matched);
}

void TestPhotoAnalyser::aBadPhotoIsAnErrorNotAnEmptyResult()
{
    const QString broken = m_dir.filePath(QStringLiteral("half.jpg"));
    QFile original(test::fetchedImage(QStringLiteral("biden.jpg")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(original.read(600)); // a truncated JPEG
    file.close();
    for (const QString &path : {broken, m_dir.filePath(QStringLiteral("missing.jpg"))}) {
        const Result<AnalysedPhoto> analysed = m_analyser->analyse(path);
        QVERIFY2(!analysed, qPrintable(path));
        QVERIFY2(analysed.error().message.contains(QFileInfo(path).fileName()), qPrintable(analysed.error().message));
    }
}

void TestPhotoAnalyser::reloadKeepsTheFacesOfTheSameFileOnly()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.jpg"));
    QVERIFY(QFile::copy(test::fetchedImage(QStringLiteral("obama3.jpg")), copy));
    Result<AnalysedPhoto> first = m_analyser->analyse(copy);
    QVERIFY(first);
    // A review's faces come back as they were: no second detection.
    Result<AnalysedPhoto> reloaded = m_analyser->reload(first->analysis);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->analysis.faces.size(), first->analysis.faces.size());
    for (std::size_t i = 0; i < first->analysis.faces.size(); ++i) {
        QCOMPARE(reloaded->analysis.faces[i].box, first->analysis.faces[i].box);
        QCOMPARE(reloaded->analysis.faces[i].match, first->analysis.faces[i].match);
    }
    QCOMPARE(reloaded->analysis.times.detect, 0.0);
    QCOMPARE(reloaded->decoded.image.size(), first->decoded.image.size());

    // The file changed since: the review does not belong to it any more.
    QVERIFY(QFile::remove(copy));
    QVERIFY(QFile::copy(test::fetchedImage(QStringLiteral("biden.jpg")), copy));
    const Result<AnalysedPhoto> changed = m_analyser->reload(first->analysis);
    QVERIFY(!changed);
    QVERIFY(changed.error().message.contains(copy));

    // An analysis that failed stays failed.
    PhotoAnalysis failed = first->analysis;
    failed.error = Error(ErrorCode::CorruptImage, makeMessage(MessageId::FileEmpty, "broken.jpg"));
    QVERIFY(!m_analyser->reload(failed));
}

void TestPhotoAnalyser::analysesOnManyThreadsAtOnce()
{
    QStringList paths;
    for (int i = 0; i < 8; ++i)
        paths << test::fetchedImage(i % 2 ? QStringLiteral("biden.jpg") : QStringLiteral("obama2.jpg"));
    QThreadPool pool;
    pool.setMaxThreadCount(3);
    const QList<std::optional<qint64>> firstPupils =
        QtConcurrent::blockingMapped<QList<std::optional<qint64>>>(&pool, paths, [this](const QString &path) {
            Result<AnalysedPhoto> analysed = m_analyser->analyse(path);
            std::optional<qint64> pupil;
            if (analysed) {
                for (const DetectedFace &face : analysed->analysis.faces)
                    pupil = pupil ? pupil : face.match.pupilId;
            }
            return pupil;
        });
    QCOMPARE(firstPupils.size(), 8);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(firstPupils[i], std::optional<qint64>(i % 2 ? kBiden : kObama));
}

QTEST_GUILESS_MAIN(TestPhotoAnalyser)
#include "tst_photoanalyser.moc"
