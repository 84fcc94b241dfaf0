#pragma once

#include <QStyledItemDelegate>

namespace bw::gui {

// Paints one photo of the grid: the thumbnail, its file name and the badge
// (klaar / controleren / niet gebruiken) with the number of hidden faces; a photo whose
// orientation is unknown (unreadable metadata) is marked "stand onbekend".
class ThumbnailDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kThumbnailSize = 160;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bw::gui
