#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("beeldwacht"));
    QApplication::setApplicationDisplayName(QStringLiteral("Beeldwacht"));
    QApplication::setApplicationVersion(QStringLiteral(BW_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder that holds the registry."),
                                     QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    parser.process(app);

    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    bw::gui::MainWindow window(QDir(dataDir).absolutePath());
    window.show();
    return app.exec();
}
