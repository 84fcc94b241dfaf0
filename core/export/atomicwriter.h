#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

namespace bw {

// Puts finished files into an export folder all at once and never over an existing file.
// QSaveFile is not enough here: its final rename silently replaces a file that appeared
// under the same name in the meantime, so the last step is a rename that refuses to
// replace (renameat2 RENAME_NOREPLACE, or link + unlink where that is unsupported).
class AtomicWriter {
public:
    // Writes `bytes` as a new file in `folder`, named `preferredName` or, when that is
    // taken, the next free number (ExportNaming). The data goes to a hidden temporary file
    // in the same folder first and is flushed to disk; on any failure that file is
    // removed, so nothing half-written is left behind.
    static Result<QString> writeNewFile(const QString &folder, const QString &preferredName,
                                        const QByteArray &bytes);

    // Moves a finished file (on the same file system) into `folder` under `preferredName`
    // or the next free number. Returns the final path. When one of those names already
    // holds exactly the same bytes (the same export, committed by an earlier run that was
    // killed), that file is the result and the source is removed: no duplicate appears.
    static Result<QString> moveIntoFolder(const QString &sourcePath, const QString &folder,
                                          const QString &preferredName);

    // Checks that `folder` exists and is a folder; the error names it.
    static Result<void> checkFolder(const QString &folder);

    // Words for a person for a failed write's errno ("the disk is full", ...).
    static QString errorText(int error);
};

} // namespace bw
