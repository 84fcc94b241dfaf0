#include "consentdialog.h"

#include "channeltext.h"
#include "consent/consentform.h"
#include "csvimportdialog.h"
#include "errortext.h"
#include "pdfdocument.h"
#include "pupilexportsdialog.h"
#include "pupiltablemodel.h"
#include "pupildialog.h"
#include "referencedroparea.h"
#include "screening/takedownlist.h"
#include "statementdialog.h"
#include "storage/registry.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bw::gui {

ConsentDialog::ConsentDialog(Registry *registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_model(new PupilTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_pupilTitle(new QLabel(this))
    , m_history(new QTableWidget(0, 5, this))
    , m_newStatement(new QPushButton(tr("Nieuwe verklaring vastleggen…"), this))
    , m_showExports(new QPushButton(tr("Publicaties van deze leerling…"), this))
    , m_references(new ReferenceDropArea(registry, this))
    , m_choosePhotos(new QPushButton(tr("Pasfoto's kiezen…"), this))
    , m_family(new QPushButton(tr("Gezin…"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Leerlingen en toestemming"));
    auto *layout = new QVBoxLayout(this);
    auto *topRow = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Zoek op naam of groep"));
    m_search->setClearButtonEnabled(true);
    topRow->addWidget(m_search, 1);
    auto *addPupilButton = new QPushButton(tr("Leerling toevoegen…"), this);
    topRow->addWidget(addPupilButton);
    auto *importCsv = new QPushButton(tr("CSV importeren…"), this);
    topRow->addWidget(importCsv);
    auto *forms = new QPushButton(tr("Toestemmingsformulieren (PDF)…"), this);
    forms->setObjectName(QStringLiteral("consentFormsButton"));
    forms->setToolTip(tr("Een formulier per leerling om uit te delen, met de vraag over "
                         "gezichtsherkenning apart"));
    topRow->addWidget(forms);
    layout->addLayout(topRow);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PupilTableModel::ClassColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    QWidget *details = createDetails();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 280});
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(importCsv, &QPushButton::clicked, this, &ConsentDialog::openCsvImport);
    connect(addPupilButton, &QPushButton::clicked, this, &ConsentDialog::openPupilDialog);
    connect(m_choosePhotos, &QPushButton::clicked, this, &ConsentDialog::chooseReferencePhotos);
    connect(forms, &QPushButton::clicked, this, &ConsentDialog::openConsentForms);
    connect(m_newStatement, &QPushButton::clicked, this, &ConsentDialog::openStatementDialog);
    connect(m_showExports, &QPushButton::clicked, this, &ConsentDialog::openExports);
    connect(m_family, &QPushButton::clicked, this, &ConsentDialog::openFamilyDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConsentDialog::showHistory);
    connect(m_references, &ReferenceDropArea::referencesAdded, this, [this] {
        reload(); // the reference count column
        Q_EMIT registryChanged();
    });
    resize(1340, 760);
    reload();
}

void ConsentDialog::reload()
{
    const qint64 current = currentPupilId();
    Result<void> loaded = m_model->load(*m_registry);
    m_problem->setVisible(!loaded);
    if (!loaded)
        m_problem->setText(ErrorText::describe(loaded.error()));
    if (current != 0)
        selectPupil(current);
    else if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    showHistory();
}

void ConsentDialog::selectPupil(qint64 pupilId)
{
    const int row = m_model->rowOfPupil(pupilId);
    if (row >= 0)
        m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
}

qint64 ConsentDialog::currentPupilId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(PupilTableModel::kPupilIdRole).toLongLong() : 0;
}

// Below the table, at its full width, the chosen pupil: the history (five columns that need
// the room) beside the actions. A side panel beside the table was too narrow for the history.
QWidget *ConsentDialog::createDetails()
{
    auto *details = new QWidget(this);
    auto *detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyBox = new QVBoxLayout;
    QFont titleFont = m_pupilTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_pupilTitle->setFont(titleFont);
    historyBox->addWidget(m_pupilTitle);
    historyBox->addWidget(new QLabel(tr("Geschiedenis (de laatste verklaring telt):"), details));
    m_history->setHorizontalHeaderLabels({tr("Datum"), tr("Vraag"), tr("Antwoord"), tr("Door"), tr("Bron")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setStretchLastSection(true);
    historyBox->addWidget(m_history, 1);
    detailsLayout->addLayout(historyBox, 1);
    auto *actions = new QVBoxLayout;
    actions->addWidget(m_newStatement);
    m_showExports->setObjectName(QStringLiteral("showExports"));
    actions->addWidget(m_showExports);
    m_family->setObjectName(QStringLiteral("familyButton"));
    m_family->setToolTip(tr("Broers en zussen met dezelfde gezinscode krijgen samen één brief als "
                            "om toestemming per foto wordt gevraagd"));
    actions->addWidget(m_family);
    actions->addWidget(m_references, 1);
    m_choosePhotos->setToolTip(tr("Pasfoto's van deze leerling kiezen (of sleep ze op het vak hierboven)"));
    actions->addWidget(m_choosePhotos);
    auto *actionsWidget = new QWidget(details);
    actionsWidget->setLayout(actions);
    actions->setContentsMargins(0, 0, 0, 0);
    actionsWidget->setFixedWidth(320);
    detailsLayout->addWidget(actionsWidget);
    return details;
}

void ConsentDialog::showHistory()
{
    const qint64 pupilId = currentPupilId();
    m_newStatement->setEnabled(pupilId != 0);
    m_choosePhotos->setEnabled(pupilId != 0);
    m_showExports->setEnabled(pupilId != 0);
    m_family->setEnabled(pupilId != 0);
    m_references->setPupil(pupilId);
    m_history->setRowCount(0);
    if (pupilId == 0) {
        m_pupilTitle->setText(tr("Kies een leerling."));
        return;
    }
    const Pupil &pupil = m_model->pupilAt(m_model->rowOfPupil(pupilId));
    m_pupilTitle->setText(pupil.family.isEmpty()
                              ? tr("%1, groep %2").arg(pupil.name, pupil.className)
                              : tr("%1, groep %2, gezin %3").arg(pupil.name, pupil.className, pupil.family));
    Result<std::vector<ConsentStatement>> history = m_registry->statementsFor(pupilId);
    if (!history) {
        m_problem->setText(ErrorText::describe(history.error()));
        m_problem->show();
        return;
    }
    std::vector<ConsentStatement> statements = *history;
    std::stable_sort(statements.begin(), statements.end(),
                     [](const ConsentStatement &a, const ConsentStatement &b) { return a.date > b.date; });
    m_history->setRowCount(int(statements.size()));
    for (int row = 0; row < int(statements.size()); ++row) {
        const ConsentStatement &statement = statements[std::size_t(row)];
        auto *answer = new QTableWidgetItem(statement.granted ? tr("ja") : tr("nee"));
        answer->setForeground(statement.granted ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        QString giver = statementGiverText(statement.givenBy);
        if (statement.otherParentObjects)
            giver += tr(" (andere ouder maakt bezwaar)");
        m_history->setItem(row, 0, new QTableWidgetItem(statement.date.toString(QStringLiteral("dd-MM-yyyy"))));
        // An answer for one photo (a request's) is no answer to the form's question.
        QString category = ChannelText::category(statement.category);
        if (!statement.photoSha256.isEmpty())
            category += tr(" (voor één foto)");
        m_history->setItem(row, 1, new QTableWidgetItem(category));
        m_history->setItem(row, 2, answer);
        m_history->setItem(row, 3, new QTableWidgetItem(giver));
        m_history->setItem(row, 4, new QTableWidgetItem(ChannelText::source(statement.source)));
    }
    // The last column (the source) stretches over the rest of the width.
    for (int column = 0; column + 1 < m_history->columnCount(); ++column)
        m_history->resizeColumnToContents(column);
}

void ConsentDialog::openStatementDialog()
{
    const qint64 pupilId = currentPupilId();
    if (pupilId == 0)
        return;
    Result<QStringList> categories = m_registry->categories();
    const Pupil &pupil = m_model->pupilAt(m_model->rowOfPupil(pupilId));
    auto *dialog = new StatementDialog(pupil.name, categories ? *categories : QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, pupilId] {
        const ConsentStatement statement = dialog->statement(pupilId);
        Result<void> recorded = m_registry->recordStatement(statement);
        if (!recorded) {
            m_problem->setText(ErrorText::describe(recorded.error()));
            m_problem->show();
            return;
        }
        reload();
        Q_EMIT registryChanged();
        showTakeDowns(statement);
    });
    dialog->open();
}

void ConsentDialog::openPupilDialog()
{
    auto *dialog = new PupilDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addPupil(dialog->pupil()); });
    dialog->open();
}

bool ConsentDialog::addPupil(const Pupil &pupil)
{
    const auto refuse = [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
        return false;
    };
    Result<std::optional<Pupil>> existing = m_registry->pupilByName(pupil.name);
    if (!existing)
        return refuse(ErrorText::describe(existing.error()));
    if (*existing)
        return refuse(tr("Er is al een leerling met de naam %1 (groep %2).")
                          .arg((*existing)->name, (*existing)->className));
    Result<qint64> added = m_registry->addPupil(pupil);
    if (!added)
        return refuse(ErrorText::describe(added.error()));
    m_problem->hide();
    reload();
    selectPupil(*added);
    Q_EMIT registryChanged();
    return true;
}

void ConsentDialog::chooseReferencePhotos()
{
    if (currentPupilId() == 0)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Pasfoto's kiezen"), QString(),
        tr("Foto's (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp)"));
    m_references->addPhotos(files);
}

void ConsentDialog::openExports()
{
    const qint64 pupilId = currentPupilId();
    if (pupilId == 0)
        return;
    const Result<std::vector<ExportRecord>> exports = m_registry->exportHistory().showing(pupilId);
    if (!exports) {
        m_problem->setText(ErrorText::describe(exports.error()));
        m_problem->show();
        return;
    }
    const Pupil &pupil = m_model->pupilAt(m_model->rowOfPupil(pupilId));
    auto *dialog = new PupilExportsDialog(pupil, *exports, PupilExportsDialog::Purpose::Access, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsentDialog::showTakeDowns(const ConsentStatement &statement)
{
    const Result<std::vector<ExportRecord>> exports = exportsToTakeDown(*m_registry, statement, QDate::currentDate());
    if (!exports || exports->empty()) {
        if (!exports) {
            m_problem->setText(ErrorText::describe(exports.error()));
            m_problem->show();
        }
        return;
    }
    const Pupil &pupil = m_model->pupilAt(m_model->rowOfPupil(statement.pupilId));
    auto *dialog = new PupilExportsDialog(pupil, *exports, PupilExportsDialog::Purpose::TakeDown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsentDialog::openCsvImport()
{
    auto *dialog = new CsvImportDialog(m_registry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::imported, this, [this] {
        reload();
        Q_EMIT registryChanged();
    });
    dialog->open();
}

Result<int> ConsentDialog::writeConsentForms(const QString &path, const QString &className)
{
    const Result<std::vector<Pupil>> pupils = m_registry->pupils();
    if (!pupils)
        return std::unexpected(pupils.error());
    const Result<QStringList> categories = m_registry->categories();
    if (!categories)
        return std::unexpected(categories.error());
    const Result<SchoolSettings> settings = m_registry->schoolSettings();
    if (!settings)
        return std::unexpected(settings.error());
    const ConsentForm form = consentForm(*pupils, *categories, *settings, QDate::currentDate(), className);
    if (form.pupils == 0)
        return fail(ErrorCode::NotFound, MessageId::NoPupilsInClass, className);
    if (Result<void> written = documents::writePdf(documents::PrintableDocument{form.title, form.html, {}}, path); !written)
        return std::unexpected(written.error());
    return form.pupils;
}

void ConsentDialog::openConsentForms()
{
    QStringList classes;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!classes.contains(m_model->pupilAt(row).className))
            classes << m_model->pupilAt(row).className;
    }
    const QString all = tr("alle groepen");
    const qint64 current = currentPupilId();
    const QString preferred = current != 0 ? m_model->pupilAt(m_model->rowOfPupil(current)).className : QString();
    bool chosen = false;
    const QString choice = QInputDialog::getItem(this, tr("Toestemmingsformulieren"), tr("Voor welke groep?"),
                                                 QStringList{all} + classes,
                                                 int(classes.indexOf(preferred)) + 1, false, &chosen);
    if (!chosen)
        return;
    const QString className = choice == all ? QString() : choice;
    const QString name = className.isEmpty() ? tr("toestemmingsformulieren.pdf")
                                             : tr("toestemmingsformulieren-groep-%1.pdf").arg(className);
    const QString path = QFileDialog::getSaveFileName(this, tr("Formulieren opslaan"), QDir::home().filePath(name),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<int> written = writeConsentForms(path, className);
    m_problem->setVisible(!written);
    if (!written)
        m_problem->setText(ErrorText::describe(written.error()));
}

bool ConsentDialog::setFamily(const QString &family)
{
    const qint64 pupilId = currentPupilId();
    if (pupilId == 0)
        return false;
    Pupil pupil = m_model->pupilAt(m_model->rowOfPupil(pupilId));
    pupil.family = family.simplified();
    if (Result<void> saved = m_registry->updatePupil(pupil); !saved) {
        m_problem->setText(ErrorText::describe(saved.error()));
        m_problem->show();
        return false;
    }
    reload();
    Q_EMIT registryChanged();
    return true;
}

void ConsentDialog::openFamilyDialog()
{
    const qint64 pupilId = currentPupilId();
    if (pupilId == 0)
        return;
    const Pupil &pupil = m_model->pupilAt(m_model->rowOfPupil(pupilId));
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Gezin"));
    dialog->setLabelText(tr("Gezinscode van %1 (dezelfde voor broers en zussen; leeg: geen gezin):").arg(pupil.name));
    dialog->setTextValue(pupil.family);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &family) { setFamily(family); });
    dialog->open();
}

} // namespace bw::gui
