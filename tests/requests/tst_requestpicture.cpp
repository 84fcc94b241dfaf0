// The photo in a request letter shows one pupil: on a real group photo with six people
// (insightface_t1), re-detection on the letter's picture finds the kept face unchanged and
// none of the others recognisable, for every person kept in turn.
#include "testsupport.h"

#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "requests/requestletter.h"

#include <QFile>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace bw;

class TestRequestPicture : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onlyThePupilOfTheLetterIsRecognisable();
};

void TestRequestPicture::onlyThePupilOfTheLetterIsRecognisable()
{
    const QString path = test::fetchedImage(QStringLiteral("insightface_t1.jpg"));
    BW_REQUIRE_DATA(path, QStringLiteral("insightface_t1.jpg"));
    Result<ModelFiles> models = ModelLocator::locate(test::binDir());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    QVERIFY(engine);
    const cv::Mat group = cv::imread(QFile::encodeName(path).toStdString());
    const auto faces = (*engine)->analyse(group);
    QVERIFY2(faces, faces ? "" : qPrintable(faces.error().message));
    std::vector<cv::Rect2f> boxes;
    for (const AnalysedFace &face : *faces)
        boxes.push_back(face.box.rect);
    int described = 0;
    const ExportProfile website{1920, 85};
    for (std::size_t keep = 0; keep < faces->size(); ++keep) {
        if (!(*faces)[keep].descriptor)
            continue;
        ++described;
        const cv::Mat picture = requestPicture(group, boxes, keep, website, {});
        QCOMPARE(picture.size(), group.size()); // never scaled up
        const auto found = (*engine)->analyse(picture);
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        bool keptFound = false;
        for (const AnalysedFace &again : *found) {
            if (!again.descriptor)
                continue;
            for (std::size_t other = 0; other < faces->size(); ++other) {
                if (!(*faces)[other].descriptor)
                    continue;
                const double distance = descriptorDistance(*again.descriptor, *(*faces)[other].descriptor);
                if (other == keep) {
                    keptFound = keptFound || distance < 0.2;
                    continue;
                }
                QVERIFY2(distance > 0.6, qPrintable(QStringLiteral("letter for face %1: face %2 is recognisable (%3)")
                                                        .arg(keep).arg(other).arg(distance)));
            }
        }
        QVERIFY2(keptFound, qPrintable(QStringLiteral("letter for face %1: that face is not found again").arg(keep)));
    }
    QVERIFY2(described >= 5, qPrintable(QStringLiteral("%1 described faces").arg(described)));
}

QTEST_GUILESS_MAIN(TestRequestPicture)
#include "tst_requestpicture.moc"
