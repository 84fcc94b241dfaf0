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
    NoConsent,        // the pupil has no valid face-recognition consent: the photo is not read
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

// Stores checked reference photos of pupils in the registry. Enrolment is biometric
// processing (DOMAIN.md section 8): only a pupil with valid face-recognition consent is
// enrolled; for anyone else the photo is not even analysed and nothing is stored.
class ReferenceImporter {
public:
    explicit ReferenceImporter(Registry &registry);

    // Nothing when the pupil may be enrolled today; otherwise why not, naming `file`, the
    // pupil and the missing consent. Asked before the photo is analysed.
    Result<std::optional<Message>> consentRefusal(qint64 pupilId, const QString &file);

    // Stores a usable check (skipping a photo already stored for this pupil); a check with
    // a problem, or a pupil without the consent, is returned as not stored.
    Result<ReferenceResult> store(qint64 pupilId, const ReferenceCheck &check);

    // DIR/<pupil name>/<photos>. Every folder must name a pupil in the registry; otherwise
    // nothing is imported and the error lists the unknown names. The photos of a pupil
    // without recognition consent are refused unread (ReferenceProblem::NoConsent).
    Result<std::vector<ReferenceResult>> importFolder(FaceEngine &engine, const QString &dir);

private:
    Registry &m_registry;
};

} // namespace bw
