#include "exportpreview.h"

#include "channeltext.h"
#include "errortext.h"
#include "imageconversion.h"
#include "photoentry.h"
#include "screening/exportedimage.h"
#include "screening/screeningjob.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace bw::gui {

ExportPreview::ExportPreview(Inputs inputs, QWidget *parent) : QWidget(parent), m_in(std::move(inputs))
{
    setAutoFillBackground(true);
    connect(&m_watcher, &QFutureWatcher<Result<cv::Mat>>::finished, this, &ExportPreview::onFinished);
}

ExportPreview::~ExportPreview()
{
    m_watcher.waitForFinished();
}

void ExportPreview::show(const PhotoEntry &entry, const QString &channelId)
{
    Registry *registry = m_in.registry();
    std::shared_ptr<PhotoAnalyser> analyser = m_in.analyser();
    if (registry == nullptr || analyser == nullptr || !entry.analysed)
        return setMessage(tr("Nog geen voorbeeld: de foto wordt nog geanalyseerd."));
    if (entry.analysis.error)
        return setMessage(tr("Deze foto kon niet worden gelezen:\n%1").arg(ErrorText::describe(*entry.analysis.error)));
    if (entry.verdict.status != PhotoStatus::Exported) {
        QStringList reasons;
        for (Reason reason : entry.verdict.reasons)
            reasons << reasonText(reason);
        return setMessage(tr("Deze foto wordt voor dit kanaal niet geëxporteerd.\n%1").arg(reasons.join(QLatin1Char('\n'))));
    }
    // The export's own settings for this channel: its size and its way of hiding a face.
    Result<ScreeningJob> job = prepareScreeningJob(*registry, channelId, QDate::currentDate());
    if (!job)
        return setMessage(ErrorText::describe(job.error()));
    if (m_watcher.isRunning()) {
        const PhotoEntry later = entry;
        m_next = [this, later, channelId] { show(later, channelId); };
        return;
    }
    m_message = tr("Voorbeeld maken…");
    update();
    m_watcher.setFuture(QtConcurrent::run(
        [analyser, analysis = entry.analysis, verdict = entry.verdict, profile = job->consent.channel.profile,
         redaction = job->redaction]() -> Result<cv::Mat> {
            Result<AnalysedPhoto> photo = analyser->reload(analysis);
            if (!photo)
                return std::unexpected(photo.error());
            return exportedImage(photo->decoded.image, verdict, profile, redaction);
        }));
}

void ExportPreview::clear()
{
    m_next = nullptr;
    m_pixels.release();
    m_image = QImage();
    m_message.clear();
    update();
}

void ExportPreview::onFinished()
{
    if (m_next) {
        const std::function<void()> next = std::exchange(m_next, nullptr);
        next();
        return;
    }
    const Result<cv::Mat> pixels = m_watcher.result();
    if (!pixels)
        return setMessage(ErrorText::describe(pixels.error()));
    m_pixels = *pixels;
    m_image = documents::ImageConversion::toQImage(m_pixels);
    m_message.clear();
    update();
    Q_EMIT ready();
}

void ExportPreview::setMessage(const QString &message)
{
    m_pixels.release();
    m_image = QImage();
    m_message = message;
    update();
    Q_EMIT failed(message);
}

void ExportPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QSize shown = m_image.size().scaled(size(), Qt::KeepAspectRatio).boundedTo(m_image.size());
    const QRect target(QPoint((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
}

} // namespace bw::gui
