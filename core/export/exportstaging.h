#pragma once

#include "error.h"

#include <QMap>
#include <QString>

#include <memory>

namespace bw {

// A hidden folder inside the export destination that a run writes into; only a finished
// run moves its files into place. A cancelled run discards the folder, and the folder of
// a run that was killed is removed by the next run (its lock names a dead process), so a
// half-finished run never looks like output.
class ExportStaging {
public:
    // Names of staging folders start with this; they are hidden on every platform we know.
    static const QString kFolderPrefix;

    // Creates a staging folder in `destination` after removing leftovers of killed runs.
    // Fails (WriteFailed, naming the folder) when the destination is missing or read-only.
    static Result<ExportStaging> begin(const QString &destination);

    // Removes staging folders of runs that no longer live; returns how many. A folder of
    // a run still going (in this or another process on this machine) is left alone.
    static int removeLeftovers(const QString &destination);

    ExportStaging(ExportStaging &&other) noexcept;
    ExportStaging &operator=(ExportStaging &&other) noexcept;
    ExportStaging(const ExportStaging &) = delete;
    ExportStaging &operator=(const ExportStaging &) = delete;
    // Discards whatever was not committed.
    ~ExportStaging();

    QString path() const;
    QString destination() const;
    bool isActive() const;           // neither committed nor discarded yet

    // Moves every staged file into the destination, never over an existing file (a name
    // taken meanwhile gets the next free number), then removes the staging folder.
    // Returns staged file name -> final path. On an error the files not yet moved stay
    // staged (and are discarded with the staging), the error names the folder.
    Result<QMap<QString, QString>> commit();

    // Removes the staging folder and everything in it.
    void discard();

private:
    struct Impl;
    explicit ExportStaging(std::unique_ptr<Impl> impl);

    std::unique_ptr<Impl> m_impl;
};

} // namespace bw
