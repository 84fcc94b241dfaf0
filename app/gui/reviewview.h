#pragma once

#include "screening/facedecision.h"

#include <QImage>
#include <QRectF>
#include <QWidget>

#include <optional>
#include <set>
#include <vector>

namespace bw::gui {

// The photo under review with every face outlined and labelled: the pupil's name or
// "onbekend", and zichtbaar or verborgen. A click selects a face; dragging on the photo
// draws a box around a face the detector missed.
class ReviewView : public QWidget {
    Q_OBJECT
public:
    explicit ReviewView(QWidget *parent = nullptr);

    // `image` may be smaller than the photo; faces are in the photo's (sourceSize) pixels.
    void setPhoto(const QImage &image, QSize sourceSize);
    void setFaces(const std::vector<ScreenedFace> &faces, const std::set<int> &confirmed);
    void setMessage(const QString &message); // shown instead of a photo (loading, error)
    void clear();

    int selectedFace() const { return m_selected; }
    void setSelectedFace(int index);
    int faceCount() const { return int(m_faces.size()); }

    // Where a face of the photo is drawn on the widget (for tests and tooltips).
    QRectF widgetRectOf(const QRectF &sourceRect) const;
    QRectF sourceRectOf(const QRectF &widgetRect) const;

    QSize sizeHint() const override { return {800, 600}; }

Q_SIGNALS:
    void faceSelected(int index);
    void faceDrawn(const QRectF &sourceRect);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF imageRect() const;
    int faceAt(const QPointF &point) const;
    void paintFace(QPainter &painter, int index) const;

    QImage m_image;
    QSize m_sourceSize;
    std::vector<ScreenedFace> m_faces;
    std::set<int> m_confirmed;
    QString m_message;
    int m_selected = -1;
    std::optional<QPointF> m_dragStart;
    QPointF m_dragNow;
};

} // namespace bw::gui
