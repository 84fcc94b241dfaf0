#pragma once

#include "error.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bw {

class FaceEngine;
class Registry;

// What happened to one reference photo.
struct ReferenceResult {
    QString file;
    QString pupilName;
    bool stored = false;
    bool alreadyKnown = false;      // the same photo was imported before
    QStringList warnings;           // codes: "outdated"
    std::optional<Error> error;     // why it was not stored (no face, several faces, too small)
};

// Turns reference photos of pupils into descriptors in the registry. A reference must show
// exactly one recognisable face: a tiny, blurred or crowded photo would make recognition
// guess, so it is refused. Old photos are stored but flagged: children change fast.
class ReferenceImporter {
public:
    ReferenceImporter(FaceEngine &engine, Registry &registry, QDate today = QDate::currentDate());

    ReferenceResult importPhoto(qint64 pupilId, const QString &path);

    // DIR/<pupil name>/<photos>. Every folder must name a pupil in the registry; otherwise
    // nothing is imported and the error lists the unknown names.
    Result<std::vector<ReferenceResult>> importFolder(const QString &dir);

private:
    FaceEngine &m_engine;
    Registry &m_registry;
    QDate m_today;
};

} // namespace bw
