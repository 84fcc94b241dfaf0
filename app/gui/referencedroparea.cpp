#include "referencedroparea.h"

#include "droppedfiles.h"
#include "errortext.h"
#include "faces/faceengine.h"
#include "reason.h"
#include "faces/modellocator.h"
#include "enrolment/referenceimporter.h"
#include "storage/registry.h"

#include <QCoreApplication>
#include <QDate>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QtConcurrent/QtConcurrentRun>

namespace bw::gui {

namespace {

// Runs on a worker: one face engine for the whole dropped batch, never on the UI thread.
QList<ReferenceCheck> checkReferences(const QStringList &paths, const QString &applicationDir)
{
    QList<ReferenceCheck> checks;
    Result<ModelFiles> models = ModelLocator::locate(applicationDir);
    Result<std::unique_ptr<FaceEngine>> engine =
        models ? FaceEngine::create(*models) : Result<std::unique_ptr<FaceEngine>>(std::unexpected(models.error()));
    for (const QString &path : paths) {
        if (engine) {
            checks << checkReferencePhoto(**engine, path);
            continue;
        }
        ReferenceCheck check;
        check.file = path;
        check.problem = ReferenceProblem::Unreadable;
        check.error = engine.error();
        checks << check;
    }
    return checks;
}

QString problemText(const ReferenceCheck &check)
{
    switch (check.problem) {
    case ReferenceProblem::None:
    case ReferenceProblem::Unreadable:
        break;
    case ReferenceProblem::NoFace:
        return ReferenceDropArea::tr("geen gezicht gevonden");
    case ReferenceProblem::SeveralFaces:
        return ReferenceDropArea::tr("meer dan één gezicht: gebruik een foto van alleen deze leerling");
    case ReferenceProblem::NotRecognisable:
        return ReferenceDropArea::tr("het gezicht is te klein of te onscherp om te herkennen");
    case ReferenceProblem::NoConsent:
        return ReferenceDropArea::tr("geen toestemming voor gezichtsherkenning");
    }
    return check.error ? ErrorText::describe(*check.error) : ReferenceDropArea::tr("het gezicht kon niet worden beschreven");
}

} // namespace

ReferenceDropArea::ReferenceDropArea(Registry *registry, QWidget *parent)
    : QLabel(parent)
    , m_registry(registry)
    , m_watcher(new QFutureWatcher<QList<ReferenceCheck>>(this))
{
    setAcceptDrops(true);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMinimumHeight(90);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QLabel { border: 2px dashed palette(mid); border-radius: 6px; padding: 8px; }"));
    connect(m_watcher, &QFutureWatcher<QList<ReferenceCheck>>::finished, this, &ReferenceDropArea::onDescribed);
    showIdle();
}

ReferenceDropArea::~ReferenceDropArea()
{
    m_watcher->waitForFinished();
}

void ReferenceDropArea::setPupil(qint64 pupilId)
{
    m_pupilId = pupilId;
    setEnabled(pupilId != 0);
    if (!m_watcher->isRunning())
        showIdle();
}

void ReferenceDropArea::showIdle()
{
    int count = 0;
    if (m_registry != nullptr && m_pupilId != 0) {
        if (Result<std::vector<StoredReference>> references = m_registry->references().list()) {
            count = int(std::count_if(references->begin(), references->end(),
                                      [this](const StoredReference &r) { return r.pupilId == m_pupilId; }));
        }
    }
    QString text = tr("Sleep pasfoto's van deze leerling hierheen (%n opgeslagen).", nullptr, count);
    if (const QStringList messages = lastMessages(); !messages.isEmpty())
        text += QStringLiteral("\n") + messages.join(QStringLiteral("\n"));
    setText(text);
}

void ReferenceDropArea::addPhotos(const QStringList &paths)
{
    if (m_pupilId == 0 || paths.isEmpty() || m_watcher->isRunning())
        return;
    // Describing a face is biometric processing: without the pupil's face-recognition
    // consent the photos are not even opened (DOMAIN.md section 8).
    if (const QString refusal = recognitionRefusal(); !refusal.isEmpty()) {
        m_messages[m_pupilId] = QStringList{refusal};
        showIdle();
        Q_EMIT processed();
        return;
    }
    m_batchPupilId = m_pupilId;
    setText(tr("Pasfoto's bekijken…"));
    const QString applicationDir = QCoreApplication::applicationDirPath();
    m_watcher->setFuture(QtConcurrent::run([paths, applicationDir] {
        return checkReferences(paths, applicationDir);
    }));
}

QString ReferenceDropArea::recognitionRefusal() const
{
    const Result<ConsentDecision> consent = m_registry->recognitionConsent(m_pupilId, QDate::currentDate());
    if (!consent)
        return tr("Niet toegevoegd: %1").arg(ErrorText::describe(consent.error()));
    if (consent->allowed)
        return {};
    const Result<Pupil> pupil = m_registry->pupil(m_pupilId);
    return tr("Niet toegevoegd: voor %1 is geen toestemming voor gezichtsherkenning vastgelegd (%2). "
              "Zonder die toestemming bewaart Beeldwacht geen pasfoto's of gezichtskenmerken van deze "
              "leerling. Leg eerst een 'ja' vast voor de vraag gezichtsherkenning.")
        .arg(pupil ? pupil->name : QString(), reasonText(consent->reason));
}

void ReferenceDropArea::onDescribed()
{
    QStringList &messages = m_messages[m_batchPupilId];
    messages.clear();
    bool added = false;
    ReferenceImporter importer(*m_registry);
    for (const ReferenceCheck &check : m_watcher->result()) {
        const QString name = QFileInfo(check.file).fileName();
        if (!check.usable()) {
            messages << tr("%1 niet toegevoegd: %2").arg(name, problemText(check));
            continue;
        }
        Result<ReferenceResult> stored = importer.store(m_batchPupilId, check);
        if (!stored) {
            messages << tr("%1 niet toegevoegd: %2").arg(name, ErrorText::describe(stored.error()));
            continue;
        }
        if (stored->check.problem == ReferenceProblem::NoConsent) {
            // The consent was withdrawn while the photos were being looked at.
            messages << tr("%1 niet toegevoegd: geen toestemming voor gezichtsherkenning").arg(name);
            continue;
        }
        if (stored->alreadyKnown) {
            messages << tr("%1 was al opgeslagen.").arg(name);
            continue;
        }
        added = true;
        messages << (check.outdated
                           ? tr("%1 toegevoegd, maar let op: %2").arg(name, tr("de foto is ouder dan een jaar of heeft geen datum"))
                           : tr("%1 toegevoegd.").arg(name));
    }
    showIdle();
    if (added)
        Q_EMIT referencesAdded();
    Q_EMIT processed();
}

void ReferenceDropArea::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_pupilId != 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ReferenceDropArea::dropEvent(QDropEvent *event)
{
    addPhotos(DroppedFiles::take(event));
}

} // namespace bw::gui
