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
    Result<std::vector<Pupil>> pupils = registry.pupils();
    if (!pupils)
        return std::unexpected(pupils.error());
    Result<std::vector<Channel>> channels = registry.channels();
    if (!channels)
        return std::unexpected(channels.error());
    std::vector<ConsentSnapshot> snapshots;
    for (const Channel &channel : *channels) {
        Result<ConsentSnapshot> snapshot = takeConsentSnapshot(registry, channel.id, QDate::currentDate());
        if (!snapshot)
            return std::unexpected(snapshot.error());
        snapshots.push_back(std::move(*snapshot));
    }
    std::sort(pupils->begin(), pupils->end(), [](const Pupil &a, const Pupil &b) {
        return a.className == b.className ? a.name.localeAwareCompare(b.name) < 0
                                          : a.className < b.className;
    });
    beginResetModel();
    m_pupils = std::move(*pupils);
    m_snapshots = std::move(snapshots);
    endResetModel();
    return {};
}

int PupilTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pupils.size());
}

int PupilTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstChannelColumn + int(m_snapshots.size());
}

QVariant PupilTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pupil &pupil = m_pupils[std::size_t(index.row())];
    if (role == kPupilIdRole)
        return pupil.id;
    if (index.column() == NameColumn)
        return role == Qt::DisplayRole ? QVariant(pupil.name) : QVariant();
    if (index.column() == ClassColumn)
        return role == Qt::DisplayRole ? QVariant(pupil.className) : QVariant();

    const ConsentSnapshot &snapshot = m_snapshots[std::size_t(index.column() - FirstChannelColumn)];
    const PupilConsent *consent = snapshot.find(pupil.id);
    const bool allowed = consent != nullptr && consent->allowed && pupil.active;
    const Reason reason = consent == nullptr ? Reason::UnknownPupil : consent->reason;
    switch (role) {
    case Qt::DisplayRole:
        return allowed ? tr("✓ ja") : tr("✗ %1").arg(reasonBriefText(reason));
    case Qt::ForegroundRole:
        return QBrush(allowed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    case Qt::ToolTipRole:
        return reasonText(reason);
    case kAllowedRole:
        return allowed;
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
    return channel < m_snapshots.size() ? QVariant(m_snapshots[channel].channel.id) : QVariant();
}

int PupilTableModel::rowOfPupil(qint64 pupilId) const
{
    const auto found = std::find_if(m_pupils.begin(), m_pupils.end(),
                                    [&](const Pupil &p) { return p.id == pupilId; });
    return found == m_pupils.end() ? -1 : int(found - m_pupils.begin());
}

} // namespace bw::gui
