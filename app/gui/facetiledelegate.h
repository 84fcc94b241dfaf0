#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace bw::gui {

// Paints the faces view: a group's header across the whole width (so the next group starts on
// a new line), and each face as its picture with a frame in the colour of its state (green:
// shown in the export, grey: hidden) and one line saying why.
class FaceTileDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit FaceTileDelegate(QListView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QListView *m_view;
};

} // namespace bw::gui
