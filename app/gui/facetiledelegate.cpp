#include "facetiledelegate.h"

#include "facetileloader.h"
#include "facetilemodel.h"

#include <QImage>
#include <QListView>
#include <QPainter>

#include <algorithm>

namespace bw::gui {

namespace {

constexpr int kMargin = 4;
constexpr int kHeaderGap = 8; // above a header: groups stand apart

} // namespace

FaceTileDelegate::FaceTileDelegate(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QSize FaceTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(FaceTileModel::IsHeaderRole).toBool()) {
        // As wide as the view: the header takes a line of its own in the flow of tiles.
        const int width = m_view->viewport()->width() - 2 * m_view->spacing() - 2;
        return {std::max(width, 200), option.fontMetrics.height() + 2 * kMargin + kHeaderGap};
    }
    const int side = FaceTileLoader::kTileSize + 2 * kMargin;
    return {side, side + option.fontMetrics.height() + kMargin};
}

void FaceTileDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QRect area = option.rect.adjusted(0, kHeaderGap, 0, 0);
    const auto kind = FaceGroupKind(index.data(FaceTileModel::GroupKindRole).toInt());
    const QColor stripe = kind == FaceGroupKind::Pupil        ? QColor(0x2e, 0x7d, 0x32)
                          : kind == FaceGroupKind::Suggestion ? QColor(0xef, 0x6c, 0x00)
                                                              : QColor(0x75, 0x75, 0x75);
    painter->fillRect(area, option.palette.alternateBase());
    painter->fillRect(QRect(area.topLeft(), QSize(4, area.height())), stripe);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.text().color());
    const QRect text = area.adjusted(12, 0, -kMargin, 0);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
}

void FaceTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    if (index.data(FaceTileModel::IsHeaderRole).toBool()) {
        paintHeader(painter, option, index);
        painter->restore();
        return;
    }
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool visible = index.data(FaceTileModel::VisibleRole).toBool();
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    if (selected)
        painter->fillRect(cell, palette.highlight().color().lighter(160));
    const QRect imageArea(cell.left() + kMargin - 1, cell.top() + kMargin - 1, FaceTileLoader::kTileSize,
                          FaceTileLoader::kTileSize);
    const QImage tile = index.data(Qt::DecorationRole).value<QImage>();
    if (tile.isNull())
        painter->fillRect(imageArea, palette.window());
    else
        painter->drawImage(imageArea, tile);
    // Green: the export shows this face; grey: it is hidden (blurred).
    painter->setPen(QPen(visible ? QColor(0x2e, 0x7d, 0x32) : QColor(0x9e, 0x9e, 0x9e), 3));
    painter->drawRect(imageArea.adjusted(1, 1, -2, -2));
    if (selected) {
        painter->setPen(QPen(palette.highlight().color(), 2));
        painter->drawRect(cell.adjusted(0, 0, -1, -1));
    }
    const QRect textArea(cell.left(), imageArea.bottom() + 2, cell.width(), option.fontMetrics.height());
    painter->setPen(palette.text().color());
    painter->drawText(textArea, Qt::AlignCenter,
                      option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, textArea.width()));
    painter->restore();
}

} // namespace bw::gui
