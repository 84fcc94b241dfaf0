#include "pupilexportsdialog.h"

#include "errortext.h"
#include "imageconversion.h"
#include "printablecontent.h"
#include "screening/parentoverview.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>

namespace bw::gui {

namespace {

constexpr int kThumbnailSide = 120;

} // namespace

PupilExportsDialog::PupilExportsDialog(const Pupil &pupil, std::vector<ExportRecord> exports, Purpose purpose,
                                       QWidget *parent)
    : QDialog(parent)
    , m_pupil(pupil)
    , m_exports(std::move(exports))
    , m_table(new QTableWidget(int(m_exports.size()), 4, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("pupilExportsDialog"));
    setWindowTitle(tr("Publicaties van %1").arg(pupil.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (purpose == Purpose::TakeDown)
        intro->setText(tr("De toestemming is ingetrokken. Op deze gepubliceerde foto's is %1 zichtbaar; "
                          "haal ze zo nodig weg van het kanaal.").arg(pupil.name));
    else if (m_exports.empty())
        intro->setText(tr("%1 is op geen enkele geëxporteerde foto zichtbaar.").arg(pupil.name));
    else
        intro->setText(tr("Op deze geëxporteerde foto's is %1 zichtbaar. In de voorbeelden zijn alle andere "
                          "gezichten verborgen.").arg(pupil.name));
    layout->addWidget(intro);

    m_table->setHorizontalHeaderLabels({tr("Foto"), tr("Datum"), tr("Kanaal"), tr("Bestand")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < int(m_exports.size()); ++row) {
        const ExportRecord &record = m_exports[std::size_t(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(tr("laden…")));
        m_table->setItem(row, 1, new QTableWidgetItem(record.date.toString(QStringLiteral("dd-MM-yyyy"))));
        m_table->setItem(row, 2, new QTableWidgetItem(record.channel));
        m_table->setItem(row, 3, new QTableWidgetItem(record.fileName));
        m_table->setRowHeight(row, kThumbnailSide + 8);
    }
    m_table->setColumnWidth(0, kThumbnailSide + 16);
    layout->addWidget(m_table, 1);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *overview = buttons->addButton(tr("Overzicht voor de ouders opslaan (PDF)…"), QDialogButtonBox::ActionRole);
    overview->setObjectName(QStringLiteral("saveOverview"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(overview, &QPushButton::clicked, this, &PupilExportsDialog::saveOverview);
    resize(760, 520);

    // Decoding and hiding faces takes a moment per photo: off the UI thread.
    connect(&m_thumbnails, &QFutureWatcher<QImage>::resultReadyAt, this, &PupilExportsDialog::showThumbnail);
    connect(&m_thumbnails, &QFutureWatcher<QImage>::finished, this, &PupilExportsDialog::thumbnailsLoaded);
    const qint64 pupilId = m_pupil.id;
    m_thumbnails.setFuture(QtConcurrent::mapped(m_exports, [pupilId](const ExportRecord &record) {
        return documents::ImageConversion::toQImage(pupilOnlyPicture(record, pupilId, kThumbnailSide));
    }));
}

PupilExportsDialog::~PupilExportsDialog()
{
    m_thumbnails.cancel();
    m_thumbnails.waitForFinished();
}

void PupilExportsDialog::showThumbnail(int row)
{
    const QImage image = m_thumbnails.resultAt(row);
    QTableWidgetItem *item = m_table->item(row, 0);
    if (image.isNull()) {
        item->setText(tr("bestand niet meer aanwezig"));
        return;
    }
    item->setText(QString());
    item->setIcon(QIcon(QPixmap::fromImage(image)));
}

Result<void> PupilExportsDialog::writeOverview(const QString &path) const
{
    return documents::writePdf(documents::printable(parentOverview(m_pupil, m_exports, QDate::currentDate())), path);
}

void PupilExportsDialog::saveOverview()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Overzicht voor de ouders opslaan"),
                                                      tr("overzicht %1.pdf").arg(m_pupil.name), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Result<void> written = writeOverview(path); !written) {
        m_problem->setText(ErrorText::describe(written.error()));
        m_problem->show();
    }
}

} // namespace bw::gui
