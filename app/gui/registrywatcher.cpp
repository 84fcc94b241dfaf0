#include "registrywatcher.h"

#include "storage/registry.h"

#include <QFileInfo>

namespace bw::gui {

namespace {

// A commit shows as writes to the file, its write-ahead log, or new files beside them.
constexpr int kSettleMs = 200;

} // namespace

RegistryWatcher::RegistryWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &RegistryWatcher::check);
    connect(&m_files, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_files, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchFiles(); // the log file may have been created or removed
        m_settle.start();
    });
}

void RegistryWatcher::watch(Registry *registry)
{
    m_registry = registry;
    if (!m_files.files().isEmpty())
        m_files.removePaths(m_files.files());
    if (!m_files.directories().isEmpty())
        m_files.removePaths(m_files.directories());
    m_seen = -1;
    if (m_registry == nullptr)
        return;
    if (Result<qint64> version = m_registry->externalChanges())
        m_seen = *version;
    m_files.addPath(QFileInfo(m_registry->filePath()).absolutePath());
    watchFiles();
}

void RegistryWatcher::watchFiles()
{
    if (m_registry == nullptr)
        return;
    const QString file = m_registry->filePath();
    for (const QString &path : {file, file + QStringLiteral("-wal")}) {
        if (QFileInfo::exists(path) && !m_files.files().contains(path))
            m_files.addPath(path);
    }
}

void RegistryWatcher::check()
{
    if (m_registry == nullptr)
        return;
    const Result<qint64> version = m_registry->externalChanges();
    // A registry that is busy right now is asked again at the next event or focus.
    if (!version || *version == m_seen)
        return;
    m_seen = *version;
    Q_EMIT changedElsewhere();
}

} // namespace bw::gui
