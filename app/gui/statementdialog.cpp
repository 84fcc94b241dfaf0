#include "statementdialog.h"

#include "channeltext.h"
#include "consent/recognitionconsent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

namespace bw::gui {

StatementDialog::StatementDialog(const QString &pupilName, const QStringList &categories,
                                 QWidget *parent)
    : QDialog(parent)
    , m_category(new QComboBox(this))
    , m_granted(new QRadioButton(tr("ja, toestemming gegeven"), this))
    , m_refused(new QRadioButton(tr("nee, geen toestemming / ingetrokken"), this))
    , m_giver(new QComboBox(this))
    , m_otherParentObjects(new QCheckBox(tr("De andere ouder maakt bezwaar"), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
{
    setWindowTitle(tr("Nieuwe verklaring voor %1").arg(pupilName));
    auto *form = new QFormLayout(this);
    for (const QString &category : categories)
        m_category->addItem(ChannelText::category(category), category);
    form->addRow(tr("Vraag:"), m_category);
    // The face-recognition question is not about publishing: say what a "ja" allows.
    auto *recognitionNote = new QLabel(
        tr("Gezichtsherkenning: mag Beeldwacht het gezicht van deze leerling automatisch herkennen "
           "met pasfoto's? Dat is het verwerken van biometrische gegevens en mag alleen met een "
           "uitdrukkelijk 'ja' van een ouder (of van de leerling zelf vanaf 16 jaar). Bij 'nee' worden "
           "de bewaarde gezichtskenmerken van de leerling meteen gewist."),
        this);
    recognitionNote->setObjectName(QStringLiteral("recognitionNote"));
    recognitionNote->setWordWrap(true);
    recognitionNote->setMaximumWidth(420);
    form->addRow(QString(), recognitionNote);
    const auto showNote = [this, recognitionNote] {
        recognitionNote->setVisible(isRecognitionCategory(m_category->currentData().toString()));
        // Grow (or shrink) with the note: a dialog of the old height squeezed it over the answers.
        adjustSize();
    };
    connect(m_category, &QComboBox::currentTextChanged, this, showNote);
    showNote();
    auto *answer = new QVBoxLayout;
    answer->addWidget(m_granted);
    answer->addWidget(m_refused);
    // No choice made is not an answer; "nee" is the safe preselection.
    m_refused->setChecked(true);
    form->addRow(tr("Antwoord:"), answer);
    m_giver->addItem(statementGiverText(StatementGiver::Parent), int(StatementGiver::Parent));
    m_giver->addItem(statementGiverText(StatementGiver::BothParents), int(StatementGiver::BothParents));
    m_giver->addItem(tr("%1 (16 jaar of ouder)").arg(statementGiverText(StatementGiver::Pupil)),
                     int(StatementGiver::Pupil));
    form->addRow(tr("Door:"), m_giver);
    form->addRow(QString(), m_otherParentObjects);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Datum:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConsentStatement StatementDialog::statement(qint64 pupilId) const
{
    ConsentStatement statement;
    statement.pupilId = pupilId;
    statement.category = m_category->currentData().toString();
    statement.granted = m_granted->isChecked();
    statement.givenBy = StatementGiver(m_giver->currentData().toInt());
    statement.otherParentObjects = m_otherParentObjects->isChecked();
    statement.date = m_date->date();
    statement.source = QStringLiteral("typed in");
    return statement;
}

} // namespace bw::gui
