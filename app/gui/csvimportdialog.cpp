#include "csvimportdialog.h"

#include "channeltext.h"
#include "errortext.h"
#include "storage/registry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bw::gui {

namespace {

const QStringList kFixedColumns{QStringLiteral("leerling"), QStringLiteral("groep"),
                                QStringLiteral("geboortedatum"), QStringLiteral("datum"),
                                QStringLiteral("door"), QStringLiteral("bezwaar_andere_ouder")};

// Only the header names are needed for the mapping table; the file itself is read by core.
QStringList headerNames(const QByteArray &bytes)
{
    QString firstLine = QString::fromUtf8(bytes.left(bytes.indexOf('\n'))).trimmed();
    if (firstLine.startsWith(QChar(0xFEFF)))
        firstLine.remove(0, 1);
    const QChar separator = firstLine.count(QLatin1Char(';')) >= firstLine.count(QLatin1Char(','))
                                ? QLatin1Char(';') : QLatin1Char(',');
    QStringList headers;
    for (QString header : firstLine.split(separator)) {
        header = header.trimmed();
        if (header.size() >= 2 && header.startsWith(QLatin1Char('"')) && header.endsWith(QLatin1Char('"')))
            header = header.mid(1, header.size() - 2);
        headers << header;
    }
    return headers;
}

// The registry's column names are data; the combo shows them in words.
QString targetLabel(const QString &target)
{
    if (target == QLatin1String("bezwaar_andere_ouder"))
        return CsvImportDialog::tr("bezwaar andere ouder");
    if (target == QLatin1String("door"))
        return CsvImportDialog::tr("door (wie de verklaring gaf)");
    if (target == QLatin1String("datum"))
        return CsvImportDialog::tr("datum van de verklaring");
    if (kFixedColumns.contains(target))
        return target;
    return ChannelText::category(target);
}

// A known target by its words; anything else (a new category) as typed.
void showTarget(QComboBox *combo, const QString &target)
{
    const int index = combo->findData(target.toLower());
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setCurrentText(target);
}

} // namespace

CsvImportDialog::CsvImportDialog(Registry *registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_file(new QLabel(tr("Nog geen bestand gekozen."), this))
    , m_mapping(new QTableWidget(0, 2, this))
    , m_preview(new QTableWidget(0, 4, this))
    , m_errors(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_import(new QPushButton(tr("Importeren"), this))
{
    setWindowTitle(tr("Toestemmingen importeren (CSV)"));
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    auto *choose = new QPushButton(tr("Bestand kiezen…"), this);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    m_mapping->setHorizontalHeaderLabels({tr("Kolom in het bestand"), tr("Betekent")});
    // The file's column names decide the first column's width, never less than its title.
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_preview->setHorizontalHeaderLabels({tr("Regel"), tr("Leerling"), tr("Groep"), tr("Antwoorden")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *mappingBox = new QWidget(splitter);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(new QLabel(tr("Kolommen:"), mappingBox));
    mappingLayout->addWidget(m_mapping);
    auto *previewBox = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Voorbeeld:"), previewBox));
    previewLayout->addWidget(m_preview);
    auto *errorBox = new QWidget(splitter);
    auto *errorLayout = new QVBoxLayout(errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(new QLabel(tr("Foute regels (eerst verbeteren, dan importeren):"), errorBox));
    errorLayout->addWidget(m_errors);
    layout->addWidget(splitter, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 640);
}

void CsvImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CSV-bestand kiezen"), QString(),
                                                      tr("CSV-bestanden (*.csv *.txt)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool CsvImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("%1 kon niet worden gelezen: %2").arg(path, file.errorString()));
        return false;
    }
    m_bytes = file.readAll();
    m_sourceName = QFileInfo(path).fileName();
    m_file->setText(QDir::toNativeSeparators(path));
    m_headers = headerNames(m_bytes);
    m_targets.clear();
    fillMapping();
    reparse();
    return true;
}

void CsvImportDialog::setMapping(const QString &header, const QString &target)
{
    m_targets.insert(header, target);
    const int row = int(m_headers.indexOf(header));
    if (row >= 0) {
        if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1))) {
            const QSignalBlocker blocker(combo);
            showTarget(combo, target.isEmpty() ? header : target);
        }
    }
    reparse();
}

void CsvImportDialog::fillMapping()
{
    QStringList targets = kFixedColumns;
    if (m_registry != nullptr) {
        if (Result<QStringList> categories = m_registry->categories())
            targets << *categories;
    }
    m_mapping->setRowCount(int(m_headers.size()));
    for (int row = 0; row < int(m_headers.size()); ++row) {
        const QString header = m_headers[row];
        auto *name = new QTableWidgetItem(header);
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, name);
        auto *combo = new QComboBox(m_mapping);
        combo->setEditable(true); // a school may name a new category
        for (const QString &target : std::as_const(targets))
            combo->addItem(targetLabel(target), target);
        showTarget(combo, header);
        connect(combo, &QComboBox::currentTextChanged, this, [this, header, combo](const QString &text) {
            const int index = combo->findText(text);
            m_targets.insert(header, index >= 0 ? combo->itemData(index).toString() : text.trimmed());
            reparse();
        });
        m_mapping->setCellWidget(row, 1, combo);
    }
}

void CsvImportDialog::reparse()
{
    ConsentCsvImporter importer;
    QHash<QString, QString> mapping;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (!it.value().isEmpty() && it.value().compare(it.key(), Qt::CaseInsensitive) != 0)
            mapping.insert(it.key(), it.value());
    }
    importer.setHeaderMapping(mapping);
    m_csv = importer.parse(m_bytes, m_sourceName);
    fillPreview();
    m_errors->clear();
    for (const CsvRowError &error : m_csv.errors) {
        QStringList problems;
        for (const Message &problem : error.problems)
            problems << ErrorText::describe(problem);
        m_errors->addItem(tr("regel %1: %2").arg(error.line).arg(problems.join(QStringLiteral("; "))));
    }
    m_import->setEnabled(!m_bytes.isEmpty() && m_csv.isValid() && !m_csv.rows.empty());
    m_status->setText(m_csv.isValid()
                          ? tr("%n leerling(en)regels klaar om te importeren.", nullptr, int(m_csv.rows.size()))
                          : tr("%n foute regel(s): er wordt niets geïmporteerd tot ze verbeterd zijn.",
                               nullptr, int(m_csv.errors.size())));
}

void CsvImportDialog::fillPreview()
{
    m_preview->setRowCount(int(m_csv.rows.size()));
    for (int row = 0; row < int(m_csv.rows.size()); ++row) {
        const ConsentCsvRow &line = m_csv.rows[std::size_t(row)];
        QStringList answers;
        for (const ConsentStatement &statement : line.statements)
            answers << QStringLiteral("%1: %2").arg(statement.category, statement.granted ? tr("ja") : tr("nee"));
        m_preview->setItem(row, 0, new QTableWidgetItem(QString::number(line.line)));
        m_preview->setItem(row, 1, new QTableWidgetItem(line.pupil.name));
        m_preview->setItem(row, 2, new QTableWidgetItem(line.pupil.className));
        m_preview->setItem(row, 3, new QTableWidgetItem(answers.join(QStringLiteral(", "))));
    }
    m_preview->resizeColumnsToContents();
}

bool CsvImportDialog::importNow()
{
    if (m_registry == nullptr || !m_csv.isValid())
        return false;
    Result<CsvImportSummary> summary = m_registry->importConsentCsv(m_csv);
    if (!summary) {
        m_status->setText(tr("Importeren mislukt: %1").arg(ErrorText::describe(summary.error())));
        return false;
    }
    m_status->setText(tr("Geïmporteerd: %1 nieuwe leerlingen, %2 bijgewerkt, %3 verklaringen toegevoegd, "
                         "%4 stonden er al.")
                          .arg(summary->pupilsCreated).arg(summary->pupilsUpdated)
                          .arg(summary->statementsAdded).arg(summary->statementsSkipped));
    m_import->setEnabled(false);
    Q_EMIT imported();
    return true;
}

} // namespace bw::gui
