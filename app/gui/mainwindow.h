#pragma once

#include <QMainWindow>

namespace bw::gui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &dataDir, QWidget *parent = nullptr);

private:
    QString m_dataDir;
};

} // namespace bw::gui
