#include "mainwindow.h"
#include "screenshotter.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Beeldwacht"));
    QApplication::setApplicationName(QStringLiteral("beeldwacht"));
    QApplication::setApplicationDisplayName(QStringLiteral("Beeldwacht"));
    QApplication::setApplicationVersion(QStringLiteral(BW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.beeldwacht.Beeldwacht"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder that holds the registry."),
                                     QStringLiteral("DIR"));
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  QStringLiteral("User interface language: nl (default) or en."),
                                  QStringLiteral("LANG"));
    // For the documentation: the window grabs itself once the photos are analysed.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a screenshot to FILE and quit."),
                                        QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotViewOption(QStringLiteral("screenshot-view"),
                                            QStringLiteral("main, review or consent."),
                                            QStringLiteral("VIEW"), QStringLiteral("main"));
    screenshotViewOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dataDirOption);
    parser.addOption(langOption);
    parser.addOption(screenshotOption);
    parser.addOption(screenshotViewOption);
    parser.addPositionalArgument(QStringLiteral("photos"), QStringLiteral("Photos or folders to open."),
                                 QStringLiteral("[PHOTO_OR_DIR...]"));
    parser.process(app);

    bw::gui::TranslationLoader::install(
        app, bw::gui::TranslationLoader::chooseLocale(parser.value(langOption)));

    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    bw::gui::MainWindow window(QDir(dataDir).absolutePath());
    window.show();
    if (parser.isSet(screenshotOption))
        new bw::gui::Screenshotter(&window, parser.value(screenshotOption),
                                   parser.value(screenshotViewOption), &app);
    window.importPhotos(parser.positionalArguments());
    return app.exec();
}
