#include "exportdialog.h"

#include "channeltext.h"
#include "droppedfiles.h"
#include "errortext.h"
#include "export/exportnaming.h"
#include "photolistmodel.h"
#include "printablecontent.h"
#include "screening/readablereport.h"
#include "screening/screener.h"
#include "screening/screeningjob.h"
#include "screening/screeningreport.h"

#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace bw::gui {

ExportDialog::ExportDialog(Inputs inputs, QWidget *parent)
    : QDialog(parent)
    , m_inputs(std::move(inputs))
    , m_model(m_inputs.model)
    , m_watcher(new QFutureWatcher<ScreenedPhoto>(this))
    , m_channels(new QComboBox(this))
    , m_destination(new QLineEdit(this))
    , m_report(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_start(new QPushButton(tr("Exporteren"), this))
    , m_cancel(new QPushButton(tr("Stoppen"), this))
    , m_openReportButton(new QPushButton(tr("Verslag openen"), this))
    , m_close(new QPushButton(tr("Sluiten"), this))
{
    setWindowTitle(tr("Exporteren"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const auto &[id, label] : m_inputs.channels)
        m_channels->addItem(label, id);
    m_channels->setCurrentIndex(std::max(0, m_channels->findData(m_inputs.channelId)));
    form->addRow(tr("Kanaal:"), m_channels);

    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    auto *browse = new QPushButton(tr("Kiezen…"), this);
    destinationRow->addWidget(browse);
    form->addRow(tr("Naar map:"), destinationRow);
    m_report->setToolTip(tr("Het verslag blijft op school: nooit in de map die u uploadt. Naast dit "
                            "leesbare verslag komen de gegevens ervan (JSON en CSV)."));
    form->addRow(tr("Verslag:"), m_report);
    layout->addLayout(form);

    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_progress->setFormat(tr("%v van %m foto's"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openReportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_cancel->hide();
    m_openReportButton->hide();
    layout->addWidget(buttons);

    m_destination->setText(rememberedDestination(m_channels->currentData().toString()));
    m_report->setText(reportFilesFor(defaultReportPath()).html);
    setAcceptDrops(true);
    m_opener = [](const QString &path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };

    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    connect(m_report, &QLineEdit::textEdited, this, [this] { m_reportEdited = true; });
    connect(m_destination, &QLineEdit::textEdited, this, [this] { m_destinationEdited = true; });
    connect(m_channels, &QComboBox::currentIndexChanged, this, [this] {
        // One channel at a time: the owner re-evaluates every photo for it.
        const QString channel = m_channels->currentData().toString();
        Q_EMIT channelChosen(channel);
        if (!m_reportEdited)
            m_report->setText(reportFilesFor(defaultReportPath()).html);
        if (!m_destinationEdited)
            m_destination->setText(rememberedDestination(channel));
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExportDialog::updateSummary);
    connect(m_start, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openReportButton, &QPushButton::clicked, this, &ExportDialog::openReport);
    connect(m_watcher, &QFutureWatcher<ScreenedPhoto>::progressValueChanged, this, &ExportDialog::onProgress);
    connect(m_watcher, &QFutureWatcher<ScreenedPhoto>::resultsReadyAt, this, &ExportDialog::onProgress);
    connect(m_watcher, &QFutureWatcher<ScreenedPhoto>::finished, this, &ExportDialog::onFinished);
    resize(560, 360);
    updateSummary();
}

ExportDialog::~ExportDialog()
{
    // Closing mid-run: cancel, then wait for the running photos (their results are dropped
    // and the staging folder is discarded with the screener).
    if (m_watcher->isRunning()) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void ExportDialog::setDestination(const QString &folder)
{
    m_destinationEdited = true;
    m_destination->setText(folder);
}

void ExportDialog::setReportPath(const QString &path)
{
    m_reportEdited = true;
    m_report->setText(reportFilesFor(path).html);
}

QString ExportDialog::reportPath() const
{
    const QFileInfo shown(readableReportPath());
    return shown.absolutePath() + QLatin1Char('/') + shown.completeBaseName() + QStringLiteral(".json");
}

QString ExportDialog::readableReportPath() const
{
    return m_report->text().trimmed();
}

QString ExportDialog::rememberedDestination(const QString &channelId)
{
    // Each channel has its own folder, so that parro's photos never end up between the
    // website's.
    const QString fallback = QDir::home().filePath(QStringLiteral("Beeldwacht-export/") + channelId);
    return QSettings().value(QStringLiteral("export/destination/") + channelId, fallback).toString();
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

bool ExportDialog::isRunning() const
{
    return m_watcher->isRunning();
}

QString ExportDialog::defaultReportPath() const
{
    // In the data dir, beside the registry: the record stays with the school.
    const QString name = QStringLiteral("%1_%2.json")
                             .arg(m_channels->currentData().toString(),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HHmmss")));
    return QDir(m_inputs.reportFolder).filePath(name);
}

void ExportDialog::updateSummary()
{
    const BatchSummary summary = m_model->summary();
    QString text = tr("%n foto('s) worden geëxporteerd", nullptr, summary.ready) + QStringLiteral(", ")
                   + tr("%n gezicht(en) daarop verborgen", nullptr, summary.hiddenOnReady) + QStringLiteral(".\n")
                   + tr("%n foto('s) niet gebruikt", nullptr, summary.doNotUse) + QStringLiteral(", ")
                   + tr("%n foto('s) eerst controleren", nullptr, summary.check) + QStringLiteral(".");
    if (summary.pending > 0)
        text += QStringLiteral("\n") + tr("%n foto('s) nog niet geanalyseerd: die worden tijdens het exporteren beoordeeld.", nullptr, summary.pending);
    m_summary->setText(text);
    m_start->setEnabled(!isRunning() && m_model->rowCount() > 0 && m_inputs.registry != nullptr);
}

void ExportDialog::chooseDestination()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Exporteren naar"), destination());
    if (!folder.isEmpty())
        m_destination->setText(folder);
}

QStringList ExportDialog::otherChannelsIn(const QString &folder) const
{
    const QString own = ExportNaming(m_channels->currentData().toString()).channelId();
    QStringList others;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.jpg")}, QDir::Files)) {
        const QString channel = ExportNaming::channelOf(name);
        if (!channel.isEmpty() && channel != own && !others.contains(channel))
            others << channel;
    }
    return others;
}

void ExportDialog::startExport()
{
    if (isRunning() || m_inputs.registry == nullptr)
        return;
    const QStringList others = otherChannelsIn(destination());
    if (others.isEmpty()) {
        beginExport();
        return;
    }
    QStringList names;
    for (const QString &channel : others)
        names << ChannelText::name(channel);
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Andere export in deze map"),
        tr("In %1 staan al foto's voor %2. Wilt u de foto's voor %3 toch in deze map zetten?")
            .arg(QDir::toNativeSeparators(destination()), names.join(QStringLiteral(", ")),
                 ChannelText::name(m_channels->currentData().toString())),
        QMessageBox::Yes | QMessageBox::No, this);
    question->setDefaultButton(QMessageBox::No);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            beginExport();
    });
    question->open();
}

void ExportDialog::beginExport()
{
    if (isRunning() || m_inputs.registry == nullptr)
        return;
    // Kept for the run: the window may build a new analyser meanwhile.
    m_analyser = m_inputs.analyser ? m_inputs.analyser() : nullptr;
    if (!m_analyser) {
        fail(tr("de gezichtsherkenning is nog niet klaar."));
        return;
    }
    Result<ScreeningJob> prepared = prepareScreeningJob(*m_inputs.registry, m_channels->currentData().toString(),
                                                        QDate::currentDate());
    if (!prepared) {
        fail(ErrorText::describe(prepared.error()));
        return;
    }
    ScreeningJob job = std::move(*prepared);
    job.outputDir = destination();
    job.reportPath = reportPath();
    job.reportLanguage = DocumentLanguage::Interface; // like the PDF beside it
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PhotoEntry &entry = m_model->entry(row);
        job.sources << entry.sourcePath;
        job.reviews[entry.sourcePath] = entry.review;
        // Export uses the faces the teacher reviewed, not a fresh detection.
        if (entry.analysed && !entry.analysis.error)
            job.analyses[entry.sourcePath] = entry.analysis;
    }
    QDir().mkpath(QFileInfo(job.reportPath).absolutePath());
    m_screener = std::make_unique<Screener>(*m_analyser, job);
    Result<void> begun = m_screener->begin();
    if (!begun) {
        m_screener.reset();
        fail(ErrorText::describe(begun.error()));
        return;
    }
    QSettings().setValue(QStringLiteral("export/destination/") + m_channels->currentData().toString(), job.outputDir);
    m_progress->setRange(0, int(job.sources.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_result->clear();
    m_start->setEnabled(false);
    m_channels->setEnabled(false);
    m_cancel->show();
    m_openReportButton->hide();
    m_watcher->setFuture(m_screener->start(m_inputs.pool));
}

void ExportDialog::cancelExport()
{
    if (isRunning()) {
        m_watcher->cancel();
        m_result->setText(tr("Stoppen… De foto's die nu bewerkt worden, maken het af."));
    }
}

void ExportDialog::onProgress()
{
    m_progress->setValue(m_watcher->future().resultCount());
}

void ExportDialog::onFinished()
{
    m_cancel->hide();
    m_channels->setEnabled(true);
    const bool cancelled = m_watcher->isCanceled();
    Result<ScreeningOutcome> outcome = m_screener->finish(m_watcher->future(), m_inputs.registry);
    m_screener.reset();
    m_start->setEnabled(true);
    if (cancelled) {
        m_progress->hide();
        m_result->setText(tr("Export gestopt: er is niets in %1 gezet.").arg(destination()));
        Q_EMIT exportFinished(false);
        return;
    }
    if (!outcome) {
        fail(ErrorText::describe(outcome.error()));
        return;
    }
    m_progress->setValue(m_progress->maximum());
    m_report->setText(outcome->reportFiles.html);
    m_result->setText(tr("Klaar: %1 geëxporteerd, %2 niet gebruikt, %3 te controleren; %4 gezichten verborgen.\n"
                         "Verslag: %5")
                          .arg(outcome->exported).arg(outcome->excluded).arg(outcome->needsReview)
                          .arg(outcome->hiddenFaces).arg(QDir::toNativeSeparators(readableReportPath())));
    // The readable report also as PDF beside it, in the app's language; the photos are
    // exported and the HTML written whatever happens to it.
    const DocumentContent readable = readableReport(outcome->report, DocumentLanguage::Interface);
    if (Result<void> pdf = documents::writePdf(documents::printable(readable), outcome->reportFiles.pdf); !pdf)
        m_result->setText(m_result->text() + QLatin1Char('\n') + ErrorText::describe(pdf.error()));
    m_openReportButton->show();
    Q_EMIT exportFinished(true);
    if (m_openReport)
        openReport();
}

void ExportDialog::openReport()
{
    const QString path = readableReportPath();
    if (m_opener && m_opener(path))
        return;
    // No viewer (or none that would start): say so, with the path to open it by hand.
    m_result->setText(m_result->text() + QStringLiteral("\n\n")
                      + tr("Het verslag kon niet worden geopend: er is geen programma ingesteld om het te "
                           "tonen. Open het zelf: %1")
                            .arg(QDir::toNativeSeparators(path)));
}

void ExportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ExportDialog::dropEvent(QDropEvent *event)
{
    const QStringList paths = DroppedFiles::take(event);
    if (paths.isEmpty())
        return;
    Q_EMIT photosDropped(paths); // the window keeps them until this dialog closes
    m_result->setText(tr("%n foto('s) of map(pen) komen erbij zodra dit venster dicht is; deze export "
                         "gaat over de foto's die er al waren.", nullptr, int(paths.size())));
}

void ExportDialog::fail(const QString &message)
{
    m_progress->hide();
    m_cancel->hide();
    m_start->setEnabled(true);
    m_result->setText(tr("Exporteren mislukt: %1").arg(message));
    Q_EMIT exportFinished(false);
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancelExport();
        return; // closes once the running photos are done; nothing blocks meanwhile
    }
    QDialog::reject();
}

} // namespace bw::gui
