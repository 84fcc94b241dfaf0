#include "batchcontroller.h"

#include "analysiscontroller.h"
#include "photolistmodel.h"
#include "thumbnailloader.h"
#include "screening/screener.h"

#include <QFileInfo>

#include <algorithm>
#include <functional>

namespace bw::gui {

BatchController::BatchController(PhotoListModel *model, AnalysisController *analysis,
                                 ThumbnailLoader *thumbnails, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_analysis(analysis)
    , m_thumbnails(thumbnails)
{
    connect(m_analysis, &AnalysisController::photoAnalysed, this, &BatchController::onPhotoAnalysed);
    connect(m_thumbnails, &ThumbnailLoader::thumbnailReady, this, [this](const QString &path, const QImage &image) {
        const int row = m_model->rowOf(path);
        if (row >= 0)
            m_model->setThumbnail(row, image);
    });
}

QStringList BatchController::importPhotos(const QStringList &paths)
{
    if (m_held) {
        m_waiting << paths;
        Q_EMIT notice(tr("Tijdens het exporteren worden geen foto's toegevoegd: ze komen erbij zodra het "
                         "exportvenster dicht is."));
        return {};
    }
    const QStringList added = m_model->addPhotos(Screener::collectPhotos(paths));
    // Photos left over from a stopped analysis are picked up again by a new import.
    QList<AnalysisRequest> toAnalyse;
    for (const QString &path : added)
        toAnalyse.append({path, 0});
    if (!m_analysis->isRunning()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const PhotoEntry &entry = m_model->entry(row);
            if (!entry.analysed && !added.contains(entry.sourcePath))
                toAnalyse.append({entry.sourcePath, entry.review.quarterTurns});
        }
    }
    if (toAnalyse.isEmpty())
        return added;
    // Queued before the analysis, so the tiles fill first.
    m_thumbnails->load(added);
    if (!m_analysis->analyser()) {
        Q_EMIT problem(tr("De gezichtsmodellen ontbreken: de foto's kunnen niet worden gecontroleerd."));
        return added;
    }
    m_analysis->analyse(toAnalyse);
    if (!added.isEmpty())
        Q_EMIT photosAdded(added);
    return added;
}

void BatchController::holdImports(bool hold)
{
    m_held = hold;
    if (!hold && !m_waiting.isEmpty())
        importPhotos(std::exchange(m_waiting, {}));
}

void BatchController::removePhotos(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows))
        m_model->removeRows(row, 1);
    if (!rows.isEmpty())
        Q_EMIT notice(tr("%n foto('s) uit de reeks gehaald; de bestanden zelf blijven staan.", nullptr,
                         int(rows.size())));
}

void BatchController::reanalyseUnreviewed()
{
    QList<AnalysisRequest> requests;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PhotoEntry &entry = m_model->entry(row);
        // A photo only turned by the teacher has no face decisions yet.
        PhotoReview turnedOnly;
        turnedOnly.quarterTurns = entry.review.quarterTurns;
        if (entry.analysed && entry.review == turnedOnly && entry.confirmedFaces.empty())
            requests.append({entry.sourcePath, entry.review.quarterTurns});
    }
    m_analysis->analyse(requests);
}

void BatchController::onPhotoAnalysed(const AnalysedEntry &entry)
{
    const int row = m_model->rowOf(entry.path);
    if (row < 0)
        return; // taken out of the batch meanwhile
    if (!m_model->setAnalysis(row, entry.analysis))
        return; // the result of an earlier turn: the latest turn's analysis is still to come
    // The same photo under another name (a copy, or the same file from another folder) is in
    // the batch once: the later one goes.
    if (const int same = m_model->rowWithSameContent(row); same >= 0) {
        const int later = std::max(row, same);
        const QString dropped = QFileInfo(m_model->entry(later).sourcePath).fileName();
        const QString kept = QFileInfo(m_model->entry(std::min(row, same)).sourcePath).fileName();
        m_model->removeRows(later, 1);
        Q_EMIT notice(tr("%1 is dezelfde foto als %2 en staat er maar één keer in.").arg(dropped, kept));
        return;
    }
    // The analysed pixels make the thumbnail that matches the faces, also once turned.
    if (!entry.thumbnail.isNull())
        m_model->setThumbnail(row, entry.thumbnail);
}

} // namespace bw::gui
