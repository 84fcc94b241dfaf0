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
// draws a box around a face the detector missed. The wheel zooms in on the point under the
// mouse (to check small faces), dragging with the middle or right button moves the photo.
class ReviewView : public QWidget {
    Q_OBJECT
public:
    explicit ReviewView(QWidget *parent = nullptr);

    // `image` may be smaller than the photo; faces are in the photo's (sourceSize) pixels.
    // A new photo is shown whole (fitted).
    void setPhoto(const QImage &image, QSize sourceSize);
    // The same photo at a higher resolution, for a close look; zoom and position stay.
    void setDetailedPhoto(const QImage &image);
    bool hasFullResolution() const;

    // Zoom: the factor is screen pixels per photo pixel (1.0 is 100 %).
    double zoomFactor() const;
    bool isFitted() const { return !m_zoom.has_value(); }
    void zoomToFit();
    void zoomToActualSize();
    void zoomBy(double steps, const QPointF &anchor); // + in, - out, around a widget point
    void zoomBy(double steps) { zoomBy(steps, QRectF(rect()).center()); }
    void setFaces(const std::vector<ScreenedFace> &faces, const std::set<int> &confirmed);
    void setMessage(const QString &message); // shown instead of a photo (loading, error)
    QString message() const { return m_message; }
    bool hasPhoto() const { return !m_image.isNull(); }
    void clear();

    int selectedFace() const { return m_selected; }
    void setSelectedFace(int index);
    int faceCount() const { return int(m_faces.size()); }

    // The face with some room around it, from the photo shown, at most `size` pixels.
    QImage faceImage(int index, int size) const;
    QRect faceRectOnScreen(int index) const; // global coordinates

    // Where each face's name tag is drawn (widget coordinates); none for a face whose tag
    // found no free place on a crowded photo (placeFaceLabels).
    std::vector<std::optional<QRectF>> labelRects() const;

    // Where a face of the photo is drawn on the widget (for tests and tooltips).
    QRectF widgetRectOf(const QRectF &sourceRect) const;
    QRectF sourceRectOf(const QRectF &widgetRect) const;

    QSize sizeHint() const override { return {800, 600}; }

Q_SIGNALS:
    void faceSelected(int index);
    void faceDrawn(const QRectF &sourceRect);
    void zoomChanged(double factor);
    // Zoomed in past the resolution of the image shown: a sharper one would help.
    void detailWanted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRectF imageRect() const;
    double fitFactor() const;
    void setZoom(double factor, const QPointF &anchor);
    void keepPhotoInView();
    void ensureVisible(int faceIndex);
    int faceAt(const QPointF &point) const;
    void paintFace(QPainter &painter, int index) const; // its box
    void paintLabel(QPainter &painter, int index, const QRectF &tag) const;
    QString labelText(int index) const;
    QFont labelFont() const;

    QImage m_image;
    QSize m_sourceSize;
    std::vector<ScreenedFace> m_faces;
    std::set<int> m_confirmed;
    QString m_message;
    int m_selected = -1;
    std::optional<QPointF> m_dragStart;
    QPointF m_dragNow;
    std::optional<double> m_zoom;   // none: the whole photo fits
    QPointF m_focus;                // photo point at the widget's centre while zoomed
    std::optional<QPointF> m_panStart;
    QPointF m_panFocus;
};

} // namespace bw::gui
