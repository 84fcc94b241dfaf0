#include "reviewkeeper.h"

#include "errortext.h"
#include "photolistmodel.h"
#include "screening/reviewrestore.h"
#include "storage/reviewstore.h"

#include <QCryptographicHash>
#include <QFile>

namespace bw::gui {

namespace {

// The photo's review as the analysis left it: only the turn, nothing decided in this session.
bool untouched(const PhotoEntry &entry)
{
    PhotoReview turnOnly;
    turnOnly.quarterTurns = entry.review.quarterTurns;
    return entry.review == turnOnly && entry.confirmedFaces.empty();
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

} // namespace

ReviewKeeper::ReviewKeeper(PhotoListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(m_model, &PhotoListModel::reviewChanged, this, &ReviewKeeper::keep);
    connect(m_model, &PhotoListModel::analysisArrived, this, &ReviewKeeper::restore);
}

ReviewKeeper::~ReviewKeeper() = default;

void ReviewKeeper::openStore(const QString &dataDir)
{
    m_written.clear();
    m_awaitingTurn.clear();
    Result<std::unique_ptr<ReviewStore>> opened = ReviewStore::open(dataDir);
    if (!opened) {
        m_store.reset();
        Q_EMIT problem(tr("Het beoordelingswerk wordt niet bewaard: %1").arg(ErrorText::describe(opened.error())));
        return;
    }
    m_store = std::move(*opened);
    if (m_store->damage())
        Q_EMIT problem(ErrorText::describe(*m_store->damage()));
}

void ReviewKeeper::applyRetention(int days, const QDateTime &now)
{
    if (!m_store)
        return;
    if (Result<int> forgotten = m_store->forgetSavedBefore(now.addDays(-days)); !forgotten)
        Q_EMIT problem(ErrorText::describe(forgotten.error()));
    else if (*forgotten > 0)
        m_written.clear();
}

void ReviewKeeper::keep(int row)
{
    if (!m_store || m_restoring)
        return;
    const PhotoEntry &entry = m_model->entry(row);
    const QByteArray &sha = entry.analysis.photo.sha256Hex;
    if (sha.isEmpty())
        return; // never analysed: nothing decided about its faces yet
    // Her own change wins over a kept review still waiting for its turn's analysis.
    m_awaitingTurn.remove(sha);
    const KeptReview kept = keptReviewOf(sha, entry.review, entry.analysis.faces, entry.confirmedFaces);
    if (const auto written = m_written.constFind(sha); written != m_written.constEnd() && written->sameDecisions(kept))
        return;
    if (Result<void> saved = m_store->keep(kept); !saved) {
        m_written.remove(sha);
        Q_EMIT problem(ErrorText::describe(saved.error()));
        return;
    }
    m_written.insert(sha, kept);
}

void ReviewKeeper::restore(int row)
{
    const PhotoEntry &entry = m_model->entry(row);
    const QByteArray sha = entry.analysis.photo.sha256Hex;
    if (!m_store || entry.analysis.error || sha.isEmpty())
        return;
    std::optional<KeptReview> kept;
    if (m_awaitingTurn.contains(sha))
        kept = m_awaitingTurn.take(sha);
    else if (untouched(entry) && !m_written.contains(sha))
        kept = keptReview(sha); // else this session's model holds newer work than the store
    if (!kept)
        return;
    if (kept->quarterTurns != entry.review.quarterTurns) {
        const QString path = entry.sourcePath;
        m_awaitingTurn.insert(sha, *kept);
        m_restoring = true;
        m_model->turnPhoto(row, kept->quarterTurns - entry.review.quarterTurns);
        m_restoring = false;
        Q_EMIT reanalysisNeeded(path, kept->quarterTurns);
        return;
    }
    const RestoredReview back = restoredReview(*kept, entry.analysis.faces);
    m_restoring = true;
    m_model->setReview(row, back.review);
    for (const int face : back.confirmedFaces)
        m_model->setConfirmed(row, face, true);
    m_restoring = false;
    m_written.insert(sha, *kept);
    keep(row); // what did not match is kept as it is now: hidden
    Q_EMIT restored(row, back.unmatched);
}

std::optional<KeptReview> ReviewKeeper::keptReview(const QByteArray &sha256Hex)
{
    Result<std::optional<KeptReview>> kept = m_store->review(sha256Hex);
    if (kept)
        return *kept;
    // An unreadable row is worth nothing: the photo starts unreviewed (every face judged
    // by the tool, fail-closed) and the row goes, so the message comes once.
    Q_EMIT problem(ErrorText::describe(kept.error()));
    (void)m_store->forget({sha256Hex});
    return std::nullopt;
}

Result<int> ReviewKeeper::forgetBatch()
{
    m_awaitingTurn.clear();
    m_written.clear();
    if (!m_store)
        return 0;
    QList<QByteArray> photos;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PhotoEntry &entry = m_model->entry(row);
        const QByteArray sha = entry.analysis.photo.sha256Hex.isEmpty() ? sha256OfFile(entry.sourcePath)
                                                                         : entry.analysis.photo.sha256Hex;
        if (!sha.isEmpty())
            photos << sha;
    }
    return m_store->forget(photos);
}

} // namespace bw::gui
