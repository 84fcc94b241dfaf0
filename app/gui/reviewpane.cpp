#include "reviewpane.h"

#include "assignpupildialog.h"
#include "errortext.h"
#include "exportpreview.h"
#include "facepanel.h"
#include "imageconversion.h"
#include "photolistmodel.h"
#include "readingorder.h"
#include "reviewactions.h"
#include "reviewview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bw::gui {

namespace {

// Large enough for a sharp photo on a big screen, small enough to keep a few in memory.
constexpr int kDisplayLongSide = 2048;
constexpr int kCachedImages = 6;
constexpr int kChooserFaceSize = 160;

// A photo as shown: the same file turned otherwise is another image.
QString displayKey(const PhotoEntry &entry)
{
    return entry.sourcePath + QLatin1Char('|') + QString::number(entry.review.quarterTurns);
}

// Faces are in the photo's own pixels (as turned); until its first analysis that size is
// unknown, and the boxes come with it.
QSize sourceSizeOf(const PhotoEntry &entry, const QImage &shown)
{
    const QSize size = entry.turnedSize();
    return size.isEmpty() ? shown.size() : size;
}

} // namespace

ReviewPane::ReviewPane(PhotoListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new ReviewView(this))
    , m_panel(new FacePanel(this))
    , m_actions(new ReviewActions(model, this))
{
    m_preview = new ExportPreview({[this] { return m_registry; },
                                   [this] { return m_analyser ? m_analyser() : std::shared_ptr<PhotoAnalyser>(); }},
                                  this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_preview);
    auto *photoColumn = new QVBoxLayout;
    photoColumn->setContentsMargins(0, 0, 0, 0);
    photoColumn->addWidget(createZoomBar());
    photoColumn->addWidget(m_stack, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(photoColumn, 1);
    layout->addWidget(m_panel);

    connect(m_actions, &ReviewActions::auditFailed, this, &ReviewPane::auditFailed);
    connect(m_view, &ReviewView::faceSelected, this, [this](int) { refresh(); });
    connect(m_view, &ReviewView::faceDrawn, this, &ReviewPane::addDrawnFace);
    connect(m_panel, &FacePanel::confirmRequested, this, &ReviewPane::confirmFace);
    connect(m_panel, &FacePanel::assignRequested, this, &ReviewPane::requestAssignment);
    connect(m_panel, &FacePanel::notAPupilRequested, this, &ReviewPane::markNotAPupil);
    connect(m_panel, &FacePanel::notAFaceRequested, this, &ReviewPane::dismissPossibleFace);
    connect(m_panel, &FacePanel::hideRequested, this, &ReviewPane::hideFace);
    connect(m_panel, &FacePanel::undoRequested, this, &ReviewPane::undoFace);
    connect(m_panel, &FacePanel::excludeToggled, this, &ReviewPane::setExcluded);
    connect(m_panel, &FacePanel::turnRequested, this, &ReviewPane::turnPhoto);
    connect(m_model, &PhotoListModel::entryChanged, this, [this](int row) {
        if (row == m_row)
            refresh();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRow(-1); });
    // The photo under review keeps its place when others are taken out before it; when it is
    // taken out itself, the grid's next current photo is shown.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        if (m_row > last)
            m_row -= last - first + 1;
        else if (m_row >= first)
            showRow(-1);
    });
    connect(&m_imageWatcher, &QFutureWatcher<std::pair<QString, QImage>>::finished, this,
            &ReviewPane::onImageReady);
    connect(m_view, &ReviewView::detailWanted, this, &ReviewPane::loadDetail);
    connect(&m_detailWatcher, &QFutureWatcher<std::pair<QString, QImage>>::finished, this, [this] {
        const auto [key, image] = m_detailWatcher.result();
        if (isImageLoaded() && key == m_loadedKey)
            m_view->setDetailedPhoto(image);
    });
}

ReviewPane::~ReviewPane()
{
    m_imageWatcher.waitForFinished();
    m_detailWatcher.waitForFinished();
}

QWidget *ReviewPane::createZoomBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *fit = new QToolButton(bar);
    fit->setText(tr("Passend"));
    fit->setToolTip(tr("De hele foto tonen (Ctrl+0)"));
    auto *actual = new QToolButton(bar);
    actual->setText(tr("100 %"));
    actual->setToolTip(tr("Ware grootte: één pixel van de foto per schermpixel (Ctrl+1)"));
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setToolTip(tr("Zoomen met het muiswiel; schuiven door te slepen met de rechter- of middelste muisknop"));
    row->addWidget(fit);
    row->addWidget(actual);
    row->addWidget(m_zoomLabel);
    row->addStretch(1);
    m_previewButton = new QToolButton(bar);
    m_previewButton->setText(tr("Voorbeeld"));
    m_previewButton->setCheckable(true);
    m_previewButton->setToolTip(tr("De foto zoals het gekozen kanaal hem exporteert: dezelfde grootte, "
                                   "verborgen gezichten onherkenbaar gemaakt (P)"));
    row->addWidget(m_previewButton);
    connect(m_previewButton, &QToolButton::toggled, this, &ReviewPane::setPreview);
    connect(fit, &QToolButton::clicked, m_view, &ReviewView::zoomToFit);
    connect(actual, &QToolButton::clicked, m_view, &ReviewView::zoomToActualSize);
    connect(m_view, &ReviewView::zoomChanged, m_zoomLabel, [this](double factor) {
        if (!m_view->hasPhoto())
            m_zoomLabel->clear();
        else
            m_zoomLabel->setText(m_view->isFitted() ? tr("passend (%1 %)").arg(qRound(factor * 100))
                                                    : tr("%1 %").arg(qRound(factor * 100)));
    });
    return bar;
}

void ReviewPane::loadDetail()
{
    if (!isImageLoaded() || m_detailWatcher.isRunning())
        return;
    const PhotoEntry &entry = m_model->entry(m_row);
    const QString path = entry.sourcePath;
    const int turns = entry.review.quarterTurns;
    const QString key = m_loadedKey;
    m_detailWatcher.setFuture(QtConcurrent::run([path, turns, key] {
        Result<QImage> image = documents::ImageConversion::loadForDisplay(path, 0, turns);
        return std::pair<QString, QImage>(key, image ? *image : QImage());
    }));
}

void ReviewPane::showRow(int row)
{
    if (row >= m_model->rowCount())
        row = -1;
    const bool samePhoto = row == m_row;
    m_row = row;
    if (!samePhoto)
        m_view->setSelectedFace(-1);
    if (row < 0) {
        m_loadedKey.clear();
        m_previewKey.clear();
        m_preview->clear();
        m_view->clear();
        m_panel->showFace(nullptr, -1);
        return;
    }
    if (!samePhoto)
        loadImage();
    refresh();
}

void ReviewPane::setRegistry(Registry *registry)
{
    m_registry = registry;
    m_actions->setRegistry(registry);
}

void ReviewPane::setChannelId(const QString &channelId)
{
    m_channelId = channelId;
    m_actions->setChannelId(channelId);
    updatePreview();
}

int ReviewPane::selectedFace() const
{
    return m_view->selectedFace();
}

void ReviewPane::selectFace(int faceIndex)
{
    m_view->setSelectedFace(faceIndex);
    refresh();
}

void ReviewPane::selectNextFace()
{
    if (m_row < 0)
        return;
    const std::vector<int> order = readingOrder(m_model->entry(m_row).verdict.faces);
    if (order.empty())
        return;
    const auto current = std::find(order.begin(), order.end(), selectedFace());
    selectFace(current == order.end() || current + 1 == order.end() ? order.front() : *(current + 1));
}

AssignPupilDialog *ReviewPane::openDialog() const
{
    return m_dialog.data();
}

bool ReviewPane::isImageLoaded() const
{
    return m_row >= 0 && m_loadedKey == displayKey(m_model->entry(m_row));
}

void ReviewPane::refresh()
{
    if (m_row < 0)
        return;
    const PhotoEntry &entry = m_model->entry(m_row);
    if (isUnreadable(entry))
        showReadError(entry);
    m_view->setFaces(entry.verdict.faces, entry.confirmedFaces);
    m_panel->showFace(&entry, m_view->selectedFace());
    updatePreview();
}

void ReviewPane::setPreview(bool on)
{
    const QSignalBlocker blocker(m_previewButton);
    m_previewButton->setChecked(on);
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_preview) : m_view);
    m_previewKey.clear();
    if (on)
        updatePreview();
    else
        m_preview->clear();
}

bool ReviewPane::isPreviewOn() const
{
    return m_stack->currentWidget() == m_preview;
}

// Made again only when what it shows changed: another photo, channel or verdict.
void ReviewPane::updatePreview()
{
    if (!isPreviewOn() || m_row < 0)
        return;
    const PhotoEntry &entry = m_model->entry(m_row);
    QString key = entry.sourcePath + QLatin1Char('|') + m_channelId + QLatin1Char('|')
                  + QString::number(entry.analysed) + QLatin1Char('|') + QString::number(entry.analysis.photo.quarterTurns)
                  + QLatin1Char('|') + photoStatusCode(entry.verdict.status);
    for (const ScreenedFace &face : entry.verdict.faces)
        key += face.decision.visible ? QLatin1Char('v') : QLatin1Char('h');
    if (key == m_previewKey)
        return;
    m_previewKey = key;
    m_preview->show(entry, m_channelId);
}

// A photo the analysis could not read is shown by its reason, never by what a lenient
// decoder makes of it (a truncated JPEG decodes to a photo with a grey end).
bool ReviewPane::isUnreadable(const PhotoEntry &entry)
{
    return entry.analysed && entry.analysis.error.has_value();
}

void ReviewPane::showReadError(const PhotoEntry &entry)
{
    const QString message =
        tr("Deze foto kon niet worden gelezen:\n%1").arg(ErrorText::describe(*entry.analysis.error));
    if (!m_view->hasPhoto() && m_view->message() == message)
        return;
    m_loadedKey.clear();
    m_view->setMessage(message);
    Q_EMIT imageFailed(m_row);
}

void ReviewPane::loadImage()
{
    const PhotoEntry &entry = m_model->entry(m_row);
    const QString key = displayKey(entry);
    m_loadedKey.clear();
    if (isUnreadable(entry))
        return; // refresh() shows why
    if (m_imageCache.contains(key)) {
        const QImage image = m_imageCache.value(key);
        m_view->setPhoto(image, sourceSizeOf(entry, image));
        m_loadedKey = key;
        Q_EMIT imageLoaded(m_row);
        return;
    }
    m_view->setMessage(tr("Foto laden…"));
    if (m_imageWatcher.isRunning())
        return; // onImageReady loads the photo that is current by then
    const QString path = entry.sourcePath;
    const int turns = entry.review.quarterTurns;
    m_imageWatcher.setFuture(QtConcurrent::run([path, turns, key] {
        Result<QImage> image = documents::ImageConversion::loadForDisplay(path, kDisplayLongSide, turns);
        return std::pair<QString, QImage>(key, image ? *image : QImage());
    }));
}

void ReviewPane::onImageReady()
{
    const auto [key, image] = m_imageWatcher.result();
    if (!image.isNull()) {
        m_imageCache.insert(key, image);
        m_cacheOrder.removeAll(key);
        m_cacheOrder << key;
        while (m_cacheOrder.size() > kCachedImages)
            m_imageCache.remove(m_cacheOrder.takeFirst());
    }
    if (m_row < 0)
        return;
    const PhotoEntry &entry = m_model->entry(m_row);
    if (displayKey(entry) != key) {
        loadImage();
        return;
    }
    if (isUnreadable(entry)) {
        refresh(); // the analysis found it unreadable while it loaded: it says why, in words
        return;
    }
    if (image.isNull()) {
        m_view->setMessage(tr("Deze foto kon niet worden getoond."));
        Q_EMIT imageFailed(m_row);
        return;
    }
    m_view->setPhoto(image, sourceSizeOf(entry, image));
    m_loadedKey = key;
    refresh();
    Q_EMIT imageLoaded(m_row);
}

void ReviewPane::confirmFace()
{
    const int face = selectedFace();
    if (m_row < 0 || face < 0 || face >= int(m_model->entry(m_row).analysis.faces.size()))
        return;
    if (m_actions->confirm(m_row, face))
        selectNextFace();
    else
        requestAssignment();
}

void ReviewPane::requestAssignment()
{
    const int face = selectedFace();
    if (m_row < 0 || face < 0 || face >= int(m_model->entry(m_row).analysis.faces.size()))
        return;
    const ScreenedFace &screened = m_model->entry(m_row).verdict.faces[std::size_t(face)];
    std::optional<qint64> suggested = screened.pupilId;
    if (!suggested)
        suggested = screened.match.nearestPupilId;
    delete m_dialog;
    m_dialog = new AssignPupilDialog(m_model->consent(), suggested, this);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setFaceImage(m_view->faceImage(face, kChooserFaceSize));
    m_dialog->setReason(m_lastReason);
    const int row = m_row;
    connect(m_dialog, &QDialog::accepted, this, [this, row, face] {
        m_lastReason = m_dialog->reason();
        if (m_dialog->pupilId() && row == m_row)
            assignPupil(face, *m_dialog->pupilId(), m_dialog->reason());
    });
    connect(m_dialog, &QDialog::finished, m_dialog, &QObject::deleteLater);
    // Beside the face, never over it: the teacher looks at the face while choosing.
    m_dialog->resize(m_dialog->size().expandedTo(m_dialog->sizeHint()));
    const QScreen *screen = m_view->screen();
    const QRect available = screen != nullptr ? screen->availableGeometry() : QRect();
    if (!available.isEmpty())
        m_dialog->move(AssignPupilDialog::positionBeside(m_view->faceRectOnScreen(face),
                                                         m_dialog->frameGeometry().size(), available));
    m_dialog->open();
}

bool ReviewPane::assignPupil(int faceIndex, qint64 pupilId, const QString &reason)
{
    return m_actions->assignPupil(m_row, faceIndex, pupilId, reason);
}

void ReviewPane::dismissPossibleFace()
{
    if (m_actions->dismissPossibleFace(m_row, selectedFace()))
        selectNextFace();
}

void ReviewPane::markNotAPupil()
{
    m_actions->markNotAPupil(m_row, selectedFace());
}

void ReviewPane::hideFace()
{
    if (m_actions->hide(m_row, selectedFace()))
        selectNextFace();
}

void ReviewPane::undoFace()
{
    const int face = selectedFace();
    if (m_row < 0 || face < 0)
        return;
    if (face >= int(m_model->entry(m_row).analysis.faces.size()))
        m_view->setSelectedFace(-1);
    m_actions->undo(m_row, face);
}

void ReviewPane::addDrawnFace(const QRectF &sourceRect)
{
    if (m_row < 0 || !m_model->entry(m_row).analysed || m_model->entry(m_row).analysis.error)
        return;
    FaceBox box;
    box.rect = cv::Rect2f(float(sourceRect.x()), float(sourceRect.y()), float(sourceRect.width()),
                          float(sourceRect.height()));
    box.drawnByHand = true;
    m_actions->addDrawnFace(m_row, box);
    const PhotoEntry &entry = m_model->entry(m_row);
    selectFace(int(entry.analysis.faces.size() + entry.review.drawnFaces.size()) - 1);
}

void ReviewPane::turnPhoto(int quarterTurns)
{
    if (m_row < 0 || m_model->entry(m_row).analysis.error || m_model->entry(m_row).turnedSize().isEmpty())
        return;
    m_view->setSelectedFace(-1);
    m_model->turnPhoto(m_row, quarterTurns);
    const PhotoEntry &entry = m_model->entry(m_row);
    loadImage();
    Q_EMIT photoTurned(entry.sourcePath, entry.review.quarterTurns);
}

void ReviewPane::setExcluded(bool excluded)
{
    if (m_row < 0 || !m_model->entry(m_row).analysed)
        return;
    m_actions->setExcluded(m_row, excluded);
}

} // namespace bw::gui
