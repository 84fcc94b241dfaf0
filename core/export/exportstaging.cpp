#include "export/exportstaging.h"

#include "export/atomicwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

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

    QTemporaryDir folder(QDir(absolute).filePath(kFolderPrefix + QStringLiteral("XXXXXX")));
    if (!folder.isValid())
        return fail(ErrorCode::WriteFailed,
                    QStringLiteral("Cannot write into export folder %1: %2")
                        .arg(nativeFolder(absolute), folder.errorString()));
    auto impl = std::make_unique<Impl>();
    impl->destination = absolute;
    impl->path = folder.path();
    impl->lock = std::make_unique<QLockFile>(lockPathIn(impl->path));
    // Only a dead owner makes a staging folder stale, never its age: a long export of a
    // thousand photos must not be cleaned away under a second run's feet.
    impl->lock->setStaleLockTime(0);
    if (!impl->lock->tryLock(0))
        return fail(ErrorCode::WriteFailed,
                    QStringLiteral("Cannot write into export folder %1: cannot create the staging lock")
                        .arg(nativeFolder(absolute)));
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

Result<QMap<QString, QString>> ExportStaging::commit()
{
    if (!isActive())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("The export staging was already committed or discarded"));
    QMap<QString, QString> placed;
    const QFileInfoList files = QDir(m_impl->path).entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &file : files) {
        auto target = AtomicWriter::moveIntoFolder(file.absoluteFilePath(), m_impl->destination, file.fileName());
        if (!target)
            return std::unexpected(target.error());
        placed.insert(file.fileName(), *target);
    }
    discard();
    return placed;
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
