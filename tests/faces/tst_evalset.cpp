// The labelled real-face photos (tests/data/eval-identities.json, see tests/data/README.md):
// the labels agree with the manifests that fetch the photos, and the project's detector still
// finds every face that was labelled from its boxes. Extra boxes and hand-boxed faces are
// reported, not failed (lower-score "possible faces" may add boxes). The evaluation photos
// (models/fetch --eval) are optional: their rows skip when they were not fetched.
#include "faces/facedetector.h"
#include "faces/modellocator.h"
#include "faces/nms.h"
#include "imaging/photoloader.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace bw;

namespace {

struct LabelledFace {
    QString identity;
    cv::Rect2f box;
    bool detected = true; // false: boxed by hand, the detector did not find it
};

struct LabelledPhoto {
    QString path; // relative to the fetch folder, as in the manifests
    QString split;
    std::vector<LabelledFace> faces;
};

std::vector<LabelledPhoto> readLabels()
{
    QFile file(test::sourcePath(QStringLiteral("tests/data/eval-identities.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<LabelledPhoto> photos;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("photos")).toArray();
    for (const QJsonValue &p : array) {
        LabelledPhoto photo{p[QLatin1String("path")].toString(), p[QLatin1String("split")].toString(), {}};
        for (const QJsonValue &f : p[QLatin1String("faces")].toArray()) {
            const QJsonArray b = f[QLatin1String("box")].toArray();
            photo.faces.push_back({f[QLatin1String("identity")].toString(),
                                   cv::Rect2f(float(b[0].toDouble()), float(b[1].toDouble()), float(b[2].toDouble()),
                                              float(b[3].toDouble())),
                                   f[QLatin1String("detected")].toBool(true)});
        }
        photos.push_back(photo);
    }
    return photos;
}

// The destinations (first field) of a manifest under models/.
QSet<QString> manifestDestinations(const QString &name)
{
    QSet<QString> result;
    QFile file(test::sourcePath(QStringLiteral("models/") + name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return result;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            result.insert(line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty));
    }
    return result;
}

} // namespace

class TstEvalSet : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FaceDetector> m_detector;

private Q_SLOTS:
    void labelsAgreeWithManifests()
    {
        const std::vector<LabelledPhoto> photos = readLabels();
        QVERIFY2(photos.size() >= 20, "tests/data/eval-identities.json is missing or has too few photos");
        const QSet<QString> required = manifestDestinations(QStringLiteral("manifest.txt"));
        const QSet<QString> evaluation = manifestDestinations(QStringLiteral("manifest-eval.txt"));
        QSet<QString> labelled, splits;
        for (const LabelledPhoto &photo : photos) {
            QVERIFY2(required.contains(photo.path) || evaluation.contains(photo.path),
                     qPrintable(photo.path + QStringLiteral(" is in no manifest")));
            // Photos the required tests fetch are used in development by definition.
            if (required.contains(photo.path))
                QCOMPARE(photo.split, QStringLiteral("development"));
            QVERIFY2(photo.split == QLatin1String("development") || photo.split == QLatin1String("heldout"),
                     qPrintable(photo.path));
            for (const LabelledFace &face : photo.faces)
                QVERIFY2(!face.identity.isEmpty() && face.box.width > 0 && face.box.height > 0, qPrintable(photo.path));
            labelled.insert(photo.path);
            splits.insert(photo.split);
        }
        for (const QString &path : evaluation)
            QVERIFY2(labelled.contains(path), qPrintable(path + QStringLiteral(" is fetched but not labelled")));
        QCOMPARE(splits.size(), qsizetype(2));
    }

    void detectorFindsLabelledFaces_data()
    {
        QTest::addColumn<int>("index");
        const std::vector<LabelledPhoto> photos = readLabels();
        for (int i = 0; i < int(photos.size()); ++i)
            QTest::newRow(qPrintable(photos[std::size_t(i)].path)) << i;
    }

    void detectorFindsLabelledFaces()
    {
        QFETCH(int, index);
        const LabelledPhoto labelled = readLabels().at(std::size_t(index));
        const QString path = test::fetchedFile(labelled.path);
        if (labelled.path.startsWith(QLatin1String("eval/")) && path.isEmpty())
            QSKIP("evaluation photos not fetched (models/fetch --eval)");
        BW_REQUIRE_DATA(path, labelled.path);
        if (!m_detector) {
            const Result<ModelFiles> models = ModelLocator::locate(QString());
            BW_REQUIRE_DATA(models ? models->centerFace : QString(), QStringLiteral("The face models"));
            Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::create(models->centerFace);
            QVERIFY2(detector.has_value(), detector ? "" : qPrintable(detector.error().message));
            m_detector = std::move(*detector);
        }
        const Result<DecodedPhoto> photo = loadPhoto(path);
        QVERIFY2(photo.has_value(), photo ? "" : qPrintable(photo.error().message));
        const Result<std::vector<FaceBox>> found = m_detector->detect(photo->image);
        QVERIFY(found.has_value());

        const cv::Rect2f frame(0, 0, float(photo->image.cols), float(photo->image.rows));
        std::vector<bool> used(found->size(), false);
        int handBoxedFound = 0, handBoxed = 0;
        for (const LabelledFace &face : labelled.faces) {
            QVERIFY2((face.box & frame).area() >= 0.99f * face.box.area(),
                     qPrintable(face.identity + QStringLiteral(": box outside the photo")));
            bool hit = false;
            for (std::size_t i = 0; i < found->size() && !hit; ++i) {
                if (!used[i] && boxIoU((*found)[i].rect, face.box) >= 0.5f)
                    used[i] = hit = true;
            }
            handBoxed += face.detected ? 0 : 1;
            handBoxedFound += (!face.detected && hit) ? 1 : 0;
            if (face.detected)
                QVERIFY2(hit, qPrintable(face.identity + QStringLiteral(" was not found")));
        }
        qInfo("%s: %d labelled faces, %zu boxes, %d unlabelled boxes, %d/%d hand-boxed faces found",
              qPrintable(labelled.path), int(labelled.faces.size()), found->size(),
              int(std::count(used.begin(), used.end(), false)), handBoxedFound, handBoxed);
    }
};

QTEST_GUILESS_MAIN(TstEvalSet)
#include "tst_evalset.moc"
