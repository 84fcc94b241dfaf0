#include "batchstatus.h"

#include "analysiscontroller.h"
#include "photolistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace bw::gui {

BatchStatus::BatchStatus(PhotoListModel *model, AnalysisController *analysis, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stoppen"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_progress->setFormat(tr("Analyseren: %v van %m"));
    // Wide enough for its text with four-digit counts: it wrapped and was cut off when the
    // summary beside it took the room.
    m_progress->setMinimumWidth(
        m_progress->fontMetrics().horizontalAdvance(m_progress->format().replace(QStringLiteral("%v"), QStringLiteral("9999"))
                                                        .replace(QStringLiteral("%m"), QStringLiteral("9999")))
        + 48);
    m_summary->setMinimumWidth(0);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->hide();
    m_cancel->hide();

    connect(m_cancel, &QPushButton::clicked, analysis, &AnalysisController::cancel);
    connect(analysis, &AnalysisController::progressChanged, this, &BatchStatus::showProgress);
    connect(analysis, &AnalysisController::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &BatchStatus::updateSummary);
    connect(model, &QAbstractItemModel::rowsInserted, this, &BatchStatus::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, &BatchStatus::updateSummary);
    updateSummary();
}

void BatchStatus::showProgress(int done, int total)
{
    const bool running = done < total;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void BatchStatus::updateSummary()
{
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("Sleep foto's of een map hierheen, of kies Bestand › Foto's toevoegen."));
        return;
    }
    const BatchSummary summary = m_model->summary();
    m_summary->setText(tr("%n foto('s): ", nullptr, m_model->rowCount())
                       + tr("%1 klaar, %2 controleren, %3 niet gebruiken; %4 gezichten verborgen")
                             .arg(summary.ready).arg(summary.check).arg(summary.doNotUse)
                             .arg(summary.hiddenTotal));
}

} // namespace bw::gui
