#include "screenshotter.h"

#include "analysiscontroller.h"
#include "consentdialog.h"
#include "exportdialog.h"
#include "exportpreview.h"
#include "facesview.h"
#include "facetilemodel.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "reviewpane.h"
#include "storage/registry.h"

#include <QApplication>
#include <QFileInfo>
#include <QListView>
#include <QTimer>
#include <QWidget>

namespace bw::gui {

Screenshotter::Screenshotter(MainWindow *window, QString file, QString view, QString selectName,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
    , m_view(std::move(view))
    , m_selectName(std::move(selectName))
{
    if (m_view == QLatin1String("consent")) {
        QTimer::singleShot(0, this, &Screenshotter::grab);
        return;
    }
    connect(window, &MainWindow::analysisFinished, this, &Screenshotter::prepare);
}

void Screenshotter::prepare()
{
    if (m_view == QLatin1String("faces")) {
        m_window->showFacesView(true);
        QTimer::singleShot(100, this, &Screenshotter::grabFacesWhenCut);
        return;
    }
    // The photo with the most faces shows the review best.
    PhotoListModel *model = m_window->photoModel();
    int best = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (QFileInfo(model->entry(row).sourcePath).fileName() == m_selectName) {
            best = row;
            break;
        }
        if (model->entry(row).verdict.faces.size() > model->entry(best).verdict.faces.size())
            best = row;
    }
    ReviewPane *review = m_window->reviewPane();
    connect(review, &ReviewPane::imageLoaded, this, [this, review, model](int row) {
        if (m_view == QLatin1String("review")) {
            // A recognised pupil the tool hides shows the most of the review panel.
            const std::vector<ScreenedFace> &faces = model->entry(row).verdict.faces;
            int face = 0;
            for (int i = 0; i < int(faces.size()); ++i) {
                if (!faces[std::size_t(i)].pupilName.isEmpty() && !faces[std::size_t(i)].decision.visible) {
                    face = i;
                    break;
                }
            }
            review->selectFace(face);
        }
        if (m_view == QLatin1String("preview")) {
            // "Voorbeeld": the photo as the channel exports it, once it is made.
            connect(review->preview(), &ExportPreview::ready, this, [this] { QTimer::singleShot(100, this, &Screenshotter::grab); },
                    Qt::SingleShotConnection);
            review->setPreview(true);
            return;
        }
        QTimer::singleShot(100, this, &Screenshotter::grab);
    });
    // An unreadable photo is shown by its reason.
    connect(review, &ReviewPane::imageFailed, this, [this] { QTimer::singleShot(100, this, &Screenshotter::grab); });
    if (model->rowCount() == 0) {
        QTimer::singleShot(0, this, &Screenshotter::grab);
        return;
    }
    if (review->currentRow() == best && review->isImageLoaded())
        Q_EMIT review->imageLoaded(best);
    else
        m_window->showPhoto(best);
}

// The tiles are cut in the background once they are painted: the picture waits for those in
// sight (at most half a minute).
void Screenshotter::grabFacesWhenCut()
{
    const QListView *list = m_window->facesView()->list();
    const FaceTileModel *tiles = m_window->facesView()->tileModel();
    bool cut = true;
    for (int row = 0; row < tiles->rowCount() && cut; ++row) {
        const QModelIndex index = tiles->index(row);
        if (!index.data(FaceTileModel::IsHeaderRole).toBool() && list->viewport()->rect().intersects(list->visualRect(index)))
            cut = !index.data(Qt::DecorationRole).value<QImage>().isNull();
    }
    if (cut || ++m_waits > 150)
        grab();
    else
        QTimer::singleShot(200, this, &Screenshotter::grabFacesWhenCut);
}

void Screenshotter::grab()
{
    QWidget *target = m_window;
    if (m_view == QLatin1String("export")) {
        ExportDialog *dialog = m_window->createExportDialog();
        dialog->show();
        target = dialog;
    }
    if (m_view == QLatin1String("consent")) {
        auto *dialog = new ConsentDialog(m_window->registry(), m_window);
        dialog->show();
        if (!m_selectName.isEmpty()) {
            if (Result<std::optional<Pupil>> pupil = m_window->registry()->pupilByName(m_selectName); pupil && *pupil)
                dialog->selectPupil((*pupil)->id);
        }
        target = dialog;
    }
    QTimer::singleShot(200, this, [this, target] {
        target->grab().save(m_file);
        QApplication::quit();
    });
}

} // namespace bw::gui
