#include "export/exportstaging.h"

#include "export/atomicwriter.h"
#include "export/exportnaming.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

#include <cerrno>
#include <map>

namespace bw {

namespace {

constexpr auto kLockName = ".lock";

QString lockPathIn(const QString &stagingPath)
{
    return QDir(stagingPath).filePath(QLatin1String(kLockName));
}

QString nativeFolder(const QString &folder)
{
    return QDir::toNativeSeparators(QDir(folder).absolutePath());
}

} // namespace

const QString ExportStaging::kFolderPrefix = QStringLiteral(".beeldwacht-staging-");

struct ExportStaging::Impl {
    QString destination;
    QString path;
    std::unique_ptr<QLockFile> lock;
    bool active = true;
};

ExportStaging::ExportStaging(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

ExportStaging::ExportStaging(ExportStaging &&other) noexcept = default;
ExportStaging &ExportStaging::operator=(ExportStaging &&other) noexcept
{
    if (this != &other) {
        discard();
        m_impl = std::move(other.m_impl);
    }
    return *this;
}

ExportStaging::~ExportStaging()
{
    discard();
}

Result<ExportStaging> ExportStaging::begin(const QString &destination)
{
    if (auto ok = AtomicWriter::checkFolder(destination); !ok)
        return std::unexpected(ok.error());
    const QString absolute = QDir(destination).absolutePath();
    removeLeftovers(absolute);

    errno = 0;
    QTemporaryDir folder(QDir(absolute).filePath(kFolderPrefix + QStringLiteral("XXXXXX")));
    if (!folder.isValid()) {
        const int error = errno;
        return fail(ErrorCode::WriteFailed, MessageId::ExportFolderUnwritable, nativeFolder(absolute),
                    error != 0 ? AtomicWriter::errorText(error) : folder.errorString());
    }
    auto impl = std::make_unique<Impl>();
    impl->destination = absolute;
    impl->path = folder.path();
    impl->lock = std::make_unique<QLockFile>(lockPathIn(impl->path));
    // Only a dead owner makes a staging folder stale, never its age: a long export of a
    // thousand photos must not be cleaned away under a second run's feet.
    impl->lock->setStaleLockTime(0);
    if (!impl->lock->tryLock(0))
        return fail(ErrorCode::WriteFailed, MessageId::ExportStagingLockFailed, nativeFolder(absolute));
    folder.setAutoRemove(false);
    return ExportStaging(std::move(impl));
}

int ExportStaging::removeLeftovers(const QString &destination)
{
    int removed = 0;
    const QDir folder(destination);
    const QFileInfoList candidates = folder.entryInfoList(
        {kFolderPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &candidate : candidates) {
        QLockFile lock(lockPathIn(candidate.absoluteFilePath()));
        lock.setStaleLockTime(0);
        // tryLock succeeds for a folder without a lock (killed before it was taken) and,
        // after removing it, for a lock whose process is gone.
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        if (QDir(candidate.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

QString ExportStaging::path() const
{
    return m_impl ? m_impl->path : QString();
}

QString ExportStaging::destination() const
{
    return m_impl ? m_impl->destination : QString();
}

bool ExportStaging::isActive() const
{
    return m_impl && m_impl->active;
}

Result<QString> ExportStaging::stage(int index, const QByteArray &bytes) const
{
    if (!isActive())
        return fail(ErrorCode::InvalidArgument, MessageId::ExportStagingFinished);
    return AtomicWriter::writeNewFile(m_impl->path, QStringLiteral("%1.jpg").arg(index, 6, 10, QLatin1Char('0')),
                                      bytes);
}

Result<std::vector<QString>> ExportStaging::commit(const std::vector<StagedFile> &files,
                                                   const ExportNaming &naming)
{
    if (!isActive())
        return fail(ErrorCode::InvalidArgument, MessageId::ExportStagingFinished);
    std::vector<QString> published;
    std::map<QDate, int> nextNumber;
    for (const StagedFile &file : files) {
        int &number = nextNumber.try_emplace(file.date, 1).first->second;
        Result<QString> moved = AtomicWriter::moveIntoFolder(file.path, m_impl->destination,
                                                             naming.fileName(file.date, number++));
        if (!moved) {
            discard();
            return std::unexpected(moved.error());
        }
        published.push_back(*moved);
    }
    discard();
    return published;
}

void ExportStaging::discard()
{
    if (!isActive())
        return;
    m_impl->active = false;
    m_impl->lock->unlock();
    QDir(m_impl->path).removeRecursively();
}

} // namespace bw
