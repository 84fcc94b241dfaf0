#include "mainwindow.h"

#include <QLabel>

namespace bw::gui {

MainWindow::MainWindow(const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
{
    setWindowTitle(tr("Beeldwacht"));
    auto *welcome = new QLabel(tr("Importeer de foto's van een uitstapje om te beginnen."), this);
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    resize(1100, 750);
}

} // namespace bw::gui
