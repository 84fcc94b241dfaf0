#pragma once

#include "error.h"
#include "faces/facedescription.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bw {

class FaceEngine;
class Registry;

// Why a reference photo cannot be used.
enum class ReferenceProblem {
    None,
    Unreadable,       // decoding or analysis failed: `error` says why
    NoFace,
    SeveralFaces,     // a reference must show only this pupil
    NotRecognisable,  // too small or too blurred to trust its descriptor
};

// One reference photo after its face was checked and described; no registry involved, so
// it can run on a worker thread with that thread's engine.
struct ReferenceCheck {
    QString file;
    ReferenceProblem problem = ReferenceProblem::None;
    std::optional<Error> error;           // a message naming the file for every problem
    std::optional<FaceDescriptor> descriptor;
    FaceQuality quality;
    QByteArray sha256Hex;
    QDate photoDate;                      // capture date, else the file's date
    bool outdated = false;                // older than a year: children change fast

    bool usable() const { return problem == ReferenceProblem::None && descriptor.has_value(); }
};

// A reference must show exactly one face that the matcher would trust at its strictest
// level (its quality floor): a tiny, blurred or crowded photo would make recognition guess.
ReferenceCheck checkReferencePhoto(FaceEngine &engine, const QString &path,
                                   const QDate &today = QDate::currentDate());

// What happened to one reference photo.
struct ReferenceResult {
    ReferenceCheck check;
    QString pupilName;
    bool stored = false;
    bool alreadyKnown = false;            // the same photo was imported before
};

// Stores checked reference photos of pupils in the registry.
class ReferenceImporter {
public:
    explicit ReferenceImporter(Registry &registry);

    // Stores a usable check (skipping a photo already stored for this pupil); a check with
    // a problem is returned as not stored.
    Result<ReferenceResult> store(qint64 pupilId, const ReferenceCheck &check);

    // DIR/<pupil name>/<photos>. Every folder must name a pupil in the registry; otherwise
    // nothing is imported and the error lists the unknown names.
    Result<std::vector<ReferenceResult>> importFolder(FaceEngine &engine, const QString &dir);

private:
    Registry &m_registry;
};

} // namespace bw
