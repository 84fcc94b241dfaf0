// A possible face (the detector is unsure: a face mostly cut off by the frame) through the
// real window: hidden in the export and counted apart in the report, drawn as a possible
// face, and dismissed by the teacher with one key ("geen gezicht"), which is logged and
// shows it in the next export. Real photo, real models.
#include "guitestdata.h"
#include "testsupport.h"

#include "facepanel.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "reviewpane.h"
#include "faces/facedetector.h"
#include "faces/modellocator.h"
#include "faces/nms.h"
#include "imaging/photoloader.h"
#include "storage/registry.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace bw;
using namespace bw::gui;

class TestPossibleFace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hiddenAndCountedApart();
    void dismissedWithOneKeyAndLogged();

private:
    const PhotoEntry &entry() const { return m_model->entry(m_model->rowOf(m_photo)); }
    QJsonObject exportedPhoto(const QString &name);
    // Mean absolute difference between the exported photo and the original inside the face.
    double changeInFace(const QJsonObject &photo) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    PhotoListModel *m_model = nullptr;
    QString m_photo;
    cv::Mat m_original;
    cv::Rect m_face;
};

namespace {

struct CutPortrait {
    QString path;
    cv::Rect face;   // the part of the face inside the photo
};

// `photo` cropped so that `outside` (0..1) of the face box `face` lies beyond one edge
// (0 top, 1 left, 2 right, 3 bottom): what a camera makes of a person at the edge of the frame.
cv::Rect cropCutting(const cv::Rect2f &face, cv::Size photo, int edge, double outside)
{
    const cv::Rect all(0, 0, photo.width, photo.height);
    const float out = float(outside);
    switch (edge) {
    case 0: return all & cv::Rect(0, int(face.y + out * face.height), photo.width, photo.height);
    case 1: return all & cv::Rect(int(face.x + out * face.width), 0, photo.width, photo.height);
    case 2: return all & cv::Rect(0, 0, int(face.br().x - out * face.width), photo.height);
    default: return all & cv::Rect(0, 0, photo.width, int(face.br().y - out * face.height));
    }
}

// A fetched portrait cut by the frame so far that the detector's only detection on it is a
// possible face: searched, since where a face stops being sure is the detector's business.
// Its score keeps a margin from both thresholds, so the window's own analysis of the same
// file cannot land on the other side of one.
std::optional<CutPortrait> cutToAPossibleFace(FaceDetector &detector, const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("rand.jpg"));
    for (const char *name : {"obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg"}) {
        const QString source = test::fetchedImage(QString::fromLatin1(name));
        const Result<DecodedPhoto> decoded = loadPhoto(source);
        const std::vector<FaceBox> whole = decoded ? test::detectInFile(detector, source) : std::vector<FaceBox>{};
        if (whole.size() != 1 || whole.front().possibleFace)
            continue;
        const cv::Mat &photo = decoded->image;
        for (int edge = 0; edge < 4; ++edge) {
            for (int percent = 50; percent < 90; percent += 5) {
                const cv::Rect crop = cropCutting(whole.front().rect, photo.size(), edge, percent / 100.0);
                if (!cv::imwrite(path.toStdString(), photo(crop), {cv::IMWRITE_JPEG_QUALITY, 95}))
                    return std::nullopt;
                const cv::Rect face = cv::Rect(whole.front().rect - cv::Point2f(crop.tl())) & cv::Rect(0, 0, crop.width, crop.height);
                const std::vector<FaceBox> found = test::detectInFile(detector, path);
                const DetectorSettings &thresholds = detector.settings();
                if (found.size() == 1 && found.front().score >= thresholds.candidateThreshold + 0.02f
                    && found.front().score <= thresholds.scoreThreshold - 0.02f
                    && boxIoU(found.front().rect, cv::Rect2f(face)) >= 0.3f) {
                    qInfo("%s cut %d%% beyond edge %d: a possible face, score %.3f", name, percent, edge,
                          double(found.front().score));
                    return CutPortrait{path, face};
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace

void TestPossibleFace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const Result<ModelFiles> models = ModelLocator::locate(QString());
    if (!models)
        BW_REQUIRE_DATA(QString(), models.error().message);
    Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::create(models->centerFace);
    QVERIFY2(detector.has_value(), detector ? "" : qPrintable(detector.error().message));
    BW_REQUIRE_DATA(test::fetchedImage(QStringLiteral("obama.jpg")), QStringLiteral("obama.jpg"));
    const std::optional<CutPortrait> cut = cutToAPossibleFace(**detector, m_dir.path());
    QVERIFY2(cut, "no cut portrait gives a possible face only: is the candidate threshold below the face threshold?");
    m_photo = cut->path;
    m_original = cv::imread(m_photo.toStdString());
    m_face = cut->face;
    qInfo("%s: %dx%d, the face's visible part %dx%d", qPrintable(m_photo), m_original.cols, m_original.rows,
          m_face.width, m_face.height);

    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    Result<void> created = test::createSchoolRegistry(dataDir, true);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
    m_window = std::make_unique<MainWindow>(dataDir);
    m_model = m_window->photoModel();
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_window->selectChannel(QStringLiteral("parro"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    m_window->importPhotos({m_photo});
    QVERIFY(finished.wait(240000));
    QCOMPARE(m_model->analysedCount(), 1);
}

QJsonObject TestPossibleFace::exportedPhoto(const QString &name)
{
    const QString out = m_dir.filePath(name);
    const QString reportPath = m_dir.filePath(QStringLiteral("verslag/%1.json").arg(name));
    const QString failure = test::exportBatch(*m_window, out, reportPath);
    if (!failure.isEmpty())
        qWarning("export failed: %s", qPrintable(failure));
    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("photos")].toArray().at(0).toObject();
}

double TestPossibleFace::changeInFace(const QJsonObject &photo) const
{
    const cv::Mat written = cv::imread(photo[QStringLiteral("output")].toString().toStdString());
    if (written.empty())
        return -1.0;
    // The channel may scale the photo down (its longest side): compare at the written size.
    cv::Mat original = m_original;
    cv::Rect face = m_face;
    if (written.size() != m_original.size()) {
        cv::resize(m_original, original, written.size(), 0, 0, cv::INTER_AREA);
        const double sx = double(written.cols) / m_original.cols, sy = double(written.rows) / m_original.rows;
        face = cv::Rect(int(m_face.x * sx), int(m_face.y * sy), int(m_face.width * sx), int(m_face.height * sy))
             & cv::Rect(0, 0, written.cols, written.rows);
    }
    return cv::norm(written(face), original(face), cv::NORM_L1) / double(face.area() * 3);
}

void TestPossibleFace::hiddenAndCountedApart()
{
    QVERIFY2(!entry().analysis.error, qPrintable(entry().analysis.error ? entry().analysis.error->message : QString()));
    QCOMPARE(entry().analysis.faces.size(), std::size_t(1));
    QCOMPARE(entry().verdict.faces.size(), std::size_t(1));
    const ScreenedFace &face = entry().verdict.faces.front();
    QVERIFY(face.box.possibleFace);
    QCOMPARE(face.decision, (FaceDecision{false, Reason::PossibleFace}));
    // Never described, so never matched (nor compared with anyone).
    QCOMPARE(face.match.status, MatchStatus::NotDescribed);
    QVERIFY(!face.match.nearestPupilId);

    const QJsonObject photo = exportedPhoto(QStringLiteral("voor"));
    QCOMPARE(photo[QStringLiteral("status")].toString(), QStringLiteral("exported"));
    QCOMPARE(photo[QStringLiteral("hidden_possible_faces")].toInt(), 1);
    const QJsonObject reported = photo[QStringLiteral("faces")].toArray().at(0).toObject();
    QCOMPARE(reported[QStringLiteral("reason")].toString(), QStringLiteral("possible_face"));
    QCOMPARE(reported[QStringLiteral("visible")].toBool(), false);
    QCOMPARE(reported[QStringLiteral("possible_face")].toBool(), true);
    const double change = changeInFace(photo);
    QVERIFY2(change > 15.0, qPrintable(QStringLiteral("the face's part changed by %1 on average").arg(change)));
}

void TestPossibleFace::dismissedWithOneKeyAndLogged()
{
    ReviewPane *review = m_window->reviewPane();
    m_window->showPhoto(m_model->rowOf(m_photo));
    review->selectFace(0);
    QPushButton *notAFace = review->panel()->notAFaceButton();
    QVERIFY(notAFace->isEnabled());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_V);
    const ScreenedFace &face = entry().verdict.faces.front();
    QCOMPARE(face.decision, (FaceDecision{true, Reason::NotAFace}));
    QVERIFY(!notAFace->isEnabled());

    // Less privacy: in the audit log, with where the box was and how sure the detector was.
    Result<std::vector<AuditEntry>> audit = m_window->registry()->auditEntries();
    QVERIFY(audit.has_value());
    QCOMPARE(audit->back().action, QStringLiteral("possible_face_dismissed"));
    const QJsonObject details = audit->back().details;
    QCOMPARE(details[QStringLiteral("channel")].toString(), QStringLiteral("parro"));
    QCOMPARE(details[QStringLiteral("photo_sha256")].toString(), QString::fromLatin1(entry().analysis.photo.sha256Hex));
    QCOMPARE(details[QStringLiteral("box")].toArray().size(), 4);
    QCOMPARE(details[QStringLiteral("score")].toDouble(), double(face.box.score));

    // The next export shows it (only JPEG's own loss is left of any change).
    const QJsonObject photo = exportedPhoto(QStringLiteral("na"));
    const QJsonObject reported = photo[QStringLiteral("faces")].toArray().at(0).toObject();
    QCOMPARE(reported[QStringLiteral("reason")].toString(), QStringLiteral("not_a_face"));
    QCOMPARE(photo[QStringLiteral("hidden_possible_faces")].toInt(), 0);
    const double change = changeInFace(photo);
    QVERIFY2(change >= 0.0 && change < 5.0, qPrintable(QStringLiteral("the face's part changed by %1 on average").arg(change)));
}

QTEST_MAIN(TestPossibleFace)
#include "tst_possibleface.moc"
