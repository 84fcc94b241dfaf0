#include "faces/faceengine.h"
#include "faces/facematcher.h"
#include "faces/modellocator.h"
#include "imaging/photoloader.h"
#include "testsupport.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <map>

using namespace bw;

// Issue 2 item 7 and the calibration behind fromStrictness(): real models, real photos.
class TstFaceRecognition : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FaceEngine> m_engine;
    std::map<QString, cv::Mat> m_images;

    // The largest face of a fetched photo, described.
    AnalysedFace mainFace(const QString &name)
    {
        const cv::Mat &image = m_images.at(name);
        Result<std::vector<AnalysedFace>> faces = m_engine->analyse(image);
        if (!faces || faces->empty())
            return {};
        return *std::max_element(faces->begin(), faces->end(), [](const AnalysedFace &a, const AnalysedFace &b) {
            return a.box.rect.area() < b.box.rect.area();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Result<ModelFiles> models = ModelLocator::locate(test::binDir());
        if (!models)
            BW_REQUIRE_DATA(QString(), models.error().message);
        Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
        QVERIFY2(engine.has_value(), engine ? "" : qPrintable(engine.error().message));
        m_engine = std::move(*engine);
        for (const char *name : {"obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg"}) {
            const QString path = test::fetchedImage(QString::fromLatin1(name));
            BW_REQUIRE_DATA(path, QString::fromLatin1(name));
            const Result<DecodedPhoto> photo = loadPhoto(path);
            QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
            m_images[QString::fromLatin1(name)] = photo->image;
        }
    }

    void exactlyOneFaceInObama()
    {
        const Result<std::vector<AnalysedFace>> faces = m_engine->analyse(m_images.at(QStringLiteral("obama.jpg")));
        QVERIFY(faces.has_value());
        QCOMPARE(faces->size(), std::size_t(1));
        QVERIFY((*faces)[0].descriptor.has_value());
        QVERIFY((*faces)[0].recognisable);
    }

    void samePersonCloserThanDlibThreshold()
    {
        const AnalysedFace obama = mainFace(QStringLiteral("obama.jpg"));
        const AnalysedFace obama2 = mainFace(QStringLiteral("obama2.jpg"));
        const AnalysedFace obama3 = mainFace(QStringLiteral("obama3.jpg"));
        const AnalysedFace biden = mainFace(QStringLiteral("biden.jpg"));
        for (const AnalysedFace *face : {&obama, &obama2, &obama3, &biden})
            QVERIFY(face->descriptor.has_value());
        const double same12 = descriptorDistance(*obama.descriptor, *obama2.descriptor);
        const double same13 = descriptorDistance(*obama.descriptor, *obama3.descriptor);
        const double same23 = descriptorDistance(*obama2.descriptor, *obama3.descriptor);
        const double other1 = descriptorDistance(*obama.descriptor, *biden.descriptor);
        const double other2 = descriptorDistance(*obama2.descriptor, *biden.descriptor);
        const double other3 = descriptorDistance(*obama3.descriptor, *biden.descriptor);
        qInfo("same person: %.3f %.3f %.3f; different: %.3f %.3f %.3f", same12, same13, same23, other1, other2, other3);
        // dlib's published adult threshold.
        for (const double same : {same12, same13, same23})
            QVERIFY2(same < 0.6, qPrintable(QString::number(same)));
        for (const double other : {other1, other2, other3})
            QVERIFY2(other > 0.6, qPrintable(QString::number(other)));
    }

    void matcherRecognisesObamaAtEveryStrictness_data()
    {
        QTest::addColumn<int>("strictness");
        QTest::newRow("normal") << int(Strictness::Normal);
        QTest::newRow("strict") << int(Strictness::Strict);
        QTest::newRow("very strict") << int(Strictness::VeryStrict);
    }
    void matcherRecognisesObamaAtEveryStrictness()
    {
        QFETCH(int, strictness);
        // Gallery: pupil 1 = obama2 + obama3, pupil 2 = biden. obama.jpg must be pupil 1;
        // biden must not be pupil 1.
        const std::vector<ReferenceDescriptor> gallery{
            {1, *mainFace(QStringLiteral("obama2.jpg")).descriptor, QDate(2026, 1, 1)},
            {1, *mainFace(QStringLiteral("obama3.jpg")).descriptor, QDate(2026, 1, 1)},
            {2, *mainFace(QStringLiteral("biden.jpg")).descriptor, QDate(2026, 1, 1)},
        };
        const MatchSettings settings = fromStrictness(Strictness(strictness));
        const auto matches = matchFaces(std::vector<AnalysedFace>{mainFace(QStringLiteral("obama.jpg"))}, gallery, settings);
        QCOMPARE(matches.size(), std::size_t(1));
        QCOMPARE(matches[0].status, MatchStatus::Matched);
        QCOMPARE(matches[0].pupilId, std::optional<qint64>(1));

        // Without obama's references, obama is nobody: never the nearest other pupil.
        const std::vector<ReferenceDescriptor> bidenOnly{gallery[2]};
        const auto stranger = matchFaces(std::vector<AnalysedFace>{mainFace(QStringLiteral("obama.jpg"))}, bidenOnly, settings);
        QCOMPARE(stranger[0].status, MatchStatus::NoMatch);
        QVERIFY(!stranger[0].pupilId);
    }

    void groupPhotoIsDescribedInOneBatchWithoutMixUps()
    {
        // obama and biden side by side: one batch, each face keeps its own descriptor.
        const cv::Mat &left = m_images.at(QStringLiteral("obama.jpg"));
        cv::Mat right;
        const cv::Mat &biden = m_images.at(QStringLiteral("biden.jpg"));
        cv::resize(biden, right, cv::Size(int(biden.cols * double(left.rows) / biden.rows), left.rows));
        cv::Mat group;
        cv::hconcat(left, right, group);
        const auto faces = m_engine->analyse(group);
        QVERIFY(faces.has_value());
        QCOMPARE(faces->size(), std::size_t(2));
        for (const AnalysedFace &face : *faces) {
            const auto alone = m_engine->describe(group, {face.box});
            QVERIFY(alone.has_value() && (*alone)[0].descriptor);
            QVERIFY(descriptorDistance(*face.descriptor, *(*alone)[0].descriptor) < 1e-4);
        }
        const std::vector<ReferenceDescriptor> gallery{
            {1, *mainFace(QStringLiteral("obama2.jpg")).descriptor, QDate(2026, 1, 1)},
            {2, *mainFace(QStringLiteral("biden.jpg")).descriptor, QDate(2026, 1, 1)},
        };
        const auto matches = matchFaces(*faces, gallery, fromStrictness(Strictness::Normal));
        for (std::size_t i = 0; i < faces->size(); ++i) {
            const bool onLeft = (*faces)[i].box.rect.x < left.cols;
            QCOMPARE(matches[i].status, MatchStatus::Matched);
            QCOMPARE(matches[i].pupilId, std::optional<qint64>(onLeft ? 1 : 2));
        }
    }

    void blurAndSizeLowerQuality()
    {
        const cv::Mat &sharp = m_images.at(QStringLiteral("obama.jpg"));
        const AnalysedFace original = mainFace(QStringLiteral("obama.jpg"));
        cv::Mat blurred;
        cv::GaussianBlur(sharp, blurred, cv::Size(0, 0), 6.0);
        const auto blurredFaces = m_engine->describe(blurred, {original.box});
        QVERIFY(blurredFaces.has_value());
        qInfo("sharpness: original %.1f, blurred %.1f", original.quality.sharpness, (*blurredFaces)[0].quality.sharpness);
        QVERIFY((*blurredFaces)[0].quality.sharpness < original.quality.sharpness / 3);
        QCOMPARE(matchFaces(*blurredFaces, {{1, *original.descriptor, QDate(2026, 1, 1)}},
                            fromStrictness(Strictness::Normal))[0].status,
                 MatchStatus::TooBlurred);

        cv::Mat tiny;
        cv::resize(sharp, tiny, cv::Size(), 0.08, 0.08, cv::INTER_AREA);
        const auto tinyFaces = m_engine->analyse(tiny);
        QVERIFY(tinyFaces.has_value());
        QCOMPARE(tinyFaces->size(), std::size_t(1));
        QVERIFY(!(*tinyFaces)[0].recognisable);
        QCOMPARE(matchFaces(*tinyFaces, {{1, *original.descriptor, QDate(2026, 1, 1)}},
                            fromStrictness(Strictness::Normal))[0].status,
                 MatchStatus::TooSmall);
    }

    // Screening's describer skips the ResNet below the floor: the small and the blurred face
    // keep their quality (and so their reason), lose only the descriptor; a face above the
    // floor is described exactly as before.
    void skipBelowFloorDescribesOnlyRecognisableFaces()
    {
        const Result<ModelFiles> models = ModelLocator::locate(test::binDir());
        QVERIFY(models.has_value());
        FaceEngineSettings settings;
        settings.describer.qualityFloor = fromStrictness(Strictness::Normal).qualityFloor;
        settings.describer.skipBelowFloor = true;
        Result<std::unique_ptr<FaceEngine>> skipping = FaceEngine::create(*models, settings);
        QVERIFY(skipping.has_value());
        const cv::Mat &sharp = m_images.at(QStringLiteral("obama.jpg"));
        const AnalysedFace original = mainFace(QStringLiteral("obama.jpg"));
        cv::Mat blurred, tiny;
        cv::GaussianBlur(sharp, blurred, cv::Size(0, 0), 6.0);
        const float shrink = 30.0f / original.box.rect.width;
        cv::resize(sharp, tiny, cv::Size(), shrink, shrink, cv::INTER_AREA);
        FaceBox tinyBox = original.box;
        tinyBox.rect = cv::Rect2f(tinyBox.rect.tl() * shrink, tinyBox.rect.size() * shrink);
        const std::vector<ReferenceDescriptor> gallery{{1, *original.descriptor, QDate(2026, 1, 1)}};
        const auto check = [&](const cv::Mat &image, const FaceBox &box, MatchStatus expected) {
            const auto all = m_engine->describe(image, {box});
            const auto skipped = (*skipping)->describe(image, {box});
            QVERIFY(all.has_value() && skipped.has_value());
            QCOMPARE((*skipped)[0].quality, (*all)[0].quality);
            QCOMPARE((*skipped)[0].descriptor.has_value(), expected == MatchStatus::Matched);
            if ((*skipped)[0].descriptor)
                QVERIFY(descriptorDistance(*(*skipped)[0].descriptor, *(*all)[0].descriptor) < 1e-4);
            QCOMPARE(matchFaces(*skipped, gallery, fromStrictness(Strictness::Normal))[0].status, expected);
            QCOMPARE(matchFaces(*all, gallery, fromStrictness(Strictness::Normal))[0].status, expected);
        };
        check(sharp, original.box, MatchStatus::Matched);
        check(blurred, original.box, MatchStatus::TooBlurred);
        check(tiny, tinyBox, MatchStatus::TooSmall);
    }

    void noFacesIsAnEmptyListNotAnError()
    {
        const cv::Mat wall(600, 800, CV_8UC3, cv::Scalar(90, 120, 160));
        const auto faces = m_engine->analyse(wall);
        QVERIFY(faces.has_value());
        QVERIFY(faces->empty());
        const auto described = m_engine->describe(wall, {});
        QVERIFY(described.has_value());
        QVERIFY(described->empty());
    }
};

QTEST_GUILESS_MAIN(TstFaceRecognition)
#include "tst_facerecognition.moc"
