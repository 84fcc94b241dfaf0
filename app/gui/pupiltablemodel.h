#pragma once

#include "consent/pupil.h"
#include "error.h"
#include "screening/consenttable.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace bw {
class Registry;
}

namespace bw::gui {

// Pupils with their class, their reference photos, whether they may be recognised
// automatically (face-recognition consent, which is no channel) and, per channel, whether
// they may be shown today and why. The status is core's consent table (the one `pupils list` prints);
// the model only shows it.
class PupilTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Face recognition (a consent question, no channel) beside the reference photos it allows.
    enum Column { NameColumn, ClassColumn, ReferencesColumn, RecognitionColumn, FirstChannelColumn };
    static constexpr int kPupilIdRole = Qt::UserRole + 1;
    static constexpr int kAllowedRole = Qt::UserRole + 2;
    static constexpr int kReasonRole = Qt::UserRole + 3;   // the reason's stable code
    static constexpr int kChannelIdRole = Qt::UserRole + 4; // header of a channel column
    static constexpr int kReferenceCountRole = Qt::UserRole + 5;
    static constexpr int kOutdatedReferencesRole = Qt::UserRole + 6;

    explicit PupilTableModel(QObject *parent = nullptr);

    Result<void> load(Registry &registry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Pupil &pupilAt(int row) const { return m_table.rows.at(std::size_t(row)).pupil; }
    int rowOfPupil(qint64 pupilId) const;

private:
    // How many reference photos a pupil has, and how many of them are outdated.
    struct References {
        int count = 0;
        int outdated = 0;
    };
    QVariant referencesData(const Pupil &pupil, int role) const;
    // A status cell: "✓ ja" or "✗ <reason>", coloured, with a tool tip.
    static QVariant statusData(const ConsentDecision &decision, const QString &toolTip, int role);
    static QString recognitionToolTip(const ConsentDecision &decision);

    ConsentTable m_table; // rows and channel columns in display order
    QHash<qint64, References> m_references;
};

} // namespace bw::gui
