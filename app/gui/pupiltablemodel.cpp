#include "pupiltablemodel.h"

#include "channeltext.h"
#include "faces/facematcher.h"
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
    Result<std::vector<StoredReference>> references = registry.references().list();
    if (!references)
        return std::unexpected(references.error());
    QHash<qint64, References> counts;
    for (const StoredReference &reference : *references) {
        References &count = counts[reference.pupilId];
        ++count.count;
        count.outdated += isReferenceOutdated(reference.photoDate, QDate::currentDate()) ? 1 : 0;
    }
    beginResetModel();
    m_table = std::move(*table);
    m_references = std::move(counts);
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
    if (index.column() == ReferencesColumn)
        return referencesData(pupil, role);
    if (index.column() == RecognitionColumn)
        return statusData(row.recognition, recognitionToolTip(row.recognition), role);

    const ConsentDecision &decision = row.decisions[std::size_t(index.column() - FirstChannelColumn)];
    return statusData(decision, reasonText(decision.reason), role);
}

QVariant PupilTableModel::statusData(const ConsentDecision &decision, const QString &toolTip, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return decision.allowed ? tr("✓ ja") : tr("✗ %1").arg(reasonBriefText(decision.reason));
    case Qt::ForegroundRole:
        return QBrush(decision.allowed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    case Qt::ToolTipRole:
        return toolTip;
    case kAllowedRole:
        return decision.allowed;
    case kReasonRole:
        return reasonCode(decision.reason);
    default:
        return {};
    }
}

QVariant PupilTableModel::referencesData(const Pupil &pupil, int role) const
{
    const References references = m_references.value(pupil.id);
    switch (role) {
    case Qt::DisplayRole:
        if (references.count == 0)
            return QStringLiteral("—");
        return references.outdated > 0 ? tr("%1 (%2 verouderd)").arg(references.count).arg(references.outdated)
                                       : QString::number(references.count);
    case Qt::ForegroundRole:
        return references.outdated > 0 ? QVariant(QBrush(QColor(0xb2, 0x6a, 0x00))) : QVariant();
    case Qt::ToolTipRole:
        if (references.count == 0)
            return tr("Nog geen pasfoto's: deze leerling wordt niet automatisch herkend.");
        return tr("%n pasfoto('s) opgeslagen", nullptr, references.count)
               + (references.outdated > 0
                      ? QStringLiteral("; ") + tr("%n ouder dan een jaar of zonder datum: vervang door een recente foto",
                                                  nullptr, references.outdated)
                      : QString());
    case kReferenceCountRole:
        return references.count;
    case kOutdatedReferencesRole:
        return references.outdated;
    default:
        return {};
    }
}

QString PupilTableModel::recognitionToolTip(const ConsentDecision &decision)
{
    if (decision.allowed)
        return tr("Beeldwacht mag deze leerling automatisch herkennen met pasfoto's.");
    return tr("Geen automatische herkenning (%1): er worden geen pasfoto-gegevens bewaard; het gezicht "
              "blijft onbekend tenzij u de leerling zelf aanwijst.")
        .arg(reasonText(decision.reason));
}

QVariant PupilTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != kChannelIdRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return role == Qt::DisplayRole ? tr("Leerling") : QVariant();
    if (section == ClassColumn)
        return role == Qt::DisplayRole ? tr("Groep") : QVariant();
    if (section == ReferencesColumn)
        return role == Qt::DisplayRole ? tr("Pasfoto's")
               : role == Qt::ToolTipRole ? tr("Aantal pasfoto's waarmee Beeldwacht de leerling herkent")
                                         : QVariant();
    if (section == RecognitionColumn)
        return role == Qt::DisplayRole ? tr("Gezichtsherkenning")
               : role == Qt::ToolTipRole ? tr("Mag Beeldwacht de leerling automatisch herkennen (een eigen toestemmingsvraag)?")
                                         : QVariant();
    const std::size_t channel = std::size_t(section - FirstChannelColumn);
    if (channel >= m_table.channels.size())
        return {};
    const Channel &shown = m_table.channels[channel];
    switch (role) {
    case Qt::DisplayRole: return ChannelText::name(shown.id);
    case Qt::ToolTipRole: return ChannelText::describe(shown);
    default: return shown.id;
    }
}

int PupilTableModel::rowOfPupil(qint64 pupilId) const
{
    const auto found = std::find_if(m_table.rows.begin(), m_table.rows.end(),
                                    [&](const ConsentTable::Row &row) { return row.pupil.id == pupilId; });
    return found == m_table.rows.end() ? -1 : int(found - m_table.rows.begin());
}

} // namespace bw::gui
