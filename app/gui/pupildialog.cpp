#include "pupildialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace bw::gui {

PupilDialog::PupilDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_class(new QLineEdit(this))
    , m_birthKnown(new QCheckBox(tr("bekend:"), this))
    , m_birthDate(new QDateEdit(QDate::currentDate().addYears(-8), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Leerling toevoegen"));
    auto *form = new QFormLayout(this);
    m_name->setPlaceholderText(tr("Voor- en achternaam, zoals in de leerlingadministratie"));
    form->addRow(tr("Naam:"), m_name);
    m_class->setPlaceholderText(tr("Bijvoorbeeld 5B"));
    form->addRow(tr("Groep:"), m_class);
    auto *birth = new QHBoxLayout;
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_birthDate->setMaximumDate(QDate::currentDate());
    m_birthDate->setEnabled(false);
    m_birthKnown->setToolTip(tr("Onbekend telt als jonger dan 16: een ouder geeft toestemming."));
    birth->addWidget(m_birthKnown);
    birth->addWidget(m_birthDate, 1);
    form->addRow(tr("Geboortedatum:"), birth);
    form->addRow(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.simplified().isEmpty());
    });
    connect(m_birthKnown, &QCheckBox::toggled, m_birthDate, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Pupil PupilDialog::pupil() const
{
    Pupil pupil;
    pupil.name = m_name->text().simplified();
    pupil.className = m_class->text().simplified();
    if (m_birthKnown->isChecked())
        pupil.birthDate = m_birthDate->date();
    return pupil;
}

} // namespace bw::gui
