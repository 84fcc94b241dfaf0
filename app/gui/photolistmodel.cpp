#include "photolistmodel.h"

#include "errortext.h"
#include "photobadge.h"
#include "reason.h"
#include "screening/batchrematch.h"
#include "screening/screeningpolicy.h"

#include <QFileInfo>

#include <algorithm>

namespace bw::gui {

PhotoListModel::PhotoListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int PhotoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PhotoListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhotoEntry &photo = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(photo.sourcePath).fileName();
    case Qt::DecorationRole:
        return photo.thumbnail;
    case Qt::ToolTipRole: {
        const PhotoBadge::Kind kind = PhotoBadge::kindOf(photo);
        QString tip = QFileInfo(photo.sourcePath).fileName() + QStringLiteral("\n")
                      + PhotoBadge::label(kind);
        if (photo.analysis.error)
            tip += QStringLiteral(": ") + ErrorText::describe(*photo.analysis.error);
        if (const QString reasons = PhotoBadge::reasonsText(photo.verdict); !reasons.isEmpty())
            tip += QStringLiteral(": ") + reasons;
        return tip;
    }
    case BadgeRole:
        return int(PhotoBadge::kindOf(photo));
    case HiddenFacesRole:
        return photo.analysed ? photo.verdict.hiddenFaceCount() : 0;
    case FaceCountRole:
        return int(photo.verdict.faces.size());
    case SourcePathRole:
        return photo.sourcePath;
    case OrientationUnknownRole:
        return !photo.analysis.photo.metadataError.isEmpty() && photo.review.quarterTurns == 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> PhotoListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(BadgeRole, "badge");
    names.insert(HiddenFacesRole, "hiddenFaces");
    names.insert(FaceCountRole, "faceCount");
    names.insert(SourcePathRole, "sourcePath");
    names.insert(OrientationUnknownRole, "orientationUnknown");
    return names;
}

QStringList PhotoListModel::addPhotos(const QStringList &paths)
{
    QStringList added;
    for (const QString &path : paths) {
        const QString clean = QFileInfo(path).absoluteFilePath();
        if (rowOf(clean) < 0 && !added.contains(clean))
            added << clean;
    }
    if (added.isEmpty())
        return added;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const QString &path : added) {
        PhotoEntry entry;
        entry.sourcePath = path;
        m_entries.push_back(std::move(entry));
    }
    endInsertRows();
    return added;
}

bool PhotoListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.erase(m_entries.begin() + row, m_entries.begin() + row + count);
    endRemoveRows();
    matchSameDay();   // their same-day references go with them
    return true;
}

int PhotoListModel::rowWithSameContent(int row) const
{
    const QByteArray &sha = entry(row).analysis.photo.sha256Hex;
    if (sha.isEmpty())
        return -1;
    for (int other = 0; other < rowCount(); ++other) {
        if (other != row && m_entries[std::size_t(other)].analysis.photo.sha256Hex == sha)
            return other;
    }
    return -1;
}

void PhotoListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int PhotoListModel::rowOf(const QString &sourcePath) const
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const PhotoEntry &e) {
        return e.sourcePath == sourcePath;
    });
    return found == m_entries.end() ? -1 : int(found - m_entries.begin());
}

bool PhotoListModel::setAnalysis(int row, const PhotoAnalysis &analysis)
{
    PhotoEntry &photo = m_entries.at(std::size_t(row));
    if (!analysis.error && analysis.photo.quarterTurns != photo.review.quarterTurns)
        return false;
    photo.analysis = analysis;
    photo.analysed = true;
    // Face decisions refer to the faces of the previous analysis; what does not (the turn,
    // boxes drawn by hand, dropping the photo) stays.
    PhotoReview kept;
    kept.quarterTurns = photo.review.quarterTurns;
    kept.drawnFaces = photo.review.drawnFaces;
    kept.excluded = photo.review.excluded;
    photo.review = kept;
    photo.confirmedFaces.clear();
    decide(photo);
    notifyRow(row);
    matchSameDay();
    Q_EMIT analysisArrived(row);
    return true;
}

void PhotoListModel::turnPhoto(int row, int quarterTurns)
{
    PhotoEntry &photo = m_entries.at(std::size_t(row));
    std::vector<FaceBox> detected;
    if (photo.analysed) {
        for (const DetectedFace &face : photo.analysis.faces)
            detected.push_back(face.box);
    }
    const QSize size = photo.turnedSize();
    photo.review = turnedReview(photo.review, detected, cv::Size(size.width(), size.height()), quarterTurns);
    photo.analysed = false;
    photo.confirmedFaces.clear();
    decide(photo);
    notifyRow(row);
    matchSameDay();
    Q_EMIT reviewChanged(row);
}

void PhotoListModel::setThumbnail(int row, const QImage &thumbnail)
{
    m_entries.at(std::size_t(row)).thumbnail = thumbnail;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
}

void PhotoListModel::setReview(int row, const PhotoReview &review)
{
    PhotoEntry &photo = m_entries.at(std::size_t(row));
    photo.review = review;
    decide(photo);
    notifyRow(row);
    // A pupil she named (or a naming she undid) gives (or takes back) a same-day reference.
    matchSameDay();
    Q_EMIT reviewChanged(row);
}

void PhotoListModel::setRecognition(std::vector<ReferenceDescriptor> gallery, const MatchSettings &settings)
{
    m_gallery = std::move(gallery);
    m_matchSettings = settings;
    matchSameDay();
}

void PhotoListModel::setSameDayReferences(bool on)
{
    m_sameDayReferences = on;
    matchSameDay();
}

void PhotoListModel::matchSameDay()
{
    if (!m_matchSettings)
        return;
    std::vector<int> rows;
    std::vector<PhotoAnalysis> analyses;
    std::vector<PhotoReview> reviews;
    for (int row = 0; row < rowCount(); ++row) {
        const PhotoEntry &photo = m_entries[std::size_t(row)];
        if (!photo.analysed || photo.analysis.error || photo.analysis.match != *m_matchSettings)
            continue;
        rows.push_back(row);
        analyses.push_back(photo.analysis);
        reviews.push_back(photo.review);
    }
    for (const std::size_t changed : rematchBatch(analyses, reviews, m_gallery, *m_matchSettings, m_sameDayReferences)) {
        PhotoEntry &photo = m_entries[std::size_t(rows[changed])];
        photo.analysis = std::move(analyses[changed]);
        decide(photo);
        notifyRow(rows[changed]);
    }
}

void PhotoListModel::setConfirmed(int row, int faceIndex, bool confirmed)
{
    PhotoEntry &photo = m_entries.at(std::size_t(row));
    if (confirmed)
        photo.confirmedFaces.insert(faceIndex);
    else
        photo.confirmedFaces.erase(faceIndex);
    notifyRow(row);
    Q_EMIT reviewChanged(row);
}

void PhotoListModel::setConsent(const ConsentSnapshot &snapshot)
{
    m_consent = snapshot;
    for (PhotoEntry &photo : m_entries)
        decide(photo);
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
    for (int row = 0; row < int(m_entries.size()); ++row)
        Q_EMIT entryChanged(row);
}

int PhotoListModel::analysedCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const PhotoEntry &e) { return e.analysed; }));
}

BatchSummary PhotoListModel::summary() const
{
    BatchSummary summary;
    for (const PhotoEntry &photo : m_entries) {
        const int hidden = photo.analysed ? photo.verdict.hiddenFaceCount() : 0;
        summary.hiddenTotal += hidden;
        switch (PhotoBadge::kindOf(photo)) {
        case PhotoBadge::Kind::Pending: ++summary.pending; break;
        case PhotoBadge::Kind::Ready: ++summary.ready; summary.hiddenOnReady += photo.verdict.hiddenFacesInExport(); break;
        case PhotoBadge::Kind::Check: ++summary.check; break;
        case PhotoBadge::Kind::DoNotUse: ++summary.doNotUse; break;
        }
    }
    return summary;
}

void PhotoListModel::decide(PhotoEntry &photo) const
{
    if (!photo.analysed || photo.analysis.error) {
        photo.verdict = {};
        return;
    }
    photo.verdict = decideAnalysedPhoto(photo.analysis.photo, photo.analysis.faces, m_consent, photo.review);
}

void PhotoListModel::notifyRow(int row)
{
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    Q_EMIT entryChanged(row);
}

} // namespace bw::gui
