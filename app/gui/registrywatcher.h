#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace bw {
class Registry;
}

namespace bw::gui {

// Notices when another program (the CLI, a second window) changed the registry: new
// reference photos, consent statements, pupils. It watches the registry's files and is asked
// again whenever the window gets the focus back; SQLite's data version tells a change by
// someone else from the window's own writes.
class RegistryWatcher : public QObject {
    Q_OBJECT
public:
    explicit RegistryWatcher(QObject *parent = nullptr);

    // Starts watching `registry` (nullptr: stops).
    void watch(Registry *registry);

public Q_SLOTS:
    // Emits changedElsewhere() when someone else committed since the last check.
    void check();

Q_SIGNALS:
    void changedElsewhere();

private:
    void watchFiles();

    Registry *m_registry = nullptr;
    qint64 m_seen = -1;
    QFileSystemWatcher m_files;
    QTimer m_settle; // one check for a burst of file events
};

} // namespace bw::gui
