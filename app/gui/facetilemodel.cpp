#include "facetilemodel.h"

#include "channeltext.h"
#include "facetileloader.h"
#include "photolistmodel.h"
#include "reason.h"

#include <QFileInfo>

namespace bw::gui {

FaceTileModel::FaceTileModel(PhotoListModel *photos, FaceTileLoader *tiles, QObject *parent)
    : QAbstractListModel(parent)
    , m_photos(photos)
    , m_tiles(tiles)
{
    connect(m_photos, &PhotoListModel::entryChanged, this, &FaceTileModel::rebuild);
    connect(m_photos, &QAbstractItemModel::rowsInserted, this, &FaceTileModel::rebuild);
    connect(m_photos, &QAbstractItemModel::rowsRemoved, this, &FaceTileModel::rebuild);
    connect(m_photos, &QAbstractItemModel::modelReset, this, &FaceTileModel::rebuild);
    connect(m_tiles, &FaceTileLoader::tilesReady, this, [this](const QString &path) {
        const int photoRow = m_photos->rowOf(path);
        for (int row = 0; row < rowCount(); ++row) {
            if (const std::optional<FaceRef> face = faceAt(row); face && face->row == photoRow)
                Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
        }
    });
    rebuild();
}

// Called for every change of the batch: cheap for 1,500 faces. The rows are reset only when
// the grouping changed; otherwise every tile is just repainted with its new state.
void FaceTileModel::rebuild()
{
    std::vector<FaceGroup> groups = groupFaces(*m_photos);
    std::vector<Row> rows;
    for (int g = 0; g < int(groups.size()); ++g) {
        rows.push_back({g, -1});
        for (int f = 0; f < int(groups[std::size_t(g)].faces.size()); ++f)
            rows.push_back({g, f});
    }
    if (groups == m_groups) {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_groups = std::move(groups);
    m_rows = std::move(rows);
    endResetModel();
}

int FaceTileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

std::optional<FaceRef> FaceTileModel::faceAt(int row) const
{
    if (row < 0 || row >= rowCount() || m_rows[std::size_t(row)].face < 0)
        return std::nullopt;
    const Row &r = m_rows[std::size_t(row)];
    return m_groups[std::size_t(r.group)].faces[std::size_t(r.face)];
}

int FaceTileModel::rowOf(const FaceRef &face) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (faceAt(row) == face)
            return row;
    }
    return -1;
}

int FaceTileModel::groupOf(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].group : -1;
}

int FaceTileModel::headerRow(int group) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows[std::size_t(row)] == Row{group, -1})
            return row;
    }
    return -1;
}

Qt::ItemFlags FaceTileModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A header is clicked to choose its whole group; it is never part of a selection itself.
    return faceAt(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

QVariant FaceTileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const FaceGroup &group = m_groups[std::size_t(row.group)];
    switch (role) {
    case IsHeaderRole: return row.face < 0;
    case GroupRole: return row.group;
    case GroupKindRole: return int(group.kind);
    default: break;
    }
    if (row.face < 0)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(headerText(group)) : QVariant();
    return faceData(group, group.faces[std::size_t(row.face)], role);
}

QVariant FaceTileModel::faceData(const FaceGroup &group, const FaceRef &face, int role) const
{
    const PhotoEntry &entry = m_photos->entry(face.row);
    const ScreenedFace &screened = entry.verdict.faces[std::size_t(face.face)];
    const bool confirmed = entry.confirmedFaces.contains(face.face);
    switch (role) {
    case Qt::DisplayRole:
        if (group.kind == FaceGroupKind::Suggestion)
            return tr("lijkt op %1").arg(group.pupilName.section(QLatin1Char(' '), 0, 0));
        if (screened.decision.visible)
            return confirmed ? tr("✓ bevestigd") : tr("✓ zichtbaar");
        return tr("✗ %1").arg(reasonBriefText(screened.decision.reason));
    case Qt::ToolTipRole: {
        QString tip = QFileInfo(entry.sourcePath).fileName() + QLatin1Char('\n') + reasonText(screened.decision.reason);
        if (group.kind == FaceGroupKind::Suggestion)
            tip += QLatin1Char('\n') + tr("Lijkt op %1, maar niet zeker genoeg: verborgen tot u bevestigt.")
                                           .arg(group.pupilName);
        return tip;
    }
    case Qt::DecorationRole: return m_tiles->tile(entry, face.face);
    case VisibleRole: return screened.decision.visible;
    case ConfirmedRole: return confirmed;
    case DecidedRole: return entry.review.overrides.contains(face.face);
    default: return {};
    }
}

QString FaceTileModel::consentText(qint64 pupilId) const
{
    const ConsentSnapshot &consent = m_photos->consent();
    const PupilConsent *pupil = consent.find(pupilId);
    if (pupil != nullptr && pupil->pupil.active && pupil->allowed)
        return tr("✓ mag op %1").arg(ChannelText::name(consent.channel.id));
    const Reason reason = pupil == nullptr ? Reason::UnknownPupil
                          : !pupil->pupil.active ? Reason::PupilInactive
                                                 : pupil->reason;
    return tr("✗ verborgen (%1)").arg(reasonBriefText(reason));
}

QString FaceTileModel::headerText(const FaceGroup &group) const
{
    const int count = int(group.faces.size());
    switch (group.kind) {
    case FaceGroupKind::Pupil:
        return tr("%1 — %2 — %n gezicht(en)", nullptr, count)
            .arg(group.pupilName.isEmpty() ? tr("Onbekende leerling") : group.pupilName, consentText(group.pupilId));
    case FaceGroupKind::Suggestion:
        return tr("Lijkt op %1? — verborgen tot u bevestigt — %n gezicht(en)", nullptr, count).arg(group.pupilName);
    case FaceGroupKind::Unknown:
        return tr("Onbekend — verborgen, in fotovolgorde — %n gezicht(en)", nullptr, count);
    case FaceGroupKind::Possible:
        return tr("Mogelijke gezichten — verborgen — %n", nullptr, count);
    }
    return {};
}

} // namespace bw::gui
