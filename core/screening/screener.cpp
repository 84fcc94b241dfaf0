#include "screener.h"

#include "batchrematch.h"
#include "exportrecords.h"
#include "export/exportnaming.h"
#include "export/exportstaging.h"
#include "export/photoexporter.h"
#include "exportedimage.h"
#include "screeningsettings.h"
#include "storage/registry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace bw {

namespace {

const QSet<QString> kPhotoExtensions = {
    QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("webp"),
    QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp"), QStringLiteral("heic"),
    QStringLiteral("heif"),
};

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

ScreenedPhoto failedPhoto(const QString &source, const Error &error, Reason reason)
{
    ScreenedPhoto failed;
    failed.displaySource = source;
    failed.photo.sourcePath = source;
    failed.error = error;
    failed.verdict.status = PhotoStatus::Excluded;
    failed.verdict.reasons << reason;
    return failed;
}

// A photo that could not be read is a read error; one that could not be analysed an
// analysis error: never exported either way.
ScreenedPhoto failedAnalysis(const QString &source, const Error &error)
{
    const ErrorCode code = error.code;
    const bool unreadable = code != ErrorCode::DetectionFailed && code != ErrorCode::RecognitionFailed
                            && code != ErrorCode::ModelMissing && code != ErrorCode::ModelInvalid;
    return failedPhoto(source, error, unreadable ? Reason::ReadError : Reason::AnalysisError);
}

// The audit log records that an export happened and what it was based on; which pupils
// are visible on which photo is in the report, which stays with the school.
QJsonObject exportAuditDetails(const ScreeningJob &job, const ScreeningOutcome &outcome)
{
    QJsonArray hashes;
    for (const ScreenedPhoto &photo : outcome.report.photos) {
        if (!photo.stagedFile.isEmpty())
            hashes.append(QString::fromLatin1(photo.photo.sha256Hex));
    }
    return QJsonObject{
        {QStringLiteral("channel"), job.consent.channel.id},
        {QStringLiteral("photos"), int(outcome.report.photos.size())},
        {QStringLiteral("exported"), outcome.exported},
        {QStringLiteral("excluded"), outcome.excluded},
        {QStringLiteral("needs_review"), outcome.needsReview},
        {QStringLiteral("hidden_faces"), outcome.hiddenFaces},
        {QStringLiteral("hidden_possible_faces"), outcome.hiddenPossibleFaces},
        {QStringLiteral("report"), QFileInfo(job.reportPath).absoluteFilePath()},
        {QStringLiteral("exported_sha256"), hashes},
    };
}

} // namespace

void ScreeningOutcome::tally()
{
    exported = needsReview = excluded = hiddenFaces = hiddenPossibleFaces = 0;
    times = {};
    for (const ScreenedPhoto &photo : report.photos) {
        times += photo.times;
        hiddenFaces += photo.verdict.hiddenFacesInExport();
        if (photo.verdict.status == PhotoStatus::Exported)
            hiddenPossibleFaces += photo.verdict.hiddenPossibleFaceCount();
        switch (photo.verdict.status) {
        case PhotoStatus::Exported: ++exported; break;
        case PhotoStatus::NeedsReview: ++needsReview; break;
        case PhotoStatus::Excluded: ++excluded; break;
        }
    }
}

struct Screener::Impl {
    PhotoAnalyser &analyser;
    ScreeningJob job;
    std::optional<ExportStaging> staging;
    QList<int> indices;   // what the pool maps over; lives as long as the run
    QFuture<ScreenedPhoto> future;
    std::vector<PhotoAnalysis> analyses;   // by index, for the same-day references
};

Screener::Screener(PhotoAnalyser &analyser, ScreeningJob job)
    : m_impl(std::make_unique<Impl>(Impl{analyser, std::move(job), std::nullopt, {}, {}, {}}))
{
    for (int i = 0; i < m_impl->job.sources.size(); ++i)
        m_impl->indices << i;
    m_impl->analyses.resize(std::size_t(m_impl->job.sources.size()));
}

Screener::~Screener()
{
    // The workers use this object: a run still going is cancelled and waited for (photos
    // already started finish; their staged files go with the staging folder).
    if (m_impl->future.isRunning()) {
        m_impl->future.cancel();
        m_impl->future.waitForFinished();
    }
}

Result<void> Screener::begin()
{
    const QString outputDir = m_impl->job.outputDir;
    if (!QDir().mkpath(outputDir))
        return fail(ErrorCode::WriteFailed, MessageId::ExportFolderUncreatable, outputDir);
    if (Result<void> location = checkReportLocation(m_impl->job.reportPath, outputDir); !location)
        return location;
    if (m_impl->analyser.matchSettings() != m_impl->job.match())
        return fail(ErrorCode::InvalidArgument, MessageId::AnalyserStrictnessMismatch,
                    strictnessName(m_impl->job.strictness));
    Result<ExportStaging> staging = ExportStaging::begin(outputDir);
    if (!staging)
        return std::unexpected(staging.error());
    m_impl->staging.emplace(std::move(*staging));
    return {};
}

QFuture<ScreenedPhoto> Screener::start(QThreadPool *pool)
{
    Q_ASSERT(m_impl->staging && m_impl->staging->isActive());
    m_impl->future = QtConcurrent::mapped(pool, m_impl->indices, [this](int index) { return screenOne(index); });
    return m_impl->future;
}

ScreenedPhoto Screener::screenOne(int index) const
{
    const ScreeningJob &job = m_impl->job;
    const QString &source = job.sources[index];
    const PhotoReview review = reviewOf(source);
    // The faces the teacher reviewed are reused when they were matched as strictly as this
    // job asks and found in the photo as the teacher turned it; otherwise (another
    // strictness, e.g. an extern channel, or a new turn) the photo is analysed again:
    // detection gives the same faces, so the review still refers to the right ones.
    const auto earlier = job.analyses.find(source);
    const bool reuse = earlier != job.analyses.end() && earlier->second.match == job.match()
                       && earlier->second.photo.quarterTurns == review.quarterTurns;
    Result<AnalysedPhoto> analysed = reuse ? m_impl->analyser.reload(earlier->second)
                                           : m_impl->analyser.analyse(source, review.quarterTurns);
    if (!analysed)
        return failedAnalysis(source, analysed.error());
    // Kept (descriptors included, in memory only) for the same-day references in finish();
    // each worker writes its own element.
    m_impl->analyses[std::size_t(index)] = analysed->analysis;
    return decideAndStage(index, *analysed);
}

ScreenedPhoto Screener::decideAndStage(int index, const AnalysedPhoto &analysed) const
{
    const ScreeningJob &job = m_impl->job;
    const QString &source = job.sources[index];
    ScreenedPhoto screened;
    screened.displaySource = source;
    screened.photo = analysed.decoded.photo;
    screened.times = analysed.analysis.times;
    screened.verdict = decideAnalysedPhoto(analysed.decoded.photo, analysed.analysis.faces, job.consent,
                                           reviewOf(source));
    if (screened.verdict.status == PhotoStatus::Exported)
        redactAndStage(screened, analysed.decoded.image, index);
    return screened;
}

PhotoReview Screener::reviewOf(const QString &source) const
{
    const auto reviewed = m_impl->job.reviews.find(source);
    return reviewed == m_impl->job.reviews.end() ? PhotoReview{} : reviewed->second;
}

void Screener::applySameDayReferences(std::vector<ScreenedPhoto> &photos) const
{
    const ScreeningJob &job = m_impl->job;
    if (!job.batchReferences)
        return;
    std::vector<PhotoReview> reviews;
    for (const QString &source : job.sources)
        reviews.push_back(reviewOf(source));
    const std::vector<std::size_t> changed = rematchBatch(m_impl->analyses, reviews, m_impl->analyser.gallery(),
                                                          job.match());
    // Only photos whose matches changed are decided again: decoded once more (no detection)
    // and staged anew; what was staged for them before goes.
    for (const std::size_t index : changed) {
        ScreenedPhoto &photo = photos[index];
        if (!photo.stagedFile.isEmpty())
            QFile::remove(photo.stagedFile);
        const StageTimes times = photo.times;
        Result<AnalysedPhoto> reloaded = m_impl->analyser.reload(m_impl->analyses[index]);
        if (!reloaded) {
            photo = failedAnalysis(job.sources[int(index)], reloaded.error());
            continue;
        }
        const double decode = reloaded->analysis.times.decode;
        reloaded->analysis.times = times;
        reloaded->analysis.times.decode += decode;
        photo = decideAndStage(int(index), *reloaded);
    }
}

void Screener::redactAndStage(ScreenedPhoto &screened, const cv::Mat &image, int index) const
{
    const ScreeningJob &job = m_impl->job;
    QElapsedTimer clock;
    clock.start();
    // Hidden is the default: every face that is not explicitly visible is redacted (the
    // review's preview takes its pixels from the same function).
    const cv::Mat redacted = redactedForExport(image, screened.verdict, job.redaction);
    screened.times.redact = elapsedMs(clock);

    clock.restart();
    Result<QString> staged = PhotoExporter(job.consent.channel.profile).stage(redacted, *m_impl->staging, index);
    screened.times.encode = elapsedMs(clock);
    if (!staged) {
        screened.error = staged.error();
        screened.verdict.status = PhotoStatus::Excluded;
        screened.verdict.reasons << Reason::WriteError;
        return;
    }
    screened.stagedFile = *staged;
}

Result<ScreeningOutcome> Screener::finish(QFuture<ScreenedPhoto> future, Registry *registry)
{
    future.waitForFinished();
    ExportStaging &staging = *m_impl->staging;
    if (future.isCanceled()) {
        staging.discard();
        return fail(ErrorCode::Cancelled, MessageId::ExportCancelled);
    }
    const ScreeningJob &job = m_impl->job;
    ScreeningOutcome outcome;
    outcome.report.channel = job.consent.channel;
    outcome.report.consentMoment = job.consent.moment;
    outcome.report.settings = screeningSettingsJson(job, m_impl->analyser.detectorSettings());
    outcome.report.recognitionConsent = job.consent.recognitionInForce();
    const QList<ScreenedPhoto> results = future.results();
    outcome.report.photos.assign(results.begin(), results.end());
    applySameDayReferences(outcome.report.photos);

    // A photo that could not be written means the destination is unusable (full, read-only):
    // the run fails as a whole rather than publishing an incomplete set.
    for (const ScreenedPhoto &photo : outcome.report.photos) {
        if (photo.error && photo.error->code == ErrorCode::WriteFailed) {
            staging.discard();
            return failWith(*photo.error, ErrorCode::WriteFailed, MessageId::NothingExported, job.outputDir);
        }
    }
    outcome.tally();

    // The audit record comes before any photo is published: when another program holds
    // the registry (busy), the run fails with nothing exported, rather than publishing
    // photos and then failing without a record of it.
    if (Result<void> logged = recordAudit(outcome, registry); !logged) {
        staging.discard();
        return std::unexpected(logged.error());
    }
    if (Result<void> published = publish(outcome.report); !published)
        return std::unexpected(published.error());

    outcome.report.generatedAt = QDateTime::currentDateTimeUtc();
    // The report is written even when the history could not be: the photos are out.
    const Result<void> recorded = recordHistory(outcome.report, registry);
    Result<ReportFiles> written = writeReport(outcome.report, job.reportPath, job.outputDir, job.reportLanguage);
    if (!written)
        return std::unexpected(written.error());
    outcome.reportFiles = *written;
    if (!recorded)
        return std::unexpected(recorded.error());
    return outcome;
}

Result<void> Screener::recordAudit(ScreeningOutcome &outcome, Registry *registry) const
{
    outcome.report.madeBy = AuditLog::currentUser();
    if (registry == nullptr)
        return {};
    // Checked before every export: a broken chain does not stop the export, it is recorded
    // (once) and named in this report.
    Result<AuditVerification> checked = registry->checkAudit();
    if (!checked)
        return std::unexpected(checked.error());
    if (Result<void> logged = registry->appendAudit(QStringLiteral("export"), exportAuditDetails(m_impl->job, outcome));
        !logged)
        return logged;
    outcome.report.audit = *checked;
    return {};
}

Result<void> Screener::recordHistory(ScreeningReport &report, Registry *registry) const
{
    if (registry == nullptr)
        return {};
    // The files are published and the report is due: a history that cannot be updated
    // must not look like success, or a parent's question would miss these photos (the
    // caller says so; the photos and the report are out).
    const std::vector<ExportRecord> records =
        exportRecordsOf(report, m_impl->job.reportPath, report.generatedAt);
    const Result<void> recorded = registry->recordExports(records, QDate::currentDate());
    // The chain's head after this export's entries, kept in the report beside the anchor:
    // removing entries later shows against it.
    if (const Result<AuditHead> head = registry->auditHead(); head && report.audit)
        report.audit->head = *head;
    if (!recorded)
        return std::unexpected(recorded.error());
    return {};
}

Result<void> Screener::publish(ScreeningReport &report)
{
    // Source order decides the numbers: the export's names follow the teacher's order.
    const QDate today = QDate::currentDate();
    std::vector<StagedFile> staged;
    std::vector<ScreenedPhoto *> photos;
    for (ScreenedPhoto &photo : report.photos) {
        if (photo.stagedFile.isEmpty())
            continue;
        staged.push_back({photo.stagedFile, ExportNaming::dateFor(photo.photo, today)});
        photos.push_back(&photo);
    }
    Result<std::vector<QString>> published =
        m_impl->staging->commit(staged, ExportNaming(m_impl->job.consent.channel.id));
    if (!published)
        return std::unexpected(published.error());
    for (std::size_t i = 0; i < photos.size(); ++i) {
        photos[i]->outputFile = QDir(m_impl->job.outputDir).filePath(QFileInfo((*published)[i]).fileName());
        photos[i]->stagedFile.clear();
    }
    return {};
}

Result<ScreeningOutcome> Screener::run(QThreadPool *pool, Registry *registry)
{
    if (Result<void> begun = begin(); !begun)
        return std::unexpected(begun.error());
    return finish(start(pool), registry);
}

QStringList Screener::collectPhotos(const QStringList &paths)
{
    QStringList photos;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            photos << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString relative = QDir(path).relativeFilePath(file);
            if (relative.startsWith(QLatin1Char('.')) || relative.contains(QStringLiteral("/.")))
                continue;
            if (kPhotoExtensions.contains(QFileInfo(file).suffix().toLower()))
                found << file;
        }
        found.sort();
        photos << found;
    }
    return photos;
}

} // namespace bw
