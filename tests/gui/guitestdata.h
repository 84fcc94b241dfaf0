#pragma once

#include "error.h"

#include <QString>

class QKeySequence;
class QWidget;

#include <utility>
#include <vector>

namespace bw {
class Registry;
}

namespace bw::gui {
class MainWindow;
}

namespace bw::test {

// A registry in `dataDir` with four pupils of one class and their consent (intern: Barack
// Obama and Michelle Robinson yes, Joe Biden no; klassenfoto: all yes) and, when
// `withReferences`, face-recognition consent for Barack Obama and Joe Biden and reference
// descriptors from the fetched obama.jpg and biden.jpg made with the real models.
Result<void> createSchoolRegistry(const QString &dataDir, bool withReferences);

// Records face-recognition consent for Barack Obama and Joe Biden and adds the reference
// descriptors of obama.jpg and biden.jpg.
Result<void> addReferencePhotos(const QString &dataDir);
// The same for other pupils and photos: (pupil name, fetched test image) pairs.
Result<void> addReferencePhotos(const QString &dataDir, const std::vector<std::pair<QString, QString>> &references);

// The look-alike batch of the faces-view tests, in `dir`: a school registry (data/) set to
// strict, with Barack Obama (obama2.jpg) and Joe Biden (biden.jpg) as references, and
// obama3.jpg mirrored (another look-alike at the same distance, a real face).
struct LookAlikeBatch {
    QString dataDir;
    QString mirroredPhoto;
    qint64 obamaId = 0;
};
Result<LookAlikeBatch> createLookAlikeBatch(const QString &dir);

// Types `key` as a teacher does: into whatever has the focus in `window`, once it is the
// active window (so that the menu bar's shortcuts see it). False when it never became active.
bool typeInWindow(QWidget &window, const QKeySequence &key);

// Exports the window's batch for its channel through the export dialog (its start button)
// into `out`, the report at `reportPath`. Returns why it failed (the dialog's result text),
// empty when it succeeded.
QString exportBatch(gui::MainWindow &window, const QString &out, const QString &reportPath);

// Records today's answer of a pupil's parent to one consent question, as typed in.
Result<void> recordAnswer(Registry &registry, const QString &pupil, const QString &category, bool granted);

} // namespace bw::test
