#pragma once

#include "facegroups.h"

#include <QAbstractListModel>

#include <optional>
#include <vector>

namespace bw::gui {

class FaceTileLoader;
class PhotoListModel;

// Every face of the batch as a tile for the faces view, grouped by groupFaces(): each group
// is a header row followed by its faces. A view over the PhotoListModel: it holds no
// decisions of its own and follows every change of the batch and its review.
class FaceTileModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IsHeaderRole = Qt::UserRole + 1,
        GroupRole,        // index into groups()
        GroupKindRole,    // int(FaceGroupKind)
        VisibleRole,      // face: shown in the export of the current channel
        ConfirmedRole,    // face: the teacher agreed with or named the pupil
        DecidedRole,      // face: the teacher decided about it (any override)
    };

    FaceTileModel(PhotoListModel *photos, FaceTileLoader *tiles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const std::vector<FaceGroup> &groups() const { return m_groups; }
    std::optional<FaceRef> faceAt(int row) const;
    int rowOf(const FaceRef &face) const;     // -1 when absent
    int groupOf(int row) const;               // -1 when absent
    int headerRow(int group) const;
    int faceCount() const { return rowCount() - int(m_groups.size()); }

private:
    struct Row {
        int group = 0;
        int face = -1; // index in the group's faces; -1 for its header
        bool operator==(const Row &) const = default;
    };
    void rebuild();
    QString headerText(const FaceGroup &group) const;
    QString consentText(qint64 pupilId) const;
    QVariant faceData(const FaceGroup &group, const FaceRef &face, int role) const;

    PhotoListModel *m_photos;
    FaceTileLoader *m_tiles;
    std::vector<FaceGroup> m_groups;
    std::vector<Row> m_rows;
};

} // namespace bw::gui
