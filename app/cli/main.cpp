#include "commands.h"

#include <QGuiApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

using namespace bw::cli;

namespace {

const CommandEntry kCommands[] = {
    {"models", "models                      check that the face models are present", runModels},
    {"pupils", "pupils import FILE.csv | pupils list [--channel ID] [--at YYYY-MM-DD] [--json]\n"
               "         | pupils exports NAME [--json]   exported files on which NAME is visible", runPupils},
    {"channels", "channels [--json]           channel ids and their consent category", runChannels},
    {"refs", "refs import DIR             reference photos, DIR/<pupil name>/*.jpg|png|heic (face-recognition\n"
             "         consent needed) | refs list [--json]   references and recognition per pupil", runRefs},
    {"settings", "settings [KEY [VALUE]]      show or set a school setting (retention, validity, ...)", runSettings},
    {"consent", "consent form --out FORM.pdf [--class GROUP]   printable consent forms (Dutch), one per pupil",
     runConsent},
    {"purge", "purge --biometrics          delete every face descriptor from the registry", runPurge},
    {"audit", "audit verify                check the audit log's hash chain (exit code 3: broken)", runAudit},
    {"screen", "screen --channel ID --out OUTDIR --report REPORT.json [--at YYYY-MM-DD]\n"
               "         [--strictness normal|strict|very-strict] [--redaction blur|pixelate|solid]\n"
               "         [--threads N] [--no-batch-references] PHOTO_OR_DIR...", runScreen},
    {"requests", "requests make --channel ID --out DIR PHOTO_OR_DIR...   letters asking consent for single photos\n"
                 "         | requests record CODE ja|nee [--door ouder|leerling] [--datum YYYY-MM-DD] [--wijzig]\n"
                 "         | requests list [--json]", runRequests},
    {"bench", "bench [--synthetic N] [--pipeline N] [--faces DIR] [--pascal DIR] [--min-face PX] [--net-face PX]\n"
              "         [--score S] [--coarse PX] [--tile PX] [--overlap PX] [PHOTO...]   face stage timings and recall", runBench},
};

void printUsage(QTextStream &stream)
{
    stream << "usage: beeldwacht-cli [--data-dir DIR] COMMAND [ARGS]\n"
              "       beeldwacht-cli --version\n\ncommands:\n";
    for (const CommandEntry &entry : kCommands)
        stream << "  " << entry.synopsis << "\n";
    stream.flush();
}

// The offscreen platform asks for a runtime folder that a terminal session often does not
// set; Qt then uses its own default and says so on stderr, which scripts would read as a
// problem. Only that one notice is dropped, and only while the application starts.
void dropRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    qt_message_output(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // A QGuiApplication, because forms, letters and readable reports are rendered to PDF
    // (fonts need it); the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(dropRuntimeDirNotice);
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(nullptr);
    QCoreApplication::setApplicationName(QStringLiteral("beeldwacht"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BW_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = app.arguments().mid(1);
    QString dataDir;
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1String("--"))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--version")) {
            out << "beeldwacht-cli " << BW_VERSION << Qt::endl;
            return 0;
        }
        if (option == QLatin1String("--help")) {
            printUsage(out);
            return 0;
        }
        if (option == QLatin1String("--data-dir") && !arguments.isEmpty()) {
            dataDir = arguments.takeFirst();
        } else if (option.startsWith(QLatin1String("--data-dir="))) {
            dataDir = option.mid(int(qstrlen("--data-dir=")));
        } else {
            err << "beeldwacht-cli: unknown option " << option << Qt::endl;
            printUsage(err);
            return 2;
        }
    }
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    if (arguments.isEmpty()) {
        printUsage(err);
        return 2;
    }
    CliContext context{QDir(dataDir).absolutePath(), QCoreApplication::applicationDirPath(), out, err};
    const QString command = arguments.takeFirst();
    for (const CommandEntry &entry : kCommands) {
        if (command == QLatin1String(entry.name))
            return entry.run(context, arguments);
    }
    err << "beeldwacht-cli: unknown command " << command << Qt::endl;
    printUsage(err);
    return 2;
}
