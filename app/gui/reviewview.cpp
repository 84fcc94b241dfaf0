#include "reviewview.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace bw::gui {

namespace {

// Smaller drags are clicks that slipped, not boxes.
constexpr double kMinimumDrawnSize = 12.0;

const QColor kVisibleColour(0x2e, 0x7d, 0x32);
const QColor kHiddenColour(0xc6, 0x28, 0x28);

QRectF toQRect(const cv::Rect2f &rect)
{
    return {rect.x, rect.y, rect.width, rect.height};
}

} // namespace

ReviewView::ReviewView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(320, 240);
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ReviewView::setPhoto(const QImage &image, QSize sourceSize)
{
    m_image = image;
    m_sourceSize = sourceSize;
    m_message.clear();
    update();
}

void ReviewView::setFaces(const std::vector<ScreenedFace> &faces, const std::set<int> &confirmed)
{
    m_faces = faces;
    m_confirmed = confirmed;
    if (m_selected >= int(m_faces.size()))
        m_selected = -1;
    update();
}

void ReviewView::setMessage(const QString &message)
{
    m_message = message;
    m_image = {};
    update();
}

void ReviewView::clear()
{
    m_image = {};
    m_faces.clear();
    m_confirmed.clear();
    m_selected = -1;
    m_message.clear();
    update();
}

void ReviewView::setSelectedFace(int index)
{
    m_selected = (index >= 0 && index < int(m_faces.size())) ? index : -1;
    update();
}

QRectF ReviewView::imageRect() const
{
    if (m_image.isNull() || m_sourceSize.isEmpty())
        return {};
    const QSizeF fitted = QSizeF(m_sourceSize).scaled(QSizeF(size()) - QSizeF(16, 16),
                                                      Qt::KeepAspectRatio);
    QRectF rect(QPointF(), fitted);
    rect.moveCenter(QRectF(this->rect()).center());
    return rect;
}

QRectF ReviewView::widgetRectOf(const QRectF &sourceRect) const
{
    const QRectF target = imageRect();
    if (target.isEmpty())
        return {};
    const double scale = target.width() / m_sourceSize.width();
    return {target.left() + sourceRect.left() * scale, target.top() + sourceRect.top() * scale,
            sourceRect.width() * scale, sourceRect.height() * scale};
}

QRectF ReviewView::sourceRectOf(const QRectF &widgetRect) const
{
    const QRectF target = imageRect();
    if (target.isEmpty())
        return {};
    const double scale = m_sourceSize.width() / target.width();
    const QRectF clipped = widgetRect.normalized().intersected(target);
    return {(clipped.left() - target.left()) * scale, (clipped.top() - target.top()) * scale,
            clipped.width() * scale, clipped.height() * scale};
}

int ReviewView::faceAt(const QPointF &point) const
{
    // The smallest box under the cursor wins, so a small face inside a large one stays reachable.
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < int(m_faces.size()); ++i) {
        const QRectF rect = widgetRectOf(toQRect(m_faces[std::size_t(i)].box.rect)).adjusted(-4, -4, 4, 4);
        const double area = rect.width() * rect.height();
        if (rect.contains(point) && (best < 0 || area < bestArea)) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

void ReviewView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x30, 0x30, 0x30));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_image.isNull()) {
        painter.setPen(QColor(0xe0, 0xe0, 0xe0));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message.isEmpty() ? tr("Kies een foto om te controleren.") : m_message);
        return;
    }
    painter.drawImage(imageRect(), m_image);
    for (int i = 0; i < int(m_faces.size()); ++i)
        paintFace(painter, i);
    if (m_dragStart) {
        painter.setPen(QPen(Qt::white, 2, Qt::DashLine));
        painter.setBrush(QColor(255, 255, 255, 40));
        painter.drawRect(QRectF(*m_dragStart, m_dragNow).normalized());
    }
}

void ReviewView::paintFace(QPainter &painter, int index) const
{
    painter.save();
    const ScreenedFace &face = m_faces[std::size_t(index)];
    const QRectF box = widgetRectOf(toQRect(face.box.rect));
    const bool visible = face.decision.visible;
    const bool selected = index == m_selected;
    const QColor colour = visible ? kVisibleColour : kHiddenColour;

    if (!visible) // a hint of what export will do: the face is covered
        painter.fillRect(box, QColor(colour.red(), colour.green(), colour.blue(), 60));
    painter.setPen(QPen(selected ? QColor(0xff, 0xd6, 0x00) : colour, selected ? 4 : 2,
                        face.box.drawnByHand ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);

    QString label = face.pupilName.isEmpty() ? tr("onbekend") : face.pupilName;
    if (m_confirmed.count(index) > 0)
        label = QStringLiteral("✓ ") + label;
    label += QStringLiteral(" · ") + (visible ? tr("zichtbaar") : tr("verborgen"));
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    QRectF tag(0, 0, metrics.horizontalAdvance(label) + 10, metrics.height() + 4);
    tag.moveBottomLeft(box.topLeft() - QPointF(0, 2));
    if (tag.top() < 0)
        tag.moveTopLeft(box.bottomLeft() + QPointF(0, 2));
    if (tag.right() > width())
        tag.moveRight(width());
    painter.setPen(Qt::NoPen);
    painter.setBrush(selected ? QColor(0xff, 0xd6, 0x00) : colour);
    painter.drawRoundedRect(tag, 3, 3);
    painter.setPen(selected ? Qt::black : Qt::white);
    painter.drawText(tag, Qt::AlignCenter, label);
    painter.restore();
}

void ReviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return;
    const int face = faceAt(event->position());
    if (face >= 0) {
        setSelectedFace(face);
        Q_EMIT faceSelected(face);
        return;
    }
    if (imageRect().contains(event->position())) {
        m_dragStart = event->position();
        m_dragNow = event->position();
    }
}

void ReviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragStart)
        return;
    m_dragNow = event->position();
    update();
}

void ReviewView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragStart || event->button() != Qt::LeftButton)
        return;
    const QRectF drawn = QRectF(*m_dragStart, event->position()).normalized();
    m_dragStart.reset();
    update();
    if (drawn.width() < kMinimumDrawnSize || drawn.height() < kMinimumDrawnSize) {
        setSelectedFace(-1);
        Q_EMIT faceSelected(-1);
        return;
    }
    const QRectF source = sourceRectOf(drawn);
    if (!source.isEmpty())
        Q_EMIT faceDrawn(source);
}

} // namespace bw::gui
