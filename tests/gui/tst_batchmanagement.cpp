#include "guitestdata.h"
#include "testsupport.h"

#include "analysiscontroller.h"
#include "batchstatus.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "registrywatcher.h"
#include "reviewpane.h"
#include "reviewview.h"
#include "storage/registry.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using namespace bw::gui;

// Managing the batch and exporting it, through the real window on real photos: taking photos
// out, the same photo twice, photos dropped while exporting, a folder per channel, one count
// of hidden faces, a report that cannot be opened, and reference photos added by the CLI.
class TestBatchManagement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void analysisProgressFitsItsText();
    void deleteKeyAndContextMenuTakePhotosOut();
    void samePhotoUnderAnotherNameIsAddedOnce();
    void photosDroppedWhileExportingWaitForTheDialog();
    void eachChannelHasItsOwnFolderAndAnotherChannelsFolderIsAskedFor();
    void reportThatCannotBeOpenedShowsItsPath();
    void referencesAddedElsewhereAreUsedAtOnce();
    void unreadablePhotosAreExplainedInDutch();

private:
    void importAndWait(const QStringList &paths);
    static void drop(QWidget *target, const QStringList &paths);

    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_photos;
};

void TestBatchManagement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const QString &name : {QStringLiteral("obama2.jpg"), QStringLiteral("biden.jpg"), QStringLiteral("obama3.jpg")}) {
        const QString path = test::fetchedImage(name);
        BW_REQUIRE_DATA(path, name);
        m_photos << path;
    }
    QVERIFY(m_dir.isValid());
}

void TestBatchManagement::init()
{
    QSettings().clear();
    m_dataDir = m_dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
    Result<void> created = test::createSchoolRegistry(m_dataDir, false);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
    m_window = std::make_unique<MainWindow>(m_dataDir);
    m_window->selectChannel(QStringLiteral("parro"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBatchManagement::cleanup()
{
    m_window.reset();
}

void TestBatchManagement::importAndWait(const QStringList &paths)
{
    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    m_window->importPhotos(paths);
    QVERIFY(finished.wait(240000));
}

void TestBatchManagement::drop(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
}

void TestBatchManagement::analysisProgressFitsItsText()
{
    // "Analyseren: 5 van 10" wrapped onto two lines and was cut off in the status bar.
    m_window->resize(1024, 700);
    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    m_window->importPhotos(m_photos);
    auto *status = m_window->findChild<BatchStatus *>();
    QVERIFY(status != nullptr);
    QProgressBar *progress = status->progressBar();
    QVERIFY(progress->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY2(progress->width() >= progress->fontMetrics().horizontalAdvance(progress->text()) + 16,
             qPrintable(QStringLiteral("%1 px for \"%2\"").arg(progress->width()).arg(progress->text())));
    QVERIFY(finished.wait(240000));
    QVERIFY(!progress->isVisible());
}

void TestBatchManagement::deleteKeyAndContextMenuTakePhotosOut()
{
    importAndWait(m_photos);
    PhotoListModel *model = m_window->photoModel();
    QCOMPARE(model->rowCount(), 3);
    // The photo under review is the second one; taking out the first keeps it under review.
    m_window->showPhoto(1);
    const QString reviewed = model->entry(1).sourcePath;
    m_window->photoGrid()->selectionModel()->select(model->index(0), QItemSelectionModel::ClearAndSelect);
    m_window->photoGrid()->setFocus();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->photoGrid(), Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(QFileInfo::exists(m_photos.first())); // the file itself stays
    QCOMPARE(model->entry(m_window->reviewPane()->currentRow()).sourcePath, reviewed);
    QVERIFY2(m_window->notice().contains(QStringLiteral("uit de reeks")), qPrintable(m_window->notice()));

    // The grid's context menu has the same action.
    QAction *remove = nullptr;
    for (QAction *action : m_window->photoGrid()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Delete))
            remove = action;
    }
    QVERIFY(remove != nullptr);
    QCOMPARE(m_window->photoGrid()->contextMenuPolicy(), Qt::ActionsContextMenu);
    m_window->photoGrid()->selectionModel()->select(model->index(0), QItemSelectionModel::ClearAndSelect);
    remove->trigger();
    QCOMPARE(model->rowCount(), 1);
}

void TestBatchManagement::samePhotoUnderAnotherNameIsAddedOnce()
{
    QTemporaryDir copies;
    const QString copy = copies.filePath(QStringLiteral("IMG_0001.jpg"));
    QVERIFY(QFile::copy(m_photos.at(1), copy));
    importAndWait({m_photos.at(1)});
    importAndWait({copy, m_photos.at(0)});
    PhotoListModel *model = m_window->photoModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(copy), -1);
    QVERIFY2(m_window->notice().contains(QStringLiteral("IMG_0001.jpg"))
                 && m_window->notice().contains(QStringLiteral("biden.jpg")),
             qPrintable(m_window->notice()));
}

void TestBatchManagement::photosDroppedWhileExportingWaitForTheDialog()
{
    importAndWait({m_photos.at(0)});
    m_window->openExportDialog();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Dropped on the window and on the dialog: nothing joins the batch while it is open, and
    // both say so.
    drop(m_window.get(), {m_photos.at(1)});
    QCOMPARE(m_window->photoModel()->rowCount(), 1);
    QVERIFY2(m_window->notice().contains(QStringLiteral("exportvenster")), qPrintable(m_window->notice()));
    drop(dialog, {m_photos.at(2)});
    QCOMPARE(m_window->photoModel()->rowCount(), 1);
    QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("zodra dit venster dicht is")),
             qPrintable(dialog->resultLabel()->text()));
    // Closing the dialog adds them.
    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    static_cast<QDialog *>(dialog)->reject();
    QCOMPARE(m_window->photoModel()->rowCount(), 3);
    QVERIFY(finished.wait(240000));
}

void TestBatchManagement::eachChannelHasItsOwnFolderAndAnotherChannelsFolderIsAskedFor()
{
    importAndWait(m_photos);
    const QString parroFolder = m_dir.filePath(QStringLiteral("upload-parro"));
    {
        std::unique_ptr<ExportDialog> dialog(m_window->createExportDialog());
        ExportDialog &exporter = *dialog;
        exporter.setOpenReportWhenDone(false);
        exporter.setDestination(parroFolder);
        // One count of hidden faces, before and after.
        const QString summary = exporter.summaryLabel()->text();
        const int hiddenBefore = m_window->photoModel()->summary().hiddenOnReady;
        QVERIFY2(summary.contains(QStringLiteral("%1 gezicht").arg(hiddenBefore)), qPrintable(summary));
        QSignalSpy done(&exporter, &ExportDialog::exportFinished);
        exporter.startExport();
        QVERIFY(done.count() == 1 || done.wait(240000));
        QVERIFY2(done.first().first().toBool(), qPrintable(exporter.resultLabel()->text()));
        QVERIFY2(exporter.resultLabel()->text().contains(QStringLiteral("%1 gezichten verborgen").arg(hiddenBefore)),
                 qPrintable(exporter.resultLabel()->text()));
    }
    // The website remembers nothing yet: its own default folder, not parro's.
    std::unique_ptr<ExportDialog> websiteDialog(m_window->createExportDialog());
    ExportDialog &website = *websiteDialog;
    website.setOpenReportWhenDone(false);
    website.channelSelector()->setCurrentIndex(website.channelSelector()->findData(QStringLiteral("website")));
    QVERIFY(website.destination() != parroFolder);
    QVERIFY2(website.destination().endsWith(QStringLiteral("website")), qPrintable(website.destination()));
    // parro again: its folder is remembered.
    website.channelSelector()->setCurrentIndex(website.channelSelector()->findData(QStringLiteral("parro")));
    QCOMPARE(website.destination(), parroFolder);

    // Exporting the website into parro's folder asks first; "No" exports nothing.
    website.channelSelector()->setCurrentIndex(website.channelSelector()->findData(QStringLiteral("website")));
    website.setDestination(parroFolder);
    const QStringList before = QDir(parroFolder).entryList(QDir::Files);
    website.show();
    website.startExport();
    QMessageBox *question = website.findChild<QMessageBox *>();
    QVERIFY(question != nullptr);
    QVERIFY2(question->text().contains(QStringLiteral("Parro")), qPrintable(question->text()));
    QVERIFY(!website.isRunning());
    question->button(QMessageBox::No)->click();
    QVERIFY(!website.isRunning());
    QCOMPARE(QDir(parroFolder).entryList(QDir::Files), before);
}

void TestBatchManagement::reportThatCannotBeOpenedShowsItsPath()
{
    importAndWait({m_photos.at(0)});
    std::unique_ptr<ExportDialog> dialog(m_window->createExportDialog());
    ExportDialog &exporter = *dialog;
    exporter.setDestination(m_dir.filePath(QStringLiteral("upload-report")));
    // The dialog shows the report a person reads, not the JSON record beside it.
    QVERIFY2(exporter.readableReportPath().endsWith(QStringLiteral(".html")), qPrintable(exporter.readableReportPath()));
    QVERIFY(exporter.reportPath().endsWith(QStringLiteral(".json")));
    QString opened;
    exporter.setReportOpener([&opened](const QString &path) {
        opened = path;
        return false; // no viewer on this machine
    });
    QSignalSpy done(&exporter, &ExportDialog::exportFinished);
    exporter.startExport();
    QVERIFY(done.count() == 1 || done.wait(240000));
    QVERIFY(done.first().first().toBool());
    QCOMPARE(opened, exporter.readableReportPath());
    QVERIFY(QFileInfo::exists(opened));
    const QString result = exporter.resultLabel()->text();
    QVERIFY2(result.contains(QStringLiteral("kon niet worden geopend"))
                 && result.contains(QDir::toNativeSeparators(opened)),
             qPrintable(result));
}

void TestBatchManagement::referencesAddedElsewhereAreUsedAtOnce()
{
    // No references yet: obama2's face is unknown and hidden.
    importAndWait({m_photos.at(0)});
    QVERIFY(m_window->photoModel()->entry(0).verdict.faces.at(0).pupilName.isEmpty());
    // Another program (here: a second connection, as the CLI's `refs import` has) adds
    // reference photos. The window notices without being told and recognises the face.
    QSignalSpy changed(m_window->registryWatcher(), &RegistryWatcher::changedElsewhere);
    QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
    Result<void> added = test::addReferencePhotos(m_dataDir);
    QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().message));
    QVERIFY(changed.count() == 1 || changed.wait(10000));
    QVERIFY(finished.wait(240000));
    QCOMPARE(m_window->photoModel()->entry(0).verdict.faces.at(0).pupilName, QStringLiteral("Barack Obama"));
    QVERIFY(m_window->photoModel()->entry(0).verdict.faces.at(0).decision.visible);

    // The window's own changes (a statement typed in the consent screen) are no "change
    // elsewhere", and asking again without a change finds none.
    QVERIFY(test::recordAnswer(*m_window->registry(), QStringLiteral("Joe Biden"), QStringLiteral("intern"), true)
                .has_value());
    const int seen = int(changed.count());
    m_window->registryWatcher()->check();
    QCOMPARE(int(changed.count()), seen);
}

void TestBatchManagement::unreadablePhotosAreExplainedInDutch()
{
    // A photo whose end is missing and a text file with a photo's name: each tile says why in
    // the window's language, as does the review pane; the channel list names channels in words.
    QTemporaryDir broken;
    QFile source(m_photos.at(1));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile truncated(broken.filePath(QStringLiteral("afgebroken.jpg")));
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.write(source.read(source.size() / 2));
    truncated.close();
    QFile text(broken.filePath(QStringLiteral("tekst.jpg")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("dit is geen foto\n");
    text.close();
    importAndWait({truncated.fileName(), text.fileName()});
    PhotoListModel *model = m_window->photoModel();
    const QString cut = model->index(model->rowOf(truncated.fileName())).data(Qt::ToolTipRole).toString();
    QVERIFY2(cut.contains(QStringLiteral("het JPEG-bestand is afgebroken (het einde ontbreekt)")), qPrintable(cut));
    const QString notPhoto = model->index(model->rowOf(text.fileName())).data(Qt::ToolTipRole).toString();
    QVERIFY2(notPhoto.contains(QStringLiteral("geen foto die Beeldwacht kan lezen")), qPrintable(notPhoto));
    QVERIFY(!cut.contains(QStringLiteral("truncated")) && !notPhoto.contains(QStringLiteral("supported")));
    // The review pane shows the reason instead of the photo (it said only "kon niet worden
    // getoond"), and no zoom for a photo that is not there.
    ReviewPane *review = m_window->reviewPane();
    m_window->showPhoto(model->rowOf(truncated.fileName()));
    QTRY_VERIFY_WITH_TIMEOUT(review->view()->message().startsWith(QStringLiteral("Deze foto kon niet worden gelezen")),
                             60000);
    QVERIFY2(review->view()->message().contains(QStringLiteral("het JPEG-bestand is afgebroken")),
             qPrintable(review->view()->message()));
    QVERIFY(!review->view()->hasPhoto()); // not the half a photo a lenient decoder makes of it
    QVERIFY2(review->zoomLabel()->text().isEmpty(), qPrintable(review->zoomLabel()->text()));
    QCOMPARE(m_window->channelSelector()->itemText(m_window->channelSelector()->findData(QStringLiteral("sociale-media"))),
             QStringLiteral("Sociale media — openbaar"));
}

QTEST_MAIN(TestBatchManagement)
#include "tst_batchmanagement.moc"
