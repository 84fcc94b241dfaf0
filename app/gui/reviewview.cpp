#include "reviewview.h"

#include "facelabels.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace bw::gui {

namespace {

// Smaller drags are clicks that slipped, not boxes.
constexpr double kMinimumDrawnSize = 12.0;
// Zooming goes up to four screen pixels per photo pixel; one wheel notch is a quarter more.
constexpr double kMaximumZoom = 4.0;
constexpr double kZoomStep = 1.25;
constexpr double kMargin = 16.0;

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
    m_zoom.reset();
    Q_EMIT zoomChanged(zoomFactor());
    update();
}

void ReviewView::setDetailedPhoto(const QImage &image)
{
    if (m_image.isNull() || image.isNull())
        return;
    m_image = image;
    update();
}

bool ReviewView::hasFullResolution() const
{
    return !m_image.isNull() && m_image.width() >= m_sourceSize.width();
}

double ReviewView::fitFactor() const
{
    if (m_sourceSize.isEmpty())
        return 1.0;
    return std::min((width() - kMargin) / m_sourceSize.width(), (height() - kMargin) / m_sourceSize.height());
}

double ReviewView::zoomFactor() const
{
    return m_zoom.value_or(fitFactor());
}

void ReviewView::zoomToFit()
{
    m_zoom.reset();
    Q_EMIT zoomChanged(zoomFactor());
    update();
}

void ReviewView::zoomToActualSize()
{
    const QRectF shown = imageRect();
    const QPointF centre = QRectF(rect()).center();
    setZoom(1.0, shown.contains(centre) ? centre : shown.center());
}

void ReviewView::zoomBy(double steps, const QPointF &anchor)
{
    setZoom(zoomFactor() * std::pow(kZoomStep, steps), anchor);
}

void ReviewView::setZoom(double factor, const QPointF &anchor)
{
    if (m_image.isNull() || m_sourceSize.isEmpty())
        return;
    const QRectF before = imageRect();
    const QPointF underAnchor = (anchor - before.topLeft()) / zoomFactor();
    const double fit = fitFactor();
    factor = std::min(factor, std::max(kMaximumZoom, fit));
    if (factor <= fit * 1.001) {
        zoomToFit();
        return;
    }
    // The photo point under the anchor (the mouse) stays under it.
    m_zoom = factor;
    m_focus = underAnchor + (QRectF(rect()).center() - anchor) / factor;
    keepPhotoInView();
    Q_EMIT zoomChanged(factor);
    if (factor > double(m_image.width()) / m_sourceSize.width() * 1.05 && !hasFullResolution())
        Q_EMIT detailWanted();
    update();
}

// While zoomed, no more of the background shows than needed: the photo's edges stop at the
// widget's edges (or the photo is centred along an axis where it is smaller).
void ReviewView::keepPhotoInView()
{
    if (!m_zoom)
        return;
    const double factor = *m_zoom;
    const QSizeF half = QSizeF(size()) / (2 * factor);
    const auto clampAxis = [](double focus, double halfView, double extent) {
        return halfView * 2 >= extent ? extent / 2 : std::clamp(focus, halfView, extent - halfView);
    };
    m_focus = {clampAxis(m_focus.x(), half.width(), m_sourceSize.width()),
               clampAxis(m_focus.y(), half.height(), m_sourceSize.height())};
}

void ReviewView::ensureVisible(int faceIndex)
{
    if (!m_zoom || faceIndex < 0 || faceIndex >= int(m_faces.size()))
        return;
    const QRectF face = toQRect(m_faces[std::size_t(faceIndex)].box.rect);
    if (QRectF(rect()).contains(widgetRectOf(face)))
        return;
    m_focus = face.center();
    keepPhotoInView();
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
    Q_EMIT zoomChanged(zoomFactor()); // nothing to zoom
    update();
}

void ReviewView::clear()
{
    m_zoom.reset();
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
    ensureVisible(m_selected); // N walks the faces also while zoomed in
    update();
}

QRectF ReviewView::imageRect() const
{
    if (m_image.isNull() || m_sourceSize.isEmpty())
        return {};
    const double factor = zoomFactor();
    QRectF shown(QPointF(), QSizeF(m_sourceSize) * factor);
    shown.moveCenter(QRectF(rect()).center());
    if (m_zoom)
        shown.moveTopLeft(QRectF(rect()).center() - m_focus * factor);
    return shown;
}

QImage ReviewView::faceImage(int index, int size) const
{
    if (index < 0 || index >= int(m_faces.size()) || m_image.isNull() || m_sourceSize.isEmpty())
        return {};
    const double scale = double(m_image.width()) / m_sourceSize.width();
    const QRectF face = toQRect(m_faces[std::size_t(index)].box.rect);
    const QRectF around = face.adjusted(-face.width() * 0.3, -face.height() * 0.3, face.width() * 0.3,
                                        face.height() * 0.3);
    const QRect inImage = QRectF(around.x() * scale, around.y() * scale, around.width() * scale,
                                 around.height() * scale)
                              .toAlignedRect()
                              .intersected(m_image.rect());
    if (inImage.isEmpty())
        return {};
    return m_image.copy(inImage).scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QRect ReviewView::faceRectOnScreen(int index) const
{
    if (index < 0 || index >= int(m_faces.size()))
        return {};
    const QRect local = widgetRectOf(toQRect(m_faces[std::size_t(index)].box.rect)).toAlignedRect();
    return {mapToGlobal(local.topLeft()), local.size()};
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
    const std::vector<std::optional<QRectF>> labels = labelRects();
    for (int i = 0; i < int(m_faces.size()); ++i) {
        if (labels[std::size_t(i)])
            paintLabel(painter, i, *labels[std::size_t(i)]);
    }
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

    // A possible face is drawn dimmer and dashed: hidden all the same, but less certain.
    const bool possible = face.box.possibleFace;
    if (!visible) // a hint of what export will do: the face is covered
        painter.fillRect(box, QColor(colour.red(), colour.green(), colour.blue(), possible ? 35 : 60));
    QColor outline = selected ? QColor(0xff, 0xd6, 0x00) : colour;
    if (possible && !selected)
        outline.setAlpha(150);
    painter.setPen(QPen(outline, selected ? 4 : (possible ? 1.5 : 2),
                        face.box.drawnByHand || possible ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    painter.restore();
}

QString ReviewView::labelText(int index) const
{
    const ScreenedFace &face = m_faces[std::size_t(index)];
    QString label = !face.pupilName.isEmpty() ? face.pupilName
                    : face.box.possibleFace     ? (face.decision.visible ? tr("geen gezicht") : tr("mogelijk gezicht"))
                                                : tr("onbekend");
    if (m_confirmed.count(index) > 0)
        label = QStringLiteral("✓ ") + label;
    return label + QStringLiteral(" · ") + (face.decision.visible ? tr("zichtbaar") : tr("verborgen"));
}

QFont ReviewView::labelFont() const
{
    QFont labels = font();
    labels.setBold(true);
    labels.setPointSizeF(labels.pointSizeF() * 0.85);
    return labels;
}

std::vector<std::optional<QRectF>> ReviewView::labelRects() const
{
    const QFontMetrics metrics(labelFont());
    std::vector<QRectF> boxes;
    std::vector<QSizeF> sizes;
    for (int i = 0; i < int(m_faces.size()); ++i) {
        boxes.push_back(widgetRectOf(toQRect(m_faces[std::size_t(i)].box.rect)));
        sizes.emplace_back(metrics.horizontalAdvance(labelText(i)) + 10, metrics.height() + 4);
    }
    return placeFaceLabels(boxes, sizes, m_selected, rect());
}

void ReviewView::paintLabel(QPainter &painter, int index, const QRectF &tag) const
{
    painter.save();
    const bool selected = index == m_selected;
    painter.setFont(labelFont());
    painter.setPen(Qt::NoPen);
    painter.setBrush(selected ? QColor(0xff, 0xd6, 0x00)
                              : (m_faces[std::size_t(index)].decision.visible ? kVisibleColour : kHiddenColour));
    painter.drawRoundedRect(tag, 3, 3);
    painter.setPen(selected ? Qt::black : Qt::white);
    painter.drawText(tag, Qt::AlignCenter, labelText(index));
    painter.restore();
}

void ReviewView::mousePressEvent(QMouseEvent *event)
{
    if ((event->button() == Qt::MiddleButton || event->button() == Qt::RightButton) && m_zoom) {
        m_panStart = event->position();
        m_panFocus = m_focus;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
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
    if (m_panStart && m_zoom) {
        m_focus = m_panFocus - (event->position() - *m_panStart) / *m_zoom;
        keepPhotoInView();
        update();
        return;
    }
    if (!m_dragStart)
        return;
    m_dragNow = event->position();
    update();
}

void ReviewView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepPhotoInView();
    if (!m_zoom)
        Q_EMIT zoomChanged(zoomFactor());
}

void ReviewView::wheelEvent(QWheelEvent *event)
{
    if (m_image.isNull() || event->angleDelta().y() == 0) {
        event->ignore();
        return;
    }
    zoomBy(event->angleDelta().y() / 120.0, event->position());
    event->accept();
}

void ReviewView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panStart && event->button() != Qt::LeftButton) {
        m_panStart.reset();
        unsetCursor();
        return;
    }
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
