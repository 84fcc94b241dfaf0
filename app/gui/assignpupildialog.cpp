#include "assignpupildialog.h"

#include "reason.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bw::gui {

namespace {

constexpr int kPupilIdRole = Qt::UserRole + 1;
constexpr int kAllowedRole = Qt::UserRole + 2;
constexpr int kReasonRole = Qt::UserRole + 3;

} // namespace

AssignPupilDialog::AssignPupilDialog(const ConsentSnapshot &consent,
                                     std::optional<qint64> suggested, QWidget *parent)
    : QDialog(parent)
    , m_face(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_reason(new QLineEdit(this))
    , m_consentNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Leerling kiezen"));
    auto *layout = new QVBoxLayout(this);
    m_face->setAlignment(Qt::AlignCenter);
    m_face->hide();
    layout->addWidget(m_face);
    layout->addWidget(new QLabel(tr("Wie is dit? Zoek op naam of groep:"), this));
    m_filter->setPlaceholderText(tr("Naam of groep"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

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
    }
    // No completer on the search field: the list below filters as one types, and a
    // completer's popup took the next click (the chosen name landed in the search field).
    m_list->sortItems();

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

QString AssignPupilDialog::reason() const
{
    return m_reason->text().trimmed();
}

void AssignPupilDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->selectAll();
}

void AssignPupilDialog::setFaceImage(const QImage &face)
{
    m_face->setPixmap(QPixmap::fromImage(face));
    m_face->setVisible(!face.isNull());
}

QPoint AssignPupilDialog::positionBeside(const QRect &face, const QSize &dialog, const QRect &screen)
{
    constexpr int kGap = 16;
    const int spaceRight = screen.right() - face.right() - kGap;
    const int spaceLeft = face.left() - screen.left() - kGap;
    int x = spaceRight >= dialog.width() || spaceRight >= spaceLeft ? face.right() + kGap
                                                                     : face.left() - kGap - dialog.width();
    x = std::clamp(x, screen.left(), std::max(screen.left(), screen.right() - dialog.width()));
    int y = face.center().y() - dialog.height() / 2;
    y = std::clamp(y, screen.top(), std::max(screen.top(), screen.bottom() - dialog.height()));
    return {x, y};
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
