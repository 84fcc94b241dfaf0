// "Voorbeeld" (key P) in the review pane, on real faces: the photo as the chosen channel will
// export it, made by the export's own code. Its pixels match the exported file (up to JPEG
// noise) at the channel's size; a pupil without consent and strangers are hidden in it, a
// pupil with consent is not; and hiding a face in the review shows at once in the preview.
#include "clisupport.h"
#include "composedgroup.h"
#include "guitestdata.h"
#include "testsupport.h"

#include "exportpreview.h"
#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "reviewpane.h"
#include "storage/registry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/core.hpp>

using namespace bw;
using namespace bw::gui;

namespace {

// Mean absolute difference per colour value of two pictures of one size.
double meanDifference(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat difference;
    cv::absdiff(a, b, difference);
    const cv::Scalar mean = cv::mean(difference);
    return (mean[0] + mean[1] + mean[2]) / 3.0;
}

} // namespace

class TestExportPreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void previewIsTheExport();
    void realGroupPhotoForAnotherChannel();

private:
    // No face the engine finds in `picture` within the pasted area is that person.
    bool hidden(const cv::Mat &picture, const test::Pasted &pasted) const;

    QTemporaryDir m_dir;
    std::unique_ptr<FaceEngine> m_engine;
    std::vector<test::Pasted> m_pasted;
    cv::Mat m_canvas;
    QString m_photo;
    std::unique_ptr<MainWindow> m_window;
};

void TestExportPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    BW_REQUIRE_DATA(test::fetchedImage(QStringLiteral("obama.jpg")), QStringLiteral("fetched test photos"));
    Result<ModelFiles> models = ModelLocator::locate(test::binDir());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    QVERIFY(engine);
    m_engine = std::move(*engine);
    const QString data = m_dir.filePath(QStringLiteral("data"));
    Result<void> created = test::createSchoolRegistry(data, true); // parro: Obama ja, Biden nee
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_pasted = test::composeGroupPhoto(*m_engine, m_canvas);
    m_photo = m_dir.filePath(QStringLiteral("groep.jpg"));
    QVERIFY(cv::imwrite(m_photo.toStdString(), m_canvas, {cv::IMWRITE_JPEG_QUALITY, 95}));
    m_canvas = cv::imread(m_photo.toStdString()); // as the app decodes it

    m_window = std::make_unique<MainWindow>(data);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectChannel(QStringLiteral("parro"));
    QSignalSpy analysed(m_window.get(), &MainWindow::analysisFinished);
    m_window->importPhotos({m_photo});
    QVERIFY(analysed.wait(240000));
    m_window->showPhoto(0);
}

bool TestExportPreview::hidden(const cv::Mat &picture, const test::Pasted &pasted) const
{
    const std::vector<double> distances = test::distancesToPasted(*m_engine, m_canvas, picture, pasted);
    return std::all_of(distances.begin(), distances.end(), [](double d) { return d > 0.6; });
}

void TestExportPreview::previewIsTheExport()
{
    ReviewPane *pane = m_window->reviewPane();
    QVERIFY(!pane->isPreviewOn());
    QSignalSpy ready(pane->preview(), &ExportPreview::ready);
    QTest::keyClick(m_window.get(), Qt::Key_P);
    QVERIFY(pane->isPreviewOn());
    QVERIFY(ready.wait(120000));
    const cv::Mat preview = pane->preview()->pixels().clone();
    QCOMPARE(std::max(preview.cols, preview.rows), 2048); // parro's size
    if (!qEnvironmentVariableIsEmpty("BW_SCREENSHOT_DIR"))
        m_window->grab().save(QDir(qEnvironmentVariable("BW_SCREENSHOT_DIR")).filePath(QStringLiteral("voorbeeld.png")));

    // The export of the same photo: the same pixels, up to the JPEG encoding.
    const QString out = m_dir.filePath(QStringLiteral("upload"));
    const QString failure = test::exportBatch(*m_window, out, m_dir.filePath(QStringLiteral("verslag/parro.json")));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QStringList files = QDir(out).entryList({QStringLiteral("*.jpg")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const cv::Mat exported = cv::imread(QDir(out).filePath(files.first()).toStdString());
    QCOMPARE(exported.size(), preview.size());
    const double everywhere = meanDifference(preview, exported);
    qInfo("preview vs export: mean difference %.2f", everywhere);
    QVERIFY2(everywhere < 2.0, qPrintable(QString::number(everywhere)));

    // Who is hidden: the preview shows Obama (consent) as he is and everyone else hidden.
    for (const test::Pasted &pasted : m_pasted)
        QVERIFY2(hidden(preview, pasted) == (pasted.who != QLatin1String("Barack Obama")), qPrintable(pasted.who));

    // Hiding Obama in the review: the preview follows at once.
    const auto &faces = m_window->photoModel()->entry(0).verdict.faces;
    int obama = -1;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        if (faces[i].pupilName == QLatin1String("Barack Obama"))
            obama = int(i);
    }
    QVERIFY(obama >= 0);
    QSignalSpy again(pane->preview(), &ExportPreview::ready);
    pane->selectFace(obama);
    pane->hideFace();
    QVERIFY(again.wait(120000));
    for (const test::Pasted &pasted : m_pasted)
        QVERIFY2(hidden(pane->preview()->pixels(), pasted), qPrintable(pasted.who));

    // Showing him again (her decision taken back): the preview is the first one again.
    QSignalSpy shown(pane->preview(), &ExportPreview::ready);
    pane->selectFace(obama); // hiding moved on to the next face
    pane->undoFace();
    QVERIFY(shown.wait(120000));
    QCOMPARE(meanDifference(pane->preview()->pixels(), preview), 0.0);
    QTest::keyClick(m_window.get(), Qt::Key_P);
    QVERIFY(!pane->isPreviewOn());
}

// A real group photo (1920 x 1280, strangers only) for nieuwsbrief (long side 1600): the
// preview is the export's picture, every face in it redacted; naming a pupil with consent
// for one face shows that face in the preview as it is in the photo, and Ctrl+Z hides it again.
void TestExportPreview::realGroupPhotoForAnotherChannel()
{
    const QString photo = test::fetchedImage(QStringLiteral("facetorch_test.jpg"));
    BW_REQUIRE_DATA(photo, QStringLiteral("fetched test photos"));
    QSignalSpy analysed(m_window.get(), &MainWindow::analysisFinished);
    m_window->importPhotos({photo});
    QVERIFY(analysed.wait(240000));
    m_window->selectChannel(QStringLiteral("nieuwsbrief"));
    PhotoListModel *model = m_window->photoModel();
    const int row = model->rowOf(QFileInfo(photo).absoluteFilePath());
    QVERIFY(row >= 0);
    const std::vector<ScreenedFace> faces = model->entry(row).verdict.faces;
    QVERIFY2(faces.size() >= 3, qPrintable(QString::number(faces.size())));
    m_window->showPhoto(row);
    ReviewPane *pane = m_window->reviewPane();
    QCOMPARE(pane->currentRow(), row);
    QVERIFY(!pane->isPreviewOn());
    QSignalSpy ready(pane->preview(), &ExportPreview::ready);
    QTest::keyClick(m_window.get(), Qt::Key_P);
    QVERIFY(ready.wait(120000));
    const cv::Mat preview = pane->preview()->pixels().clone();
    QCOMPARE(preview.cols, 1600);
    QCOMPARE(preview.rows, 1067);

    // The photo scaled as it is, without any hiding: where every face is.
    cv::Mat plain;
    cv::resize(cv::imread(photo.toStdString()), plain, preview.size(), 0, 0, cv::INTER_AREA);
    const double scale = 1600.0 / 1920.0;
    const auto region = [&](const ScreenedFace &face) {
        const cv::Rect2f &r = face.box.rect;
        return cv::Rect(cv::Point(int(r.x * scale), int(r.y * scale)), cv::Size(int(r.width * scale), int(r.height * scale)))
               & cv::Rect(0, 0, preview.cols, preview.rows);
    };
    int named = -1;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        QVERIFY(!faces[i].decision.visible);
        const double changed = meanDifference(preview(region(faces[i])), plain(region(faces[i])));
        // A possible face may be a smooth patch (since the edge tier, this photo has one that
        // changes by about 4), which blurring changes little; a face changes a lot.
        const double least = faces[i].box.possibleFace ? 1.0 : 8.0;
        QVERIFY2(changed > least, qPrintable(QStringLiteral("face %1 (%2) changed by only %3")
                                                 .arg(i).arg(faces[i].box.possibleFace ? "possible" : "face")
                                                 .arg(changed)));
        if (named < 0 && !faces[i].box.possibleFace && faces[i].box.rect.width >= 60)
            named = int(i);
    }
    QVERIFY(named >= 0);

    // The export of this photo for nieuwsbrief: the same pixels, up to the JPEG encoding.
    const QString out = m_dir.filePath(QStringLiteral("nieuwsbrief"));
    const QString reportPath = m_dir.filePath(QStringLiteral("verslag/nieuwsbrief.json"));
    const QString failure = test::exportBatch(*m_window, out, reportPath);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QString output;
    for (const QJsonValue &entry : QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("photos")).toArray()) {
        if (QFileInfo(entry.toObject().value(QStringLiteral("source")).toString()).fileName() == QFileInfo(photo).fileName())
            output = entry.toObject().value(QStringLiteral("output")).toString();
    }
    QVERIFY(!output.isEmpty());
    const cv::Mat exported = cv::imread(QDir(out).filePath(QFileInfo(output).fileName()).toStdString());
    QCOMPARE(exported.size(), preview.size());
    const double everywhere = meanDifference(preview, exported);
    qInfo("real group photo, nieuwsbrief: preview vs export mean difference %.2f", everywhere);
    QVERIFY2(everywhere < 2.0, qPrintable(QString::number(everywhere)));

    // Naming Barack Obama (consent for intern use) for one face shows it, as it is.
    Result<std::optional<Pupil>> obama = m_window->registry()->pupilByName(QStringLiteral("Barack Obama"));
    QVERIFY(obama && *obama);
    QSignalSpy again(pane->preview(), &ExportPreview::ready);
    QVERIFY(pane->assignPupil(named, (*obama)->id, QStringLiteral("test: naam gegeven")));
    QVERIFY(model->entry(row).verdict.faces[std::size_t(named)].decision.visible);
    QVERIFY(again.wait(120000));
    const cv::Mat shown = pane->preview()->pixels();
    const cv::Rect face = region(faces[std::size_t(named)]);
    const double asItIs = meanDifference(shown(face), plain(face));
    QVERIFY2(asItIs < 1.0, qPrintable(QString::number(asItIs)));
    QVERIFY(meanDifference(shown(face), preview(face)) > 8.0);

    // Ctrl+Z takes the naming back: hidden again in the preview, exactly as before.
    QSignalSpy undone(pane->preview(), &ExportPreview::ready);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(undone.wait(120000));
    QCOMPARE(meanDifference(pane->preview()->pixels(), preview), 0.0);
}

QTEST_MAIN(TestExportPreview)
#include "tst_exportpreview.moc"
