#include "export/atomicwriter.h"

#include "export/exportnaming.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace bw {

namespace {

QString nativeFolder(const QString &folder)
{
    return QDir::toNativeSeparators(QDir(folder).absolutePath());
}

// 0 on success, otherwise the errno of the failure; EEXIST when `to` already exists.
int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#ifdef Q_OS_LINUX
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
#ifdef Q_OS_UNIX
    // Some file systems lack renameat2; a hard link also fails when the target exists.
    if (::link(source.constData(), target.constData()) != 0)
        return errno;
    ::unlink(source.constData());
    return 0;
#else
    // Elsewhere QFile::rename refuses an existing target (MoveFileEx without replace).
    if (QFile::rename(from, to))
        return 0;
    return QFileInfo::exists(to) ? EEXIST : EIO;
#endif
}

// Makes the new directory entry survive a power cut; failure here loses no data.
void syncFolder([[maybe_unused]] const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

// Forces the data out of the page cache: a full disk can surface only here. 0 or errno.
int syncFile([[maybe_unused]] QFile &file)
{
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return errno;
#endif
    return 0;
}

// Temporary files are private (0600); an exported photo is meant to be shared.
void makeReadableForAll([[maybe_unused]] QFile &file)
{
#ifdef Q_OS_UNIX
    ::fchmod(file.handle(), 0644);
#endif
}

// True when `existing` is a regular file with exactly the bytes of `candidate`.
bool sameContent(const QString &existing, const QString &candidate)
{
    const QFileInfo info(existing);
    if (info.isSymLink() || !info.isFile() || info.size() != QFileInfo(candidate).size())
        return false;
    QFile a(existing);
    QFile b(candidate);
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly))
        return false;
    while (!a.atEnd()) {
        if (a.read(1 << 16) != b.read(1 << 16))
            return false;
    }
    return b.atEnd();
}

enum class Identical { Duplicate, Reuse };

Result<QString> moveIntoPlace(const QString &source, const QString &folder,
                              const QString &preferredName, Identical identical)
{
    QString name = preferredName;
    for (;;) {
        const QString target = QDir(folder).filePath(name);
        const int error = renameNoReplace(source, target);
        if (error == 0) {
            syncFolder(folder);
            return target;
        }
        if (error != EEXIST)
            return fail(ErrorCode::WriteFailed, MessageId::ExportFileUnwritable, name, nativeFolder(folder),
                        AtomicWriter::errorText(error));
        if (identical == Identical::Reuse && sameContent(target, source)) {
            QFile::remove(source);
            return target;
        }
        name = ExportNaming::nextFreeName(name, {folder});
    }
}

} // namespace

QString AtomicWriter::errorText(int error)
{
#ifdef EDQUOT
    if (error == EDQUOT)
        return QStringLiteral("the disk quota is used up");
#endif
    if (error == ENOSPC)
        return QStringLiteral("the disk is full");
    if (error == EROFS)
        return QStringLiteral("the folder is on a read-only disk");
    if (error == EACCES || error == EPERM)
        return QStringLiteral("permission denied (the folder is read-only for this user)");
    return QString::fromLocal8Bit(std::strerror(error));
}

Result<void> AtomicWriter::checkFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (folder.isEmpty() || !info.exists())
        return fail(ErrorCode::WriteFailed, MessageId::ExportFolderMissing, nativeFolder(folder));
    if (!info.isDir())
        return fail(ErrorCode::WriteFailed, MessageId::ExportFolderNotAFolder, nativeFolder(folder));
    return {};
}

Result<QString> AtomicWriter::writeNewFile(const QString &folder, const QString &preferredName,
                                           const QByteArray &bytes)
{
    if (auto ok = checkFolder(folder); !ok)
        return std::unexpected(ok.error());

    QTemporaryFile temporary(QDir(folder).filePath(QStringLiteral(".beeldwacht-XXXXXX.part")));
    errno = 0;
    if (!temporary.open()) {
        const int error = errno;
        return fail(ErrorCode::WriteFailed, MessageId::ExportFolderUnwritable, nativeFolder(folder),
                    error != 0 ? AtomicWriter::errorText(error) : temporary.errorString());
    }
    makeReadableForAll(temporary);
    const auto writeFailed = [&](int error) {
        return fail(ErrorCode::WriteFailed, MessageId::ExportFileUnwritable, preferredName, nativeFolder(folder),
                    AtomicWriter::errorText(error));
    };
    errno = 0;
    if (temporary.write(bytes) != bytes.size() || !temporary.flush())
        return writeFailed(errno != 0 ? errno : EIO);
    if (const int error = syncFile(temporary); error != 0)
        return writeFailed(error);
    temporary.close();

    auto placed = moveIntoPlace(temporary.fileName(), folder, preferredName, Identical::Duplicate);
    if (placed)
        temporary.setAutoRemove(false);
    return placed;
}

Result<QString> AtomicWriter::moveIntoFolder(const QString &sourcePath, const QString &folder,
                                             const QString &preferredName)
{
    if (auto ok = checkFolder(folder); !ok)
        return std::unexpected(ok.error());
    // A run killed while it committed left some final files; the re-run stages the very
    // same bytes (the export is deterministic) and must not publish them a second time
    // under new numbers.
    return moveIntoPlace(sourcePath, folder, preferredName, Identical::Reuse);
}

} // namespace bw
