#pragma once

#include "error.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <memory>
#include <vector>

namespace bw {

class ExportNaming;

// A photo written into the staging folder, waiting for the commit.
struct StagedFile {
    QString path;
    QDate date;   // the date in its published name (ExportNaming::dateFor)
};

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

    // Writes the `index`-th photo of the run into the staging folder (any thread; the
    // index makes the name unique). Nothing appears in the destination yet.
    Result<QString> stage(int index, const QByteArray &bytes) const;

    // Publishes the staged files in the order given (the sources' order), each under
    // `naming`'s neutral name for its date, numbered from 1 per date; a name already
    // taken gets the next free number, never an overwrite, except that a file with
    // exactly the same bytes (committed by an earlier run that was killed) is reused
    // instead of published twice. Then removes the staging folder. Returns the final
    // paths in the same order. On an error everything not yet moved is discarded with
    // the staging and the error names the folder.
    Result<std::vector<QString>> commit(const std::vector<StagedFile> &files, const ExportNaming &naming);

    // Removes the staging folder and everything in it.
    void discard();

private:
    struct Impl;
    explicit ExportStaging(std::unique_ptr<Impl> impl);

    std::unique_ptr<Impl> m_impl;
};

} // namespace bw
