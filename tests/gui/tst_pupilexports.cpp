// "Where is my child?" in the app: the consent screen's button lists the exports on which
// the chosen pupil is visible, with a thumbnail that shows only that pupil, and writes the
// overview for the parent, on which every other face is hidden, even a pupil the export
// showed. Real faces, a real registry, a real exported file.
#include "clisupport.h"
#include "composedgroup.h"
#include "testsupport.h"

#include "consentdialog.h"
#include "pupilexportsdialog.h"
#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "storage/registry.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace bw;
using namespace bw::gui;

class TestPupilExports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void consentScreenListsThePupilsExports();
    void overviewHidesEveryoneElse();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<FaceEngine> m_engine;
    cv::Mat m_canvas;
    std::vector<bw::test::Pasted> m_pasted;
    Pupil m_obama;
};

void TestPupilExports::initTestCase()
{
    BW_REQUIRE_DATA(bw::test::fetchedImage(QStringLiteral("obama.jpg")), QStringLiteral("fetched test photos"));
    Result<ModelFiles> models = ModelLocator::locate(bw::test::binDir());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    m_engine = std::move(FaceEngine::create(*models).value());
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_dir.filePath(QStringLiteral("data")));
    QVERIFY(registry);
    m_registry = std::move(*registry);
    m_obama = Pupil{0, QStringLiteral("Barack Obama"), QStringLiteral("5B"), {}, true};
    m_obama.id = m_registry->addPupil(m_obama).value();
    const qint64 biden = m_registry->addPupil(Pupil{0, QStringLiteral("Joe Biden"), QStringLiteral("5B"), {}, true}).value();

    // An export (half size) on which both pupils were shown, and one from which the file is gone.
    m_pasted = bw::test::composeGroupPhoto(*m_engine, m_canvas);
    cv::Mat half;
    cv::resize(m_canvas, half, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    const QString output = m_dir.filePath(QStringLiteral("parro_2026-11-30_001.jpg"));
    QVERIFY(cv::imwrite(output.toStdString(), half));
    ExportRecord record;
    record.channel = QStringLiteral("parro");
    record.category = QStringLiteral("intern");
    record.exportedAt = QDateTime::currentDateTimeUtc();
    record.date = QDate::currentDate();
    record.fileName = QFileInfo(output).fileName();
    record.outputPath = output;
    record.sourcePath = m_dir.filePath(QStringLiteral("groep.jpg"));
    record.sourceSha256 = QStringLiteral("ab");
    record.reportPath = m_dir.filePath(QStringLiteral("verslag.json"));
    record.sourceWidth = m_canvas.cols;
    record.sourceHeight = m_canvas.rows;
    const std::vector<FaceBox> faces = m_engine->detect(m_canvas).value();
    for (const FaceBox &face : faces) {
        const cv::Point centre(cvRound(face.rect.x + face.rect.width / 2), cvRound(face.rect.y + face.rect.height / 2));
        std::optional<qint64> who;
        if (m_pasted[0].area.contains(centre))
            who = m_obama.id;
        else if (m_pasted[1].area.contains(centre))
            who = biden;
        record.faces.push_back(ExportedFace{face.rect, who.has_value(), who});
    }
    ExportRecord gone = record;
    gone.fileName = QStringLiteral("nieuwsbrief_2026-11-30_001.jpg");
    gone.channel = QStringLiteral("nieuwsbrief");
    gone.outputPath = m_dir.filePath(gone.fileName);
    QVERIFY(m_registry->recordExports({record, gone}, QDate::currentDate()));
}

void TestPupilExports::consentScreenListsThePupilsExports()
{
    ConsentDialog consent(m_registry.get());
    consent.show();
    consent.selectPupil(m_obama.id);
    QVERIFY(consent.exportsButton()->isEnabled());
    consent.exportsButton()->click();
    auto *dialog = consent.findChild<PupilExportsDialog *>();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &PupilExportsDialog::thumbnailsLoaded);
    QVERIFY(loaded.wait(60000));
    QTableWidget *table = dialog->exportsTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("parro"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("parro_2026-11-30_001.jpg"));
    QCOMPARE(table->item(0, 1)->text(), QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy")));
    QVERIFY(!table->item(0, 0)->icon().isNull());
    QVERIFY(table->item(1, 0)->icon().isNull());
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("bestand niet meer aanwezig"));
    const QString shots = qEnvironmentVariable("BW_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("pupil-exports.png")));
}

void TestPupilExports::overviewHidesEveryoneElse()
{
    PupilExportsDialog dialog(m_obama, m_registry->exportHistory().showing(m_obama.id).value(),
                              PupilExportsDialog::Purpose::Access);
    const QString pdf = m_dir.filePath(QStringLiteral("overzicht.pdf"));
    QVERIFY(dialog.writeOverview(pdf));
    QProcess pdfimages;
    pdfimages.start(QStringLiteral("pdfimages"), {QStringLiteral("-png"), pdf, m_dir.filePath(QStringLiteral("beeld"))});
    QVERIFY(pdfimages.waitForFinished(60000));
    const QStringList pictures = QDir(m_dir.path()).entryList({QStringLiteral("beeld*.png")}, QDir::Files);
    QCOMPARE(pictures.size(), qsizetype(1)); // the export whose file is gone has no picture
    const cv::Mat picture = cv::imread(m_dir.filePath(pictures.first()).toStdString());
    QVERIFY2(!bw::test::distancesToPasted(*m_engine, m_canvas, picture, m_pasted[0]).empty(), "the pupil is not on the overview");
    // Biden was shown on the export, but the overview is about Obama alone.
    for (std::size_t i = 1; i < m_pasted.size(); ++i) {
        for (double distance : bw::test::distancesToPasted(*m_engine, m_canvas, picture, m_pasted[i]))
            QVERIFY2(distance > 0.6, qPrintable(QStringLiteral("face %1 is recognisable (%2)").arg(i).arg(distance)));
    }
}

QTEST_MAIN(TestPupilExports)
#include "tst_pupilexports.moc"
