#pragma once

#include "consent/channel.h"
#include "consent/pupil.h"
#include "error.h"
#include "screening/consentsnapshot.h"

#include <QAbstractTableModel>

#include <vector>

namespace bw {
class Registry;
}

namespace bw::gui {

// Pupils with their class and, per channel, whether they may be shown today and why. The
// status comes from core's consent snapshot per channel; the table only shows it.
class PupilTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ClassColumn, FirstChannelColumn };
    static constexpr int kPupilIdRole = Qt::UserRole + 1;
    static constexpr int kAllowedRole = Qt::UserRole + 2;

    explicit PupilTableModel(QObject *parent = nullptr);

    Result<void> load(Registry &registry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Pupil &pupilAt(int row) const { return m_pupils.at(std::size_t(row)); }
    int rowOfPupil(qint64 pupilId) const;

private:
    std::vector<Pupil> m_pupils;
    std::vector<ConsentSnapshot> m_snapshots; // one per channel, in column order
};

} // namespace bw::gui
