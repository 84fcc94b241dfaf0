#pragma once

// A group photo composed from the fetched real-face photos for the CLI end-to-end tests:
// Barack Obama (another photo than his reference), Joe Biden and, when the PASCAL set is
// present, two strangers; each face pasted where the test can find it again.

#include <QString>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace bw {
class FaceEngine;
}

namespace bw::test {

// A face pasted into a composed photo, and who it is.
struct Pasted {
    QString who;      // pupil name, or empty for a stranger
    cv::Rect area;    // where the face's source crop went
};

// Crops a generous region around face `faceIndex` of `bgr` and pastes it at `at`, scaled
// to `width` pixels.
Pasted paste(FaceEngine &engine, const cv::Mat &bgr, cv::Mat &canvas, cv::Point at, int width,
             const QString &who, int faceIndex = 0);

// Composes the group photo (3200 x 1800) into `canvas` and returns what was pasted where.
std::vector<Pasted> composeGroupPhoto(FaceEngine &engine, cv::Mat &canvas);

// The faces `engine` finds in `picture` (a scaled copy of `canvas`, e.g. an export or a
// thumbnail) within `pasted`'s area, as descriptor distances to that face in `canvas`:
// none or only large ones (> 0.6) mean the face is hidden.
std::vector<double> distancesToPasted(FaceEngine &engine, const cv::Mat &canvas, const cv::Mat &picture,
                                      const Pasted &pasted);

} // namespace bw::test
