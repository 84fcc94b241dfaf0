#include "assignpupildialog.h"

#include "reason.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bw::gui {

namespace {

constexpr int kPupilIdRole = Qt::UserRole + 1;
constexpr int kAllowedRole = Qt::UserRole + 2;
constexpr int kReasonRole = Qt::UserRole + 3;

} // namespace

AssignPupilDialog::AssignPupilDialog(const ConsentSnapshot &consent,
                                     std::optional<qint64> suggested, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_reason(new QLineEdit(this))
    , m_consentNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Leerling kiezen"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Wie is dit? Zoek op naam of groep:"), this));
    m_filter->setPlaceholderText(tr("Naam of groep"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

    QStringList names;
    for (const auto &[id, pupil] : consent.pupils) {
        if (!pupil.pupil.active)
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  (%2)").arg(pupil.pupil.name, pupil.pupil.className), m_list);
        item->setData(kPupilIdRole, id);
        item->setData(kAllowedRole, pupil.allowed);
        item->setData(kReasonRole, int(pupil.reason));
        item->setForeground(pupil.allowed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        if (suggested && *suggested == id)
            m_list->setCurrentItem(item);
        names << pupil.pupil.name;
    }
    m_list->sortItems();
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_filter->setCompleter(completer);

    m_consentNote->setWordWrap(true);
    layout->addWidget(m_consentNote);
    layout->addWidget(new QLabel(tr("Reden (wordt vastgelegd in het logboek):"), this));
    m_reason->setPlaceholderText(tr("Bijvoorbeeld: ik herken haar aan de jas en de groep"));
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &AssignPupilDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &AssignPupilDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &AssignPupilDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 480);
    updateState();
}

std::optional<qint64> AssignPupilDialog::pupilId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item == nullptr || item->isHidden())
        return std::nullopt;
    return item->data(kPupilIdRole).toLongLong();
}

void AssignPupilDialog::done(int result)
{
    // An open completer popup would keep the keyboard after the dialog is gone.
    if (m_filter->completer() != nullptr && m_filter->completer()->popup() != nullptr)
        m_filter->completer()->popup()->hide();
    QDialog::done(result);
}

QString AssignPupilDialog::reason() const
{
    return m_reason->text().trimmed();
}

void AssignPupilDialog::applyFilter(const QString &text)
{
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = item->text().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && firstShown == nullptr)
            firstShown = item;
    }
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    updateState();
}

void AssignPupilDialog::updateState()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item == nullptr || item->isHidden()) {
        m_consentNote->setText(tr("Kies een leerling."));
    } else if (item->data(kAllowedRole).toBool()) {
        m_consentNote->setText(tr("Deze leerling heeft toestemming voor dit kanaal: het gezicht wordt zichtbaar."));
    } else {
        m_consentNote->setText(
            tr("Geen toestemming voor dit kanaal (%1): het gezicht blijft verborgen.")
                .arg(reasonText(Reason(item->data(kReasonRole).toInt()))));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(pupilId().has_value() && !reason().isEmpty());
}

} // namespace bw::gui
