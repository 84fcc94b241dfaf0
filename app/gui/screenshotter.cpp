#include "screenshotter.h"

#include "consentdialog.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "reviewpane.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

namespace bw::gui {

Screenshotter::Screenshotter(MainWindow *window, QString file, QString view, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
    , m_view(std::move(view))
{
    if (m_view == QLatin1String("consent")) {
        QTimer::singleShot(0, this, &Screenshotter::grab);
        return;
    }
    connect(window, &MainWindow::analysisFinished, this, &Screenshotter::prepare);
}

void Screenshotter::prepare()
{
    // The photo with the most faces shows the review best.
    PhotoListModel *model = m_window->photoModel();
    int best = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).verdict.faces.size() > model->entry(best).verdict.faces.size())
            best = row;
    }
    ReviewPane *review = m_window->reviewPane();
    connect(review, &ReviewPane::imageLoaded, this, [this, review] {
        if (m_view == QLatin1String("review"))
            review->selectFace(0);
        QTimer::singleShot(100, this, &Screenshotter::grab);
    });
    if (model->rowCount() == 0) {
        QTimer::singleShot(0, this, &Screenshotter::grab);
        return;
    }
    if (review->currentRow() == best && review->isImageLoaded())
        Q_EMIT review->imageLoaded(best);
    else
        m_window->showPhoto(best);
}

void Screenshotter::grab()
{
    QWidget *target = m_window;
    if (m_view == QLatin1String("consent")) {
        auto *dialog = new ConsentDialog(m_window->registry(), m_window);
        dialog->show();
        target = dialog;
    }
    QTimer::singleShot(200, this, [this, target] {
        target->grab().save(m_file);
        QApplication::quit();
    });
}

} // namespace bw::gui
