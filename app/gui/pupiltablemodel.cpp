#include "pupiltablemodel.h"

#include "reason.h"
#include "storage/registry.h"

#include <QBrush>
#include <QColor>
#include <QDate>

#include <algorithm>

namespace bw::gui {

PupilTableModel::PupilTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Result<void> PupilTableModel::load(Registry &registry)
{
    Result<ConsentTable> table = takeConsentTable(registry, QDate::currentDate());
    if (!table)
        return std::unexpected(table.error());
    beginResetModel();
    m_table = std::move(*table);
    endResetModel();
    return {};
}

int PupilTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int PupilTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstChannelColumn + int(m_table.channels.size());
}

QVariant PupilTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsentTable::Row &row = m_table.rows[std::size_t(index.row())];
    const Pupil &pupil = row.pupil;
    if (role == kPupilIdRole)
        return pupil.id;
    if (index.column() == NameColumn)
        return role == Qt::DisplayRole ? QVariant(pupil.name) : QVariant();
    if (index.column() == ClassColumn)
        return role == Qt::DisplayRole ? QVariant(pupil.className) : QVariant();

    const ConsentDecision &decision = row.decisions[std::size_t(index.column() - FirstChannelColumn)];
    const bool allowed = decision.allowed;
    const Reason reason = decision.reason;
    switch (role) {
    case Qt::DisplayRole:
        return allowed ? tr("✓ ja") : tr("✗ %1").arg(reasonBriefText(reason));
    case Qt::ForegroundRole:
        return QBrush(allowed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    case Qt::ToolTipRole:
        return reasonText(reason);
    case kAllowedRole:
        return allowed;
    case kReasonRole:
        return reasonCode(reason);
    default:
        return {};
    }
}

QVariant PupilTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Leerling");
    if (section == ClassColumn)
        return tr("Groep");
    const std::size_t channel = std::size_t(section - FirstChannelColumn);
    return channel < m_table.channels.size() ? QVariant(m_table.channels[channel].id) : QVariant();
}

int PupilTableModel::rowOfPupil(qint64 pupilId) const
{
    const auto found = std::find_if(m_table.rows.begin(), m_table.rows.end(),
                                    [&](const ConsentTable::Row &row) { return row.pupil.id == pupilId; });
    return found == m_table.rows.end() ? -1 : int(found - m_table.rows.begin());
}

} // namespace bw::gui
