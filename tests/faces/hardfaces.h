#pragma once

#include "faces/facebox.h"

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <functional>
#include <vector>

// Real faces made hard to find: cut by the frame, darkened, flattened, tilted. Shared by the
// detector tests and the detector benchmark (tests/bench), so both measure the same photos.
namespace bw::test {

// One real face and the photo it is on (photos are shared between their faces).
struct RealFace {
    QString label;      // "2008_002470.jpg face 3": names the face in a failure message
    cv::Mat photo;
    cv::Rect2f box;
};

using Detect = std::function<std::vector<FaceBox>(const cv::Mat &)>;

// faces-pascal's 43 annotated faces; empty when the shared test data is absent.
std::vector<RealFace> pascalFaces();
// The face_recognition portraits (obama, obama2, obama3, biden), each with its face: the
// best-scoring box `detect` finds on the intact photo; empty when they were not fetched.
std::vector<RealFace> fetchedFaces(const Detect &detect);
// The labelled faces of tests/data/eval-identities.json in one split ("development" or
// "heldout") whose photos were fetched (models/fetch --eval), leaving out faces tagged
// "possible" (hardly a face). Held-out faces never choose a setting: they measure it.
std::vector<RealFace> evalFaces(const QString &split);
// A portrait scaled so that its face is `faceWidth` pixels wide.
RealFace scaledFace(const RealFace &face, double faceWidth);

enum class Side { Left, Top, Right, Bottom };
QString sideName(Side side);
inline constexpr Side kSides[] = {Side::Left, Side::Top, Side::Right, Side::Bottom};

// A photo with one face on it that is to be found; `box` may reach beyond the image.
struct FacePhoto {
    QString label;
    cv::Mat image;
    cv::Rect2f box;
};

// The photo around the face: 1.5 face widths (heights) on every side, as far as it goes.
FacePhoto windowed(const RealFace &face);

// The photo around the face (as windowed) cropped
// so that `outside` (0..1) of the face box lies beyond its `side` edge: what a camera makes
// of a person at the edge of the frame.
FacePhoto cutByFrame(const RealFace &face, Side side, double outside);

// The same cut faces, but each in a window of about four face widths, packed along the
// matching edges of 4000 x 3000 canvases: faces cut by the border of a 12-MP photo.
struct Canvas {
    cv::Mat image;
    std::vector<FacePhoto> faces;   // boxes in canvas pixels; `image` unset
};
std::vector<Canvas> cutFacesOn12Mp(const std::vector<RealFace> &faces, double outside);

// Whole photos of the given faces pasted side by side on 4000 x 3000 canvases at `scale`
// (each face once; a photo's other faces come along but are not counted).
std::vector<Canvas> photosOn12Mp(const std::vector<RealFace> &faces, double scale);

// Every face scaled to `faceWidth` pixels, with 1.5 face widths of its own photo around it,
// packed in rows on 4000 x 3000 canvases: many faces at the smallest size that must be found.
std::vector<Canvas> smallFacesOn12Mp(const std::vector<RealFace> &faces, double faceWidth);

// The face pasted at widths 20..400 px in a row on a plain 4000 x 3000 wall: from the
// smallest face that must be found to a close-up, on one 12-MP photo.
Canvas faceSizesOn12Mp(const RealFace &face);

// The photo turned by `degrees` (counter-clockwise) about the face centre, on a canvas large
// enough to keep all of it; the face box is the turned box's bounding box.
FacePhoto tilted(const RealFace &face, double degrees);

// Dim and flat photos: gamma > 1 darkens (2..3 is a dim room), contrast < 1 flattens the
// values towards the photo's mean.
cv::Mat darkened(const cv::Mat &bgr, double gamma);
cv::Mat flattened(const cv::Mat &bgr, double contrast);

// The detection that covers `truth` (IoU >= 0.3 of the parts inside an image of `size`), or
// nullptr: the recall criterion of faces-pascal.
const FaceBox *detectionOf(const cv::Rect2f &truth, const std::vector<FaceBox> &found, cv::Size size);

// Found faces counted per tier.
struct Recall {
    int total = 0, asFace = 0, asPossibleFace = 0;
    QStringList missed;

    int found() const { return asFace + asPossibleFace; }
    double rate() const { return total > 0 ? double(found()) / total : 1.0; }
    void count(const FacePhoto &face, const std::vector<FaceBox> &found, cv::Size size);
    QString summary() const;   // "41/43 (0.953; 2 as possible faces)"
};

} // namespace bw::test
