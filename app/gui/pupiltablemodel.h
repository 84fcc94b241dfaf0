#pragma once

#include "consent/pupil.h"
#include "error.h"
#include "screening/consenttable.h"

#include <QAbstractTableModel>

#include <vector>

namespace bw {
class Registry;
}

namespace bw::gui {

// Pupils with their class and, per channel, whether they may be shown today and why. The
// status is core's consent table (the one `pupils list` prints); the model only shows it.
class PupilTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ClassColumn, FirstChannelColumn };
    static constexpr int kPupilIdRole = Qt::UserRole + 1;
    static constexpr int kAllowedRole = Qt::UserRole + 2;
    static constexpr int kReasonRole = Qt::UserRole + 3;   // the reason's stable code

    explicit PupilTableModel(QObject *parent = nullptr);

    Result<void> load(Registry &registry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Pupil &pupilAt(int row) const { return m_table.rows.at(std::size_t(row)).pupil; }
    int rowOfPupil(qint64 pupilId) const;

private:
    ConsentTable m_table; // rows and channel columns in display order
};

} // namespace bw::gui
