#include "latencyprobe.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "screenshotter.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same name as the CLI and no organisation: both find the registry in the same
    // default data folder.
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
                                            QStringLiteral("main, review, preview, faces, consent or export."),
                                            QStringLiteral("VIEW"), QStringLiteral("main"));
    screenshotViewOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Responsiveness figure: how late a 50 ms UI timer fires while the photos are analysed.
    QCommandLineOption latencyOption(QStringLiteral("latency-probe"),
                                     QStringLiteral("Print the UI thread's worst lateness during analysis, then quit."));
    latencyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(latencyOption);
    QCommandLineOption screenshotPhotoOption(QStringLiteral("screenshot-select"),
                                             QStringLiteral("Photo (file name) or pupil (name) to show."),
                                             QStringLiteral("NAME"));
    screenshotPhotoOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotPhotoOption);
    QCommandLineOption channelOption(QStringLiteral("channel"),
                                     QStringLiteral("Channel to start with (e.g. parro, website)."),
                                     QStringLiteral("ID"));
    parser.addOption(channelOption);
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
    if (parser.isSet(channelOption))
        window.selectChannel(parser.value(channelOption));
    window.show();
    if (parser.isSet(screenshotOption))
        new bw::gui::Screenshotter(&window, parser.value(screenshotOption),
                                   parser.value(screenshotViewOption),
                                   parser.value(screenshotPhotoOption), &app);
    bw::gui::LatencyProbe probe;
    if (parser.isSet(latencyOption)) {
        QObject::connect(&window, &bw::gui::MainWindow::analysisFinished, &app, [&] {
            probe.stop();
            QTextStream(stdout) << "analysed " << window.photoModel()->analysedCount() << " photos in "
                                << probe.elapsedMs() / 1000.0 << " s; UI timer every 50 ms: worst lateness "
                                << probe.worstLatenessMs() << " ms, mean " << probe.meanLatenessMs()
                                << " ms over " << probe.ticks() << " ticks" << Qt::endl;
            QApplication::quit();
        });
        probe.start();
    }
    window.importPhotos(parser.positionalArguments());
    return app.exec();
}
