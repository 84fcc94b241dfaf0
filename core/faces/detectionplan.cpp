#include "detectionplan.h"

#include <algorithm>
#include <cmath>

namespace bw {

namespace {

// CenterFace's input sides must be multiples of this (see FaceDetector).
constexpr int kAlign = 32;

int alignUp(int value)
{
    return (value + kAlign - 1) / kAlign * kAlign;
}

// Splits a pass image into as few overlapping tiles of at most tileSize as cover it. All
// tiles of an image have one size (one network input shape), spread evenly so that no
// tile overlaps its neighbour much more than needed.
//
// What tile size and overlap cost on a 12-MP photo (bench_detector --batch, six photos of
// make-batch.py, detect CPU median with one OpenCV thread, load 7-9; issue 16). Network
// pixels per photo: the fine pass alone is 8.5 Mpx with its border, the coarse pass 0.66.
//   tile 1024, overlap 128 (shipped): 11.72 Mpx, 8.1 s, 752 MB for one detector
//   tile 1280:                        11.17 Mpx, 7.9 s
//   tile 1344 (1536 tiles alike):     10.47 Mpx, 7.4 s, 986 MB; screen's peak ~+180 MB
//                                     per worker (bench --pipeline: 1678 -> 2212 MB with
//                                     three engines), over 1.5 GB with two workers
//   overlap 96:                       10.99 Mpx, 8.3 s (within noise)
//   tile 1344 + overlap 96:            9.98 Mpx, 7.4 s; smaller fine-pass border: faces
//                                     50 % beyond the edge of a 12-MP photo 201 -> 199/204
// Tile 1344 kept every face of faces-pascal, the 20 and 24 px faces on 12 MP and the 8
// sizes; faces cut by the frame moved by one either way (60 % beyond the edge of 12 MP
// 182 -> 181/204, fetched 60 % 15 -> 16/16). A batched forward of several tiles costs the
// same per pixel as one call per tile (OpenCV 4.6: 636 vs 623 ms/Mpx CPU, 3 tiles of 960).
std::vector<DetectionTile> tilesFor(cv::Size image, int tileSize, int overlap)
{
    auto spans = [&](int length) {
        std::vector<std::pair<int, int>> result;
        if (length <= tileSize) {
            result.push_back({0, length});
            return result;
        }
        const int count = int(std::ceil(double(length - overlap) / double(tileSize - overlap)));
        const int span = std::min(tileSize, alignUp(int(std::ceil(double(length + (count - 1) * overlap) / count))));
        const double stride = double(length - span) / (count - 1);
        for (int i = 0; i < count; ++i)
            result.push_back({int(std::lround(i * stride)), span});
        return result;
    };
    std::vector<DetectionTile> tiles;
    const auto columns = spans(image.width);
    const auto rows = spans(image.height);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            DetectionTile tile;
            tile.region = cv::Rect(columns[c].first, rows[r].first, columns[c].second, rows[r].second);
            tile.innerLeft = c > 0;
            tile.innerRight = c + 1 < columns.size();
            tile.innerTop = r > 0;
            tile.innerBottom = r + 1 < rows.size();
            tiles.push_back(tile);
        }
    }
    return tiles;
}

std::vector<double> passScales(cv::Size photo, const DetectorSettings &settings)
{
    const double longSide = std::max(photo.width, photo.height);
    const double fine = settings.minFaceInNetwork / std::max(1.0f, settings.minFaceSize);
    const double coarse = std::min<double>(settings.maxUpscale, settings.coarseLongSide / longSide);
    // One untiled pass sees small and full-frame faces alike when the photo fits one tile,
    // with the border of its last pass (planDetection) on both sides.
    const double padded = longSide + settings.borderPadding * std::min(photo.width, photo.height);
    if (coarse >= fine || padded * fine <= settings.tileSize)
        return {std::max(fine, coarse)};
    // Each finer pass must find every face too large for its tiles' overlap; the next
    // coarser pass takes over from where a face is minFaceInNetwork wide in it.
    const double step = std::max(1.5, double(settings.tileOverlap) / settings.minFaceInNetwork);
    std::vector<double> scales;
    for (double s = fine; s > coarse * 1.05; s /= step)
        scales.push_back(s);
    scales.push_back(coarse);
    return scales;
}

} // namespace

std::vector<DetectionPass> planDetection(cv::Size photoSize, const DetectorSettings &settings)
{
    const std::vector<double> scales = passScales(photoSize, settings);
    std::vector<DetectionPass> passes;
    for (std::size_t i = 0; i < scales.size(); ++i) {
        DetectionPass pass;
        pass.scaledSize = cv::Size(std::max(1, int(std::lround(photoSize.width * scales[i]))),
                                   std::max(1, int(std::lround(photoSize.height * scales[i]))));
        pass.scale = double(pass.scaledSize.width) / photoSize.width;
        // The largest face a pass must find: one as wide as its tiles' overlap, or for the
        // last pass a close-up of half the frame. A face cut by the frame is found when the
        // network sees room beyond the edge where the rest of it would be.
        const bool last = i + 1 == scales.size();
        const double largestFace = last ? 0.5 * std::min(pass.scaledSize.width, pass.scaledSize.height)
                                        : double(settings.tileOverlap);
        pass.border = int(std::lround(settings.borderPadding * largestFace));
        // The last pass must stay one tile (passScales sees to it for sensible settings): a
        // close-up cut by an inner tile border would be dropped as a fragment, with no
        // coarser pass to find it.
        if (last) {
            const int room = settings.tileSize - std::max(pass.scaledSize.width, pass.scaledSize.height);
            pass.border = std::clamp(pass.border, 0, std::max(0, room / 2));
        }
        const cv::Size padded(pass.scaledSize.width + 2 * pass.border, pass.scaledSize.height + 2 * pass.border);
        pass.tiles = tilesFor(padded, settings.tileSize, settings.tileOverlap);
        passes.push_back(std::move(pass));
    }
    return passes;
}

} // namespace bw
