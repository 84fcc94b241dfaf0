#include "guitestdata.h"

#include "testsupport.h"
#include "consent/consentcsvimporter.h"
#include "faces/faceengine.h"
#include "imaging/photoloader.h"
#include "storage/registry.h"

#include "exportdialog.h"
#include "mainwindow.h"
#include "analysiscontroller.h"

#include <QDate>
#include <QDir>
#include <QImage>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace bw::test {

namespace {

Result<void> addReference(Registry &registry, FaceEngine &engine, const QString &pupilName,
                          const QString &photo)
{
    Result<std::optional<Pupil>> pupil = registry.pupilByName(pupilName);
    if (!pupil || !*pupil)
        return fail(ErrorCode::NotFound, MessageId::ReferenceUnknownPupils, pupilName);
    Result<DecodedPhoto> decoded = loadPhoto(photo);
    if (!decoded)
        return std::unexpected(decoded.error());
    Result<std::vector<AnalysedFace>> faces = engine.analyse(decoded->image);
    if (!faces)
        return std::unexpected(faces.error());
    if (faces->size() != 1 || !faces->front().descriptor)
        return fail(ErrorCode::RecognitionFailed, MessageId::ReferenceSeveralFaces, photo, faces->size());
    // Enrolment needs the pupil's face-recognition consent (DOMAIN.md section 8).
    ConsentStatement consent;
    consent.pupilId = (*pupil)->id;
    consent.category = QStringLiteral("gezichtsherkenning");
    consent.granted = true;
    consent.date = QDate(2025, 9, 1);
    consent.source = QStringLiteral("guitestdata");
    if (Result<void> recorded = registry.recordStatement(consent); !recorded)
        return recorded;
    Result<qint64> added = registry.enrolReference(
        (*pupil)->id, NewReference{*faces->front().descriptor, QDate::currentDate(), decoded->photo.sha256Hex,
                                   QFileInfo(photo).fileName()});
    if (!added)
        return std::unexpected(added.error());
    return {};
}

} // namespace

Result<void> createSchoolRegistry(const QString &dataDir, bool withReferences)
{
    Result<std::unique_ptr<Registry>> registry = Registry::open(dataDir);
    if (!registry)
        return std::unexpected(registry.error());
    const QByteArray csv =
        "leerling;groep;geboortedatum;datum;door;bezwaar_andere_ouder;intern;extern;klassenfoto\n"
        "Barack Obama;8B;2014-08-04;2025-09-01;ouder;;ja;ja;ja\n"
        "Joe Biden;8B;2014-11-20;2025-09-01;ouder;;nee;nee;ja\n"
        "Michelle Robinson;8B;2015-01-17;2025-09-01;ouder;;ja;nee;ja\n"
        "Kamala Harris;8B;2014-10-20;2025-09-01;ouder;;ja;ja;ja\n";
    const ConsentCsv parsed = ConsentCsvImporter().parse(csv, QStringLiteral("school.csv"));
    Result<CsvImportSummary> imported = (*registry)->importConsentCsv(parsed);
    if (!imported)
        return std::unexpected(imported.error());
    registry->reset();
    return withReferences ? addReferencePhotos(dataDir) : Result<void>();
}

Result<void> recordAnswer(Registry &registry, const QString &pupil, const QString &category, bool granted)
{
    Result<std::optional<Pupil>> found = registry.pupilByName(pupil);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, MessageId::ReferenceUnknownPupils, pupil);
    ConsentStatement statement;
    statement.pupilId = (*found)->id;
    statement.category = category;
    statement.granted = granted;
    statement.date = QDate::currentDate();
    statement.source = QStringLiteral("typed in");
    return registry.recordStatement(statement);
}

Result<void> addReferencePhotos(const QString &dataDir, const std::vector<std::pair<QString, QString>> &references)
{
    Result<std::unique_ptr<Registry>> registry = Registry::open(dataDir);
    if (!registry)
        return std::unexpected(registry.error());
    Result<ModelFiles> models = ModelLocator::locate(binDir());
    if (!models)
        return std::unexpected(models.error());
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    if (!engine)
        return std::unexpected(engine.error());
    for (const auto &[pupil, photo] : references) {
        if (Result<void> added = addReference(**registry, **engine, pupil, fetchedImage(photo)); !added)
            return added;
    }
    return {};
}

Result<void> addReferencePhotos(const QString &dataDir)
{
    return addReferencePhotos(dataDir, {{QStringLiteral("Barack Obama"), QStringLiteral("obama.jpg")},
                                        {QStringLiteral("Joe Biden"), QStringLiteral("biden.jpg")}});
}

Result<LookAlikeBatch> createLookAlikeBatch(const QString &dir)
{
    LookAlikeBatch batch{QDir(dir).filePath(QStringLiteral("data")), QDir(dir).filePath(QStringLiteral("obama3_gespiegeld.jpg"))};
    if (!QImage(fetchedImage(QStringLiteral("obama3.jpg"))).mirrored(true, false).save(batch.mirroredPhoto, "JPG", 95))
        return fail(ErrorCode::WriteFailed, MessageId::ExportFileUnwritable, batch.mirroredPhoto, dir, QStringLiteral("QImage::save"));
    if (Result<void> created = createSchoolRegistry(batch.dataDir, false); !created)
        return std::unexpected(created.error());
    if (Result<void> added = addReferencePhotos(batch.dataDir, {{QStringLiteral("Barack Obama"), QStringLiteral("obama2.jpg")},
                                                                {QStringLiteral("Joe Biden"), QStringLiteral("biden.jpg")}});
        !added)
        return std::unexpected(added.error());
    Result<std::unique_ptr<Registry>> registry = Registry::open(batch.dataDir);
    if (!registry)
        return std::unexpected(registry.error());
    if (Result<void> strict = (*registry)->setStrictness(Strictness::Strict); !strict)
        return std::unexpected(strict.error());
    Result<std::optional<Pupil>> obama = (*registry)->pupilByName(QStringLiteral("Barack Obama"));
    if (!obama || !*obama)
        return fail(ErrorCode::NotFound, MessageId::ReferenceUnknownPupils, QStringLiteral("Barack Obama"));
    batch.obamaId = (**obama).id;
    return batch;
}

bool typeInWindow(QWidget &window, const QKeySequence &key)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QTest::keySequence(window.focusWidget() != nullptr ? window.focusWidget() : &window, key);
    return true;
}

QString exportBatch(gui::MainWindow &window, const QString &out, const QString &reportPath)
{
    std::unique_ptr<gui::ExportDialog> dialog(window.createExportDialog());
    gui::ExportDialog &exporter = *dialog;
    exporter.setDestination(out);
    exporter.setReportPath(reportPath);
    exporter.setOpenReportWhenDone(false);
    QSignalSpy done(&exporter, &gui::ExportDialog::exportFinished);
    QTest::mouseClick(exporter.startButton(), Qt::LeftButton);
    if (done.isEmpty() && !done.wait(240000))
        return QStringLiteral("the export did not finish within 4 minutes");
    if (!done.first().first().toBool())
        return exporter.resultLabel()->text();
    return {};
}

} // namespace bw::test
