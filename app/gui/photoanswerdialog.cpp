#include "photoanswerdialog.h"

#include "requests/requestoverview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>


namespace bw::gui {

PhotoAnswerDialog::PhotoAnswerDialog(const std::vector<OpenPhotoRequest> &open, Record record, QWidget *parent)
    : QDialog(parent)
    , m_record(std::move(record))
    , m_code(new QComboBox(this))
    , m_granted(new QRadioButton(tr("ja, deze foto mag worden gepubliceerd"), this))
    , m_refused(new QRadioButton(tr("nee, deze foto mag niet worden gepubliceerd"), this))
    , m_giver(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_change(new QCheckBox(tr("Eerder antwoord wijzigen (het eerdere antwoord blijft in de geschiedenis)"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Antwoord op een verzoek om toestemming"));
    auto *form = new QFormLayout(this);
    // Typed off a letter or picked from the open requests: the item's text starts with the code.
    m_code->setEditable(true);
    m_code->setInsertPolicy(QComboBox::NoInsert);
    for (const OpenPhotoRequest &request : open)
        m_code->addItem(tr("%1 — %2 — %3").arg(request.code, request.pupilName, request.photoName), request.code);
    m_code->setCurrentIndex(-1);
    m_code->lineEdit()->setPlaceholderText(tr("code van de brief, bijvoorbeeld K7QM-3XHP"));
    form->addRow(tr("Verzoekcode:"), m_code);
    auto *answer = new QVBoxLayout;
    answer->addWidget(m_granted);
    answer->addWidget(m_refused);
    m_refused->setChecked(true); // no choice made is no "ja"
    form->addRow(tr("Antwoord:"), answer);
    m_giver->addItem(statementGiverText(StatementGiver::Parent), int(StatementGiver::Parent));
    m_giver->addItem(tr("%1 (16 jaar of ouder)").arg(statementGiverText(StatementGiver::Pupil)),
                     int(StatementGiver::Pupil));
    form->addRow(tr("Door:"), m_giver);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Datum van het antwoord:"), m_date);
    m_change->setToolTip(tr("Voor een gezin dat van gedachten verandert, bijvoorbeeld eerst ja en nu nee: "
                            "typ de code van de brief; het nieuwe antwoord telt vanaf zijn datum"));
    form->addRow(m_change);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PhotoAnswerDialog::tryRecord);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PhotoAnswer PhotoAnswerDialog::answer() const
{
    // A picked item carries its code; a typed text is the code itself (or starts with it).
    const QString text = m_code->currentText().trimmed();
    const int picked = m_code->findText(text);
    const QString code = picked >= 0 ? m_code->itemData(picked).toString() : text.section(QLatin1Char(' '), 0, 0);
    return PhotoAnswer{code, m_granted->isChecked(), StatementGiver(m_giver->currentData().toInt()), m_date->date()};
}

void PhotoAnswerDialog::tryRecord()
{
    const QString refused = m_record(answer(), m_change->isChecked());
    if (refused.isEmpty()) {
        accept();
        return;
    }
    m_problem->setText(refused);
    m_problem->show();
}

Result<std::vector<OpenPhotoRequest>> PhotoAnswerDialog::openRequests(Registry &registry, const QDate &today)
{
    const Result<std::vector<RequestRow>> rows = requestRows(registry);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<OpenPhotoRequest> open;
    for (const RequestRow &row : *rows) {
        if (row.request.stateOn(today) == PhotoRequest::State::Open)
            open.push_back({row.request.code, row.pupil.name, QFileInfo(row.request.photoPath).fileName()});
    }
    return open;
}

} // namespace bw::gui
