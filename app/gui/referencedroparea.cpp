#include "referencedroparea.h"

#include "referencecandidate.h"
#include "faces/faceengine.h"
#include "faces/facematcher.h"
#include "faces/modellocator.h"
#include "imaging/photoloader.h"
#include "storage/registry.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QtConcurrent/QtConcurrentRun>

namespace bw::gui {

namespace {

// Runs on a worker: one face engine for the whole dropped batch, never on the UI thread.
QList<ReferenceCandidate> describeReferences(const QStringList &paths, const QString &applicationDir)
{
    QList<ReferenceCandidate> candidates;
    Result<ModelFiles> models = ModelLocator::locate(applicationDir);
    Result<std::unique_ptr<FaceEngine>> engine =
        models ? FaceEngine::create(*models) : Result<std::unique_ptr<FaceEngine>>(std::unexpected(models.error()));
    const QualityFloor floor = fromStrictness(Strictness::Normal).qualityFloor;
    for (const QString &path : paths) {
        ReferenceCandidate candidate;
        candidate.path = path;
        if (!engine) {
            candidate.problem = engine.error().message;
            candidates << candidate;
            continue;
        }
        Result<DecodedPhoto> decoded = loadPhoto(path);
        if (!decoded) {
            candidate.problem = decoded.error().message;
            candidates << candidate;
            continue;
        }
        candidate.sha256Hex = decoded->photo.sha256Hex;
        candidate.photoDate = decoded->photo.captureTime.date();
        Result<std::vector<AnalysedFace>> faces = (*engine)->analyse(decoded->image);
        if (!faces) {
            candidate.problem = faces.error().message;
        } else if (faces->empty()) {
            candidate.problem = ReferenceDropArea::tr("geen gezicht gevonden");
        } else if (faces->size() > 1) {
            candidate.problem = ReferenceDropArea::tr("meer dan één gezicht: gebruik een foto van alleen deze leerling");
        } else if (!faces->front().descriptor) {
            candidate.problem = ReferenceDropArea::tr("het gezicht kon niet worden beschreven");
        } else {
            const AnalysedFace &face = faces->front();
            candidate.descriptor = face.descriptor;
            if (face.quality.widthPx < floor.minWidthPx)
                candidate.warnings << ReferenceDropArea::tr("het gezicht is erg klein");
            if (face.quality.sharpness < floor.minSharpness)
                candidate.warnings << ReferenceDropArea::tr("de foto is onscherp");
            if (isReferenceOutdated(candidate.photoDate, QDate::currentDate()))
                candidate.warnings << ReferenceDropArea::tr("de foto is ouder dan een jaar of heeft geen datum");
        }
        candidates << candidate;
    }
    return candidates;
}

} // namespace

ReferenceDropArea::ReferenceDropArea(Registry *registry, QWidget *parent)
    : QLabel(parent)
    , m_registry(registry)
    , m_watcher(new QFutureWatcher<QList<ReferenceCandidate>>(this))
{
    setAcceptDrops(true);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMinimumHeight(90);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QLabel { border: 2px dashed palette(mid); border-radius: 6px; padding: 8px; }"));
    connect(m_watcher, &QFutureWatcher<QList<ReferenceCandidate>>::finished, this, &ReferenceDropArea::onDescribed);
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
        if (Result<std::vector<ReferenceDescriptor>> references = m_registry->references()) {
            count = int(std::count_if(references->begin(), references->end(),
                                      [this](const ReferenceDescriptor &r) { return r.pupilId == m_pupilId; }));
        }
    }
    QString text = tr("Sleep pasfoto's van deze leerling hierheen (%n opgeslagen).", nullptr, count);
    if (!m_messages.isEmpty())
        text += QStringLiteral("\n") + m_messages.join(QStringLiteral("\n"));
    setText(text);
}

void ReferenceDropArea::addPhotos(const QStringList &paths)
{
    if (m_pupilId == 0 || paths.isEmpty() || m_watcher->isRunning())
        return;
    m_batchPupilId = m_pupilId;
    setText(tr("Pasfoto's bekijken…"));
    const QString applicationDir = QCoreApplication::applicationDirPath();
    m_watcher->setFuture(QtConcurrent::run([paths, applicationDir] {
        return describeReferences(paths, applicationDir);
    }));
}

void ReferenceDropArea::onDescribed()
{
    m_messages.clear();
    bool added = false;
    for (const ReferenceCandidate &candidate : m_watcher->result()) {
        const QString name = QFileInfo(candidate.path).fileName();
        if (!candidate.descriptor) {
            m_messages << tr("%1 niet toegevoegd: %2").arg(name, candidate.problem);
            continue;
        }
        Result<qint64> stored = m_registry->addReference(m_batchPupilId, *candidate.descriptor,
                                                         candidate.photoDate, candidate.sha256Hex, name);
        if (!stored) {
            m_messages << tr("%1 niet toegevoegd: %2").arg(name, stored.error().message);
            continue;
        }
        added = true;
        m_messages << (candidate.warnings.isEmpty()
                           ? tr("%1 toegevoegd.").arg(name)
                           : tr("%1 toegevoegd, maar let op: %2").arg(name, candidate.warnings.join(QStringLiteral(", "))));
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
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    event->acceptProposedAction();
    addPhotos(paths);
}

} // namespace bw::gui
