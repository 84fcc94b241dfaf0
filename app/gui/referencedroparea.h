#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QLabel>
#include <QStringList>

namespace bw {
class Registry;
struct ReferenceCheck;
}

namespace bw::gui {

// Reference (passport-style) photos of one pupil, added by dropping files on it. Faces are
// found and described off the UI thread (core's checkReferencePhoto, as `refs import` does);
// a photo with no face, several faces, or a face too small or blurred to trust is refused,
// and an old one is added with a warning, since it recognises the child worse. A pupil
// without face-recognition consent is refused before any photo is opened.
class ReferenceDropArea : public QLabel {
    Q_OBJECT
public:
    ReferenceDropArea(Registry *registry, QWidget *parent = nullptr);
    ~ReferenceDropArea() override;

    void setPupil(qint64 pupilId);
    void addPhotos(const QStringList &paths);
    // What happened to the photos of the pupil shown now (each pupil keeps their own).
    QStringList lastMessages() const { return m_messages.value(m_pupilId); }

Q_SIGNALS:
    void referencesAdded();
    void processed(); // a dropped batch is done (added, refused or warned)

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onDescribed();
    void showIdle();
    // Why the current pupil may not be enrolled, for the teacher; empty when they may.
    QString recognitionRefusal() const;

    Registry *m_registry;
    qint64 m_pupilId = 0;
    qint64 m_batchPupilId = 0;
    QFutureWatcher<QList<ReferenceCheck>> *m_watcher;
    QHash<qint64, QStringList> m_messages; // per pupil: the last batch's results
};

} // namespace bw::gui
