#pragma once

#include <QFutureWatcher>
#include <QLabel>
#include <QStringList>

namespace bw {
class Registry;
}

namespace bw::gui {

struct ReferenceCandidate;

// Reference (passport-style) photos of one pupil, added by dropping files on it. Faces are
// found and described off the UI thread; a photo with no face or several faces is refused,
// and a blurry, tiny or old one is added with a warning, since it recognises the child worse.
class ReferenceDropArea : public QLabel {
    Q_OBJECT
public:
    ReferenceDropArea(Registry *registry, QWidget *parent = nullptr);
    ~ReferenceDropArea() override;

    void setPupil(qint64 pupilId);
    void addPhotos(const QStringList &paths);
    QStringList lastMessages() const { return m_messages; }

Q_SIGNALS:
    void referencesAdded();
    void processed(); // a dropped batch is done (added, refused or warned)

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onDescribed();
    void showIdle();

    Registry *m_registry;
    qint64 m_pupilId = 0;
    qint64 m_batchPupilId = 0;
    QFutureWatcher<QList<ReferenceCandidate>> *m_watcher;
    QStringList m_messages;
};

} // namespace bw::gui
