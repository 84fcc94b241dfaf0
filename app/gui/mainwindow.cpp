#include "mainwindow.h"

#include "analysiscontroller.h"
#include "batchcontroller.h"
#include "auditbanner.h"
#include "batchstatus.h"
#include "channeltext.h"
#include "consentdialog.h"
#include "droppedfiles.h"
#include "errortext.h"
#include "exportdialog.h"
#include "facesview.h"
#include "photolistmodel.h"
#include "registrywatcher.h"
#include "reviewkeeper.h"
#include "reviewmenu.h"
#include "photoanswerdialog.h"
#include "photorequestaction.h"
#include "reviewpane.h"
#include "thumbnaildelegate.h"
#include "thumbnailloader.h"
#include "screening/consentsnapshot.h"
#include "screening/screeningjob.h"
#include "storage/registry.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>


namespace bw::gui {

MainWindow::MainWindow(const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
    , m_model(new PhotoListModel(this))
    , m_analysis(new AnalysisController(&m_pool, this))
    , m_thumbnails(new ThumbnailLoader(&m_pool, this))
    , m_batch(new BatchController(m_model, m_analysis, m_thumbnails, this))
    , m_registryWatcher(new RegistryWatcher(this))
{
    setWindowTitle(tr("Beeldwacht"));
    setAcceptDrops(true);
    createCentralWidgets();
    createActions();
    connect(m_analysis, &AnalysisController::finished, this, &MainWindow::analysisFinished);
    connect(m_batch, &BatchController::notice, this, &MainWindow::showNotice);
    connect(m_batch, &BatchController::problem, this, &MainWindow::showProblem);
    connect(m_batch, &BatchController::photosAdded, this, [this](const QStringList &added) {
        if (!m_grid->currentIndex().isValid())
            showPhoto(m_model->rowOf(added.first()));
    });
    // Reference photos or consent added elsewhere (the CLI) count at once, not at the next
    // start: every photo is judged again, and unreviewed ones are recognised again.
    connect(m_registryWatcher, &RegistryWatcher::changedElsewhere, this, [this] {
        reloadRegistry();
        showNotice(tr("Het register is elders gewijzigd (bijvoorbeeld pasfoto's via de opdrachtregel): "
                      "de foto's zijn opnieuw beoordeeld."));
    });
    keepReviews();
    openRegistry();
    restoreSettings();
}

void MainWindow::keepReviews()
{
    m_keeper = new ReviewKeeper(m_model, this);
    connect(m_keeper, &ReviewKeeper::problem, this, &MainWindow::showProblem);
    connect(m_keeper, &ReviewKeeper::reanalysisNeeded, this, [this](const QString &path, int quarterTurns) {
        m_analysis->analyse(QList<AnalysisRequest>{{path, quarterTurns}});
        // The pane loads the photo again, at its kept turn (a turn made outside the pane).
        if (const int row = m_model->rowOf(path); row >= 0 && row == m_review->currentRow()) {
            m_review->showRow(-1);
            m_review->showRow(row);
        }
    });
    connect(m_keeper, &ReviewKeeper::restored, this, [this](int row, int unmatched) {
        const QString name = QFileInfo(m_model->entry(row).sourcePath).fileName();
        showNotice(unmatched == 0
                       ? tr("Uw eerdere beoordeling van %1 is teruggezet.").arg(name)
                       : tr("Uw eerdere beoordeling van %1 is teruggezet; %n beslissing(en) paste(n) niet meer "
                            "bij een gezicht: die gezichten blijven verborgen.", nullptr, unmatched).arg(name));
    });
    // Before the registry: the store makes the data folder owner-only when it is new.
    m_keeper->openStore(m_dataDir);
}

MainWindow::~MainWindow()
{
    // Stop new photos from starting; the running ones finish before the pool goes away.
    m_analysis->cancel();
    m_thumbnails->cancel();
    m_pool.waitForDone();
    m_registryWatcher->watch(nullptr); // the registry goes before the window's children
}

void MainWindow::createCentralWidgets()
{
    m_grid = new QListView(this);
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new ThumbnailDelegate(m_grid));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setSpacing(4);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setMinimumWidth(ThumbnailDelegate::kThumbnailSize + 40);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_review->showRow(current.isValid() ? current.row() : -1); });

    m_review = new ReviewPane(m_model, this);
    m_review->setAnalyserSource([this] { return m_analysis->analyser(); });
    connect(m_review, &ReviewPane::photoTurned, this, [this](const QString &path, int quarterTurns) {
        m_analysis->analyse(QList<AnalysisRequest>{{path, quarterTurns}});
    });
    connect(m_review, &ReviewPane::auditFailed, this, [this](const QString &message) {
        showProblem(tr("Het logboek kon niet worden bijgewerkt: %1").arg(message));
    });

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; border-radius: 4px; }"));
    m_problem->hide();
    m_auditBanner = new AuditBanner(this);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_review);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({2 * (ThumbnailDelegate::kThumbnailSize + 24) + 30, 900});

    // The faces view acts through the review pane's actions: one set of decisions for the batch.
    m_faces = new FacesView(m_model, m_review->actions(), &m_pool, this);
    connect(m_faces, &FacesView::problem, this, &MainWindow::showNotice);
    connect(m_faces, &FacesView::photoRequested, this, [this](int row, int face) {
        showFacesView(false);
        showPhoto(row);
        m_review->selectFace(face);
    });
    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    m_views->addTab(m_splitter, tr("Foto's"));
    m_views->addTab(m_faces, tr("Gezichten"));
    m_views->setTabToolTip(1, tr("Alle gezichten van de reeks, per leerling, voorstel en onbekend (Ctrl+G)"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_auditBanner);
    layout->addWidget(m_problem);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    statusBar()->addWidget(new BatchStatus(m_model, m_analysis, this), 1);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&Bestand"));
    QAction *importFiles = fileMenu->addAction(tr("Foto's &toevoegen…"), this, &MainWindow::openImportDialog);
    importFiles->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Map met foto's toevoegen…"), this, &MainWindow::openImportFolderDialog);
    QAction *remove = fileMenu->addAction(tr("Foto's uit de reeks halen"), this, &MainWindow::removeSelectedPhotos);
    remove->setShortcut(QKeySequence::Delete);
    remove->setToolTip(tr("Haalt de gekozen foto's uit deze reeks; de bestanden zelf blijven staan."));
    QAction *closeBatchAction = fileMenu->addAction(tr("Reeks &sluiten…"), this, &MainWindow::confirmCloseBatch);
    closeBatchAction->setShortcut(QKeySequence::Close);
    closeBatchAction->setToolTip(tr("Klaar met deze foto's: ze gaan uit het venster en het bewaarde "
                                    "beoordelingswerk ervan wordt gewist; de bestanden zelf blijven staan."));
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_grid->addAction(remove);
    QAction *exportAction = fileMenu->addAction(tr("&Exporteren…"), this, &MainWindow::openExportDialog);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Afsluiten"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *reviewMenu = new ReviewMenu(m_review, m_model, this);
    menuBar()->addMenu(reviewMenu);
    connect(reviewMenu, &ReviewMenu::nextPhotoRequested, this, &MainWindow::showNextPhoto);
    connect(reviewMenu, &ReviewMenu::previousPhotoRequested, this, &MainWindow::showPreviousPhoto);
    connect(m_views, &QTabWidget::currentChanged, reviewMenu,
            [this, reviewMenu] { reviewMenu->setPhotoViewShown(m_views->currentWidget() == m_splitter); });

    QAction *facesAction = reviewMenu->addAction(tr("Foto's of gezichten tonen"), this, [this] {
        showFacesView(m_views->currentWidget() != m_faces);
    });
    facesAction->setShortcut(Qt::CTRL | Qt::Key_G);

    QMenu *schoolMenu = menuBar()->addMenu(tr("&School"));
    QAction *consent = schoolMenu->addAction(tr("&Leerlingen en toestemming…"), this,
                                             &MainWindow::openConsentDialog);
    consent->setShortcut(Qt::CTRL | Qt::Key_L);
    // One school setting for every recognition threshold (core's fromStrictness), kept in
    // the registry and shared with the CLI; extern channels raise it (strictnessFor).
    QMenu *strictnessMenu = schoolMenu->addMenu(tr("&Strengheid van herkenning"));
    m_strictnessActions = new QActionGroup(this);
    const std::pair<Strictness, QString> levels[] = {
        {Strictness::Normal, tr("Normaal")},
        {Strictness::Strict, tr("Streng: minder namen, meer verborgen")},
        {Strictness::VeryStrict, tr("Heel streng")},
    };
    for (const auto &[level, text] : levels) {
        QAction *action = strictnessMenu->addAction(text, this, [this, level] { setStrictness(level); });
        action->setCheckable(true);
        action->setData(int(level));
        m_strictnessActions->addAction(action);
    }
    m_photoRequests = new PhotoRequestAction(
        {m_model, &m_pool, [this] { return m_registry.get(); }, [this] { return m_analysis->analyser(); }, this}, this);
    schoolMenu->addAction(m_photoRequests->action());
    m_grid->addAction(m_photoRequests->action());
    schoolMenu->addAction(tr("&Antwoord op verzoek om toestemming…"), this, &MainWindow::openPhotoAnswerDialog);
    schoolMenu->addSeparator();
    schoolMenu->addAction(tr("Biometrische gegevens &wissen…"), this, &MainWindow::confirmPurgeBiometricData);

    QToolBar *toolbar = addToolBar(tr("Werkbalk"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(importFiles);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Kanaal: "), toolbar));
    m_channels = new QComboBox(toolbar);
    m_channels->setMinimumContentsLength(22);
    m_channels->setToolTip(tr("Waar de foto's voor zijn: elke foto wordt meteen opnieuw beoordeeld"));
    toolbar->addWidget(m_channels);
    connect(m_channels, &QComboBox::currentIndexChanged, this, &MainWindow::applyChannel);
    toolbar->addSeparator();
    toolbar->addAction(consent);
    toolbar->addAction(exportAction);
}

void MainWindow::openRegistry()
{
    Result<std::unique_ptr<Registry>> opened = Registry::open(m_dataDir);
    if (!opened) {
        showProblem(tr("Het register in %1 kon niet worden geopend: %2")
                        .arg(m_dataDir, ErrorText::describe(opened.error())));
        return;
    }
    m_registry = std::move(*opened);
    m_review->setRegistry(m_registry.get());
    m_registryWatcher->watch(m_registry.get());
    checkAuditTrail();
    reloadRegistry();
}

void MainWindow::checkAuditTrail()
{
    // At every start: a broken chain is shown, and recorded in the log itself.
    const Result<AuditVerification> verification = m_registry->checkAudit();
    if (verification)
        m_auditBanner->showVerification(*verification);
    else
        m_auditBanner->showCheckFailed(ErrorText::describe(verification.error()));
}

void MainWindow::reloadRegistry()
{
    if (!m_registry)
        return;
    const QString previous = currentChannelId();
    {
        const QSignalBlocker blocker(m_channels);
        m_channels->clear();
        Result<std::vector<Channel>> channels = m_registry->channels();
        if (!channels) {
            showProblem(ErrorText::describe(channels.error()));
        } else {
            for (const Channel &channel : *channels)
                m_channels->addItem(ChannelText::describe(channel), channel.id);
        }
        const int index = m_channels->findData(previous);
        m_channels->setCurrentIndex(index >= 0 ? index : 0);
    }
    prepareAnalyser();
    applyChannel();
    if (const Result<SchoolSettings> settings = m_registry->schoolSettings(); settings)
        m_keeper->applyRetention(settings->reviewRetentionDays);
}

Result<void> MainWindow::purgeBiometricData()
{
    if (!m_registry)
        return {}; // no registry opened: nothing stored to erase (the problem bar says why)
    if (Result<void> purged = m_registry->references().purge(); !purged)
        return purged;
    reloadRegistry();
    return {};
}

void MainWindow::openPhotoAnswerDialog()
{
    if (!m_registry)
        return;
    const Result<std::vector<OpenPhotoRequest>> open = PhotoAnswerDialog::openRequests(*m_registry, QDate::currentDate());
    if (!open) {
        showProblem(ErrorText::describe(open.error()));
        return;
    }
    auto *dialog = new PhotoAnswerDialog(*open, [this](const PhotoAnswer &answer, bool change) {
        const Result<ConsentStatement> recorded =
            change ? m_registry->changePhotoAnswer(answer) : m_registry->answerPhotoRequest(answer);
        if (!recorded)
            return ErrorText::describe(recorded.error());
        showNotice(change ? tr("Gewijzigd antwoord voor verzoek %1 vastgelegd.").arg(PhotoRequests::normalisedCode(answer.code))
                          : tr("Antwoord voor verzoek %1 vastgelegd.").arg(PhotoRequests::normalisedCode(answer.code)));
        reloadRegistry(); // the photo's verdict follows the answer at once
        return QString();
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::confirmPurgeBiometricData()
{
    const auto answer = QMessageBox::question(
        this, tr("Biometrische gegevens wissen"),
        tr("Alle gezichtskenmerken van de pasfoto's worden gewist. Beeldwacht herkent daarna "
           "niemand meer tot u opnieuw pasfoto's toevoegt. Doorgaan?"));
    if (answer != QMessageBox::Yes)
        return;
    if (Result<void> purged = purgeBiometricData(); !purged)
        showProblem(ErrorText::describe(purged.error()));
    else
        showNotice(tr("Alle biometrische gegevens zijn gewist."));
}

Result<Strictness> MainWindow::channelStrictness()
{
    Result<Strictness> school = m_registry->strictness();
    if (!school)
        return school;
    for (QAction *action : m_strictnessActions->actions())
        action->setChecked(action->data().toInt() == int(*school));
    Result<Channel> channel = m_registry->channel(currentChannelId());
    return channel ? strictnessFor(*channel, *school) : *school;
}

void MainWindow::prepareAnalyser()
{
    Result<Strictness> strictness = channelStrictness();
    if (!strictness) {
        showProblem(ErrorText::describe(strictness.error()));
        return;
    }
    Result<bool> changed = m_analysis->configure(*m_registry, *strictness);
    if (!changed) {
        showProblem(ErrorText::describe(changed.error()));
        return;
    }
    m_model->setRecognition(m_analysis->analyser()->gallery(), m_analysis->analyser()->matchSettings());
    // New reference photos change who is recognised: photos the teacher has not touched yet
    // are analysed again; reviewed ones keep the faces the review refers to.
    if (*changed)
        m_batch->reanalyseUnreviewed();
}

void MainWindow::setStrictness(Strictness level)
{
    if (!m_registry)
        return;
    if (Result<void> saved = m_registry->setStrictness(level); !saved) {
        showProblem(ErrorText::describe(saved.error()));
        return;
    }
    prepareAnalyser();
}

QString MainWindow::currentChannelId() const
{
    return m_channels->currentData().toString();
}

void MainWindow::selectChannel(const QString &channelId)
{
    const int index = m_channels->findData(channelId);
    if (index >= 0)
        m_channels->setCurrentIndex(index);
}

void MainWindow::applyChannel()
{
    const QString channelId = currentChannelId();
    if (!m_registry || channelId.isEmpty())
        return;
    Result<ConsentSnapshot> snapshot = takeConsentSnapshot(*m_registry, channelId, QDate::currentDate());
    if (!snapshot) {
        showProblem(ErrorText::describe(snapshot.error()));
        return;
    }
    m_review->setChannelId(channelId);
    m_model->setConsent(*snapshot);
    // An extern channel recognises more strictly: analyse again at that strictness.
    if (Result<Strictness> strictness = channelStrictness(); strictness && *strictness != m_analysis->strictness())
        prepareAnalyser();
}

void MainWindow::importPhotos(const QStringList &paths)
{
    m_batch->importPhotos(paths);
}

void MainWindow::showPhoto(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_grid->setCurrentIndex(m_model->index(row));
    m_grid->scrollTo(m_model->index(row));
}

void MainWindow::showFacesView(bool faces)
{
    m_views->setCurrentWidget(faces ? static_cast<QWidget *>(m_faces) : m_splitter);
    if (faces)
        m_faces->list()->setFocus();
}

void MainWindow::showNextPhoto()
{
    showPhoto(std::min(m_grid->currentIndex().row() + 1, m_model->rowCount() - 1));
}

void MainWindow::showPreviousPhoto()
{
    showPhoto(std::max(m_grid->currentIndex().row() - 1, 0));
}

void MainWindow::openImportDialog()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Foto's toevoegen"), settings.value(QStringLiteral("lastPhotoDir")).toString(),
        tr("Foto's (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp);;Alle bestanden (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastPhotoDir"), QFileInfo(files.first()).absolutePath());
    importPhotos(files);
}

void MainWindow::openImportFolderDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Map met foto's toevoegen"), settings.value(QStringLiteral("lastPhotoDir")).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastPhotoDir"), folder);
    importPhotos({folder});
}

void MainWindow::openConsentDialog()
{
    if (!m_registry)
        return;
    auto *dialog = new ConsentDialog(m_registry.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsentDialog::registryChanged, this, &MainWindow::reloadRegistry);
    dialog->open();
}

void MainWindow::openExportDialog()
{
    if (!m_registry)
        return;
    ExportDialog *dialog = createExportDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The export works on the batch as it is now: photos dropped meanwhile wait for it.
    m_batch->holdImports(true);
    connect(dialog, &QDialog::finished, this, [this] { m_batch->holdImports(false); });
    dialog->open();
}

ExportDialog *MainWindow::createExportDialog()
{
    ExportDialog::Inputs inputs;
    inputs.model = m_model;
    inputs.registry = m_registry.get();
    inputs.pool = &m_pool;
    for (int i = 0; i < m_channels->count(); ++i)
        inputs.channels.emplace_back(m_channels->itemData(i).toString(), m_channels->itemText(i));
    inputs.channelId = currentChannelId();
    inputs.reportFolder = QDir(m_dataDir).filePath(QStringLiteral("verslagen"));
    inputs.analyser = [this] { return m_analysis->analyser(); };
    auto *dialog = new ExportDialog(std::move(inputs), this);
    connect(dialog, &ExportDialog::channelChosen, this, &MainWindow::selectChannel);
    connect(dialog, &ExportDialog::photosDropped, this, &MainWindow::importPhotos);
    return dialog;
}

void MainWindow::removeSelectedPhotos()
{
    QList<int> rows;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes())
        rows << index.row();
    if (rows.isEmpty() && m_grid->currentIndex().isValid())
        rows << m_grid->currentIndex().row();
    m_batch->removePhotos(rows);
}

void MainWindow::confirmCloseBatch()
{
    if (m_model->rowCount() == 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Reeks sluiten"),
        tr("De %n foto('s) gaan uit het venster en uw beoordeling ervan wordt gewist: opnieuw geopend "
           "beginnen ze onbeoordeeld. De bestanden zelf blijven staan. Doorgaan?", nullptr, m_model->rowCount()));
    if (answer == QMessageBox::Yes)
        closeBatch();
}

void MainWindow::closeBatch()
{
    m_analysis->cancel(); // results for photos that left are dropped (BatchController)
    const Result<int> forgotten = m_keeper->forgetBatch();
    m_model->clear();
    if (!forgotten)
        showProblem(ErrorText::describe(forgotten.error()));
    else
        showNotice(tr("De reeks is gesloten en uw beoordeling ervan gewist; de bestanden zelf blijven staan."));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_registryWatcher->check();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_analysis->cancel();
    m_thumbnails->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (const QStringList paths = DroppedFiles::take(event); !paths.isEmpty())
        importPhotos(paths);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    selectChannel(settings.value(QStringLiteral("channel")).toString());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("channel"), currentChannelId());
}

void MainWindow::showNotice(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

QString MainWindow::notice() const
{
    return statusBar()->currentMessage();
}

void MainWindow::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace bw::gui
