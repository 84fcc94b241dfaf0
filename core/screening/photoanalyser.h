#pragma once

#include "error.h"
#include "faces/facedescriptor.h"
#include "faces/faceengine.h"
#include "faces/facematcher.h"
#include "faces/modellocator.h"
#include "imaging/photo.h"
#include "imaging/photoloader.h"
#include "screeningpolicy.h"
#include "stagetimes.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace bw {

// What analysis of one photo found, without its pixels: cheap to keep for a whole batch.
struct PhotoAnalysis {
    QString source;
    Photo photo;
    std::vector<DetectedFace> faces;
    std::optional<Error> error;    // unreadable or not analysable: never exported
    MatchSettings match;           // how strictly its faces were matched
    StageTimes times;
};

// A photo's pixels together with its analysis, while one worker handles it.
struct AnalysedPhoto {
    DecodedPhoto decoded;
    PhotoAnalysis analysis;
};

// Decodes photos, finds faces and recognises pupils, on any thread of a pool. Models are not
// thread-safe, so each thread gets its own face engine on first use and keeps it for the
// analyser's lifetime (models load once per worker, never per photo). No side effects.
class PhotoAnalyser {
public:
    PhotoAnalyser(ModelFiles models, std::vector<ReferenceDescriptor> gallery,
                  MatchSettings matchSettings, ImportSettings importSettings = {},
                  FaceEngineSettings engineSettings = {});
    ~PhotoAnalyser();
    PhotoAnalyser(const PhotoAnalyser &) = delete;
    PhotoAnalyser &operator=(const PhotoAnalyser &) = delete;

    const MatchSettings &matchSettings() const;
    // The enrolled references it matches against (pupils with face-recognition consent).
    const std::vector<ReferenceDescriptor> &gallery() const;
    const DetectorSettings &detectorSettings() const;

    // Loads the models on the calling thread, so a missing or broken model is reported once,
    // before a run starts, instead of as an error on every photo.
    Result<void> prepare();

    // Thread-safe. An error in decoding, detection or recognition is returned as such:
    // it never looks like "no faces". The decoded photo is first turned by `quarterTurns`
    // clockwise (the teacher's turn, PhotoReview::quarterTurns).
    Result<AnalysedPhoto> analyse(const QString &path, int quarterTurns = 0);

    // The same, with the faces of an earlier analysis (the teacher reviewed those): only
    // decodes (and turns as that analysis did), and fails when the file changed since
    // (another SHA-256).
    Result<AnalysedPhoto> reload(const PhotoAnalysis &earlier);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace bw
