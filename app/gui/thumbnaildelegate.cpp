#include "thumbnaildelegate.h"

#include "photobadge.h"
#include "photolistmodel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace bw::gui {

namespace {

constexpr int kMargin = 6;

// White text on a rounded label of `colour`, with its top (or bottom) left corner at `corner`.
void paintPill(QPainter &painter, QPoint corner, const QString &text, const QColor &colour,
               Qt::Alignment edge)
{
    const QFontMetrics metrics = painter.fontMetrics();
    QRect rect(0, 0, metrics.horizontalAdvance(text) + 12, metrics.height() + 4);
    if (edge == Qt::AlignBottom)
        rect.moveBottomLeft(corner);
    else
        rect.moveTopLeft(corner);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter.setPen(Qt::white);
    painter.drawText(rect, Qt::AlignCenter, text);
}

} // namespace

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int textHeight = option.fontMetrics.height();
    return {kThumbnailSize + 2 * kMargin, kThumbnailSize + 3 * kMargin + textHeight};
}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(2, 2, -2, -2);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    painter->setPen(selected ? QPen(palette.highlight().color(), 3) : QPen(palette.mid().color(), 1));
    painter->setBrush(selected ? palette.highlight().color().lighter(185) : palette.base().color());
    painter->drawRoundedRect(cell, 6, 6);

    const QRect imageArea(cell.left() + kMargin - 2, cell.top() + kMargin - 2, kThumbnailSize,
                          kThumbnailSize);
    const QImage thumbnail = index.data(Qt::DecorationRole).value<QImage>();
    if (!thumbnail.isNull()) {
        const QSize size = thumbnail.size().scaled(imageArea.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), size);
        target.moveCenter(imageArea.center());
        painter->drawImage(target, thumbnail);
    } else {
        painter->fillRect(imageArea, palette.window());
    }

    const QRect textArea(cell.left() + kMargin, imageArea.bottom() + kMargin,
                         cell.width() - 2 * kMargin, option.fontMetrics.height());
    painter->setPen(palette.text().color());
    painter->drawText(textArea, Qt::AlignCenter,
                      option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                    Qt::ElideMiddle, textArea.width()));

    const auto kind = PhotoBadge::Kind(index.data(PhotoListModel::BadgeRole).toInt());
    QString badge = PhotoBadge::label(kind);
    const int hidden = index.data(PhotoListModel::HiddenFacesRole).toInt();
    // Hidden faces matter only on photos that will be used.
    if ((kind == PhotoBadge::Kind::Ready || kind == PhotoBadge::Kind::Check) && hidden > 0)
        badge += QStringLiteral(" · ") + tr("%n verborgen", nullptr, hidden);
    QFont badgeFont = option.font;
    badgeFont.setBold(true);
    painter->setFont(badgeFont);
    const QFontMetrics metrics(badgeFont);
    badge = metrics.elidedText(badge, Qt::ElideRight, imageArea.width() - 20);
    paintPill(*painter, imageArea.topLeft() + QPoint(4, 4), badge, PhotoBadge::colour(kind), Qt::AlignTop);

    // Unreadable metadata: the photo may lie on its side; the teacher can turn it.
    if (index.data(PhotoListModel::OrientationUnknownRole).toBool())
        paintPill(*painter, imageArea.bottomLeft() + QPoint(4, -4), tr("stand onbekend"),
                  QColor(0x5d, 0x40, 0x37), Qt::AlignBottom);
    painter->restore();
}

} // namespace bw::gui
