#pragma once

#include <QObject>
#include <QString>

namespace bw::gui {

class MainWindow;

// Takes the documentation's screenshots: waits until the photos are analysed (and the
// photo under review is shown), grabs the window or the consent screen into a PNG and quits.
class Screenshotter : public QObject {
    Q_OBJECT
public:
    // selectName: the photo (file name) or, on the consent screen, the pupil to show;
    // empty picks the photo with the most faces.
    Screenshotter(MainWindow *window, QString file, QString view, QString selectName,
                  QObject *parent = nullptr);

private:
    void prepare();
    void grab();
    void grabFacesWhenCut();

    MainWindow *m_window;
    QString m_file;
    QString m_view;
    QString m_selectName;
    int m_waits = 0;
};

} // namespace bw::gui
