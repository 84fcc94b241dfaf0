#include "commands.h"

#include "consent/consentcsvimporter.h"
#include "printablecontent.h"
#include "reason.h"
#include "screening/consenttable.h"
#include "screening/parentoverview.h"
#include "screening/takedownlist.h"
#include "storage/registry.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bw::cli {

namespace {

// A withdrawal lists the exports that still show the pupil on channels of that category.
int printTakeDowns(CliContext &context, Registry &registry, const std::vector<ConsentStatement> &refusals)
{
    for (const ConsentStatement &refusal : refusals) {
        const Result<std::vector<ExportRecord>> exports =
            exportsToTakeDown(registry, refusal, QDate::currentDate());
        if (!exports)
            return failRun(context, exports.error().message);
        if (exports->empty())
            continue;
        const Result<Pupil> pupil = registry.pupil(refusal.pupilId);
        if (!pupil)
            return failRun(context, pupil.error().message);
        context.out << "consent '" << refusal.category << "' of " << pupil->name
                    << " withdrawn; to take down:\n";
        for (const ExportRecord &record : *exports)
            context.out << "  " << record.date.toString(Qt::ISODate) << "\t" << record.channel << "\t"
                        << record.fileName << "\t" << record.outputPath << "\n";
    }
    context.out.flush();
    return 0;
}

int importPupils(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return failRun(context, QStringLiteral("usage: pupils import FILE.csv"));
    const Result<ConsentCsv> csv = ConsentCsvImporter().parseFile(arguments.first());
    if (!csv)
        return failRun(context, csv.error().message);
    if (!csv->isValid()) {
        // Every bad row, so the school can fix the file in one go; then the one-line reason.
        for (const CsvRowError &error : csv->errors)
            context.err << arguments.first() << ":" << error.line << ": " << error.reason() << "\n";
        return failRun(context, QStringLiteral("%1 has %2 bad rows; nothing was imported")
                                    .arg(arguments.first())
                                    .arg(csv->errors.size()));
    }
    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    const Result<CsvImportSummary> summary = (*registry)->importConsentCsv(*csv);
    if (!summary)
        return failRun(context, summary.error().message);
    context.out << "imported " << summary->rows << " rows: " << summary->pupilsCreated
                << " new pupils, " << summary->pupilsUpdated << " pupils updated, "
                << summary->statementsAdded << " statements added, " << summary->statementsSkipped
                << " already recorded, " << summary->categoriesAdded << " new categories" << Qt::endl;
    if (summary->referencesDeleted > 0)
        context.out << summary->referencesDeleted
                    << " reference descriptors deleted: consent for face recognition ended" << Qt::endl;
    return printTakeDowns(context, **registry, summary->refusalsAdded);
}

int listPupils(CliContext &context, const QStringList &arguments)
{
    QString channelId;
    QDate moment = QDate::currentDate();
    bool json = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--channel") && i + 1 < arguments.size()) {
            channelId = arguments.at(++i);
        } else if (argument == QLatin1String("--at") && i + 1 < arguments.size()) {
            moment = QDate::fromString(arguments.at(++i), Qt::ISODate);
            if (!moment.isValid())
                return failRun(context, QStringLiteral("--at needs a date as YYYY-MM-DD, not %1").arg(arguments.at(i)));
        } else {
            return failRun(context, QStringLiteral("usage: pupils list [--channel ID] [--at YYYY-MM-DD] [--json]"));
        }
    }

    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    std::vector<Channel> channels;
    if (!channelId.isEmpty()) {
        Result<Channel> one = (*registry)->channel(channelId);
        if (!one)
            return failRun(context, one.error().message);
        channels.push_back(*one);
    }
    const Result<ConsentTable> table = takeConsentTable(**registry, moment, std::move(channels));
    if (!table)
        return failRun(context, table.error().message);

    QJsonArray array;
    for (const ConsentTable::Row &row : table->rows) {
        QJsonObject decisions;
        QStringList line;
        for (std::size_t i = 0; i < table->channels.size(); ++i) {
            const QString &channel = table->channels[i].id;
            const ConsentDecision &decision = row.decisions[i];
            const QString code = reasonCode(decision.reason);
            decisions.insert(channel, QJsonObject{{QStringLiteral("allowed"), decision.allowed},
                                                  {QStringLiteral("reason"), code}});
            line.append(QStringLiteral("%1=%2").arg(channel, decision.allowed ? QStringLiteral("yes") : code));
        }
        // Face recognition is no channel: whether the pupil may be enrolled and matched.
        const QString recognitionCode = reasonCode(row.recognition.reason);
        line.append(QStringLiteral("gezichtsherkenning=%1").arg(row.recognition.allowed ? QStringLiteral("yes")
                                                                                       : recognitionCode));
        if (json) {
            array.append(QJsonObject{{QStringLiteral("leerling"), row.pupil.name},
                                     {QStringLiteral("groep"), row.pupil.className},
                                     {QStringLiteral("channels"), decisions},
                                     {QStringLiteral("biometrics"),
                                      QJsonObject{{QStringLiteral("allowed"), row.recognition.allowed},
                                                  {QStringLiteral("reason"), recognitionCode}}}});
        } else {
            context.out << row.pupil.name << "\t" << row.pupil.className << "\t"
                        << line.join(QLatin1Char(' ')) << "\n";
        }
    }
    if (json)
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    context.out.flush();
    return 0;
}

QJsonObject exportJson(const ExportRecord &record)
{
    return QJsonObject{{QStringLiteral("channel"), record.channel},
                       {QStringLiteral("date"), record.date.toString(Qt::ISODate)},
                       {QStringLiteral("file"), record.fileName},
                       {QStringLiteral("sha256"), record.sourceSha256}};
}

const QString kExportsUsage = QStringLiteral("usage: pupils exports NAME [--json] [--overview FILE.pdf]");

// Every exported file on which the pupil is visible (a parent's right of access, AVG art. 15);
// with --overview also the Dutch overview for the parent, showing only that pupil's face.
int listExports(CliContext &context, const QStringList &arguments)
{
    bool json = false;
    QString overview;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--json"))
            json = true;
        else if (arguments[i] == QLatin1String("--overview") && i + 1 < arguments.size())
            overview = arguments[++i];
        else
            return failRun(context, kExportsUsage);
    }
    if (arguments.isEmpty())
        return failRun(context, kExportsUsage);
    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    const Result<std::optional<Pupil>> pupil = (*registry)->pupilByName(arguments.first());
    if (!pupil)
        return failRun(context, pupil.error().message);
    if (!*pupil)
        return failRun(context, QStringLiteral("no pupil named \"%1\" in the registry").arg(arguments.first()));
    const Result<std::vector<ExportRecord>> exports = (*registry)->exportHistory().showing((*pupil)->id);
    if (!exports)
        return failRun(context, exports.error().message);
    if (!overview.isEmpty()) {
        const DocumentContent content = parentOverview(**pupil, *exports, QDate::currentDate());
        if (Result<void> written = documents::writePdf(documents::printable(content), overview); !written)
            return failRun(context, written.error().message);
    }
    QJsonArray array;
    for (const ExportRecord &record : *exports) {
        if (json)
            array.append(exportJson(record));
        else
            context.out << record.date.toString(Qt::ISODate) << "\t" << record.channel << "\t"
                        << record.fileName << "\t" << record.sourceSha256 << "\n";
    }
    if (json)
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else if (exports->empty())
        context.out << (*pupil)->name << " is visible on no exported photo\n";
    if (!overview.isEmpty() && !json)
        context.out << "overview for the parents written to " << overview << "\n";
    context.out.flush();
    return 0;
}

} // namespace

int runPupils(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("import"))
        return importPupils(context, arguments.mid(1));
    if (sub == QLatin1String("list"))
        return listPupils(context, arguments.mid(1));
    if (sub == QLatin1String("exports"))
        return listExports(context, arguments.mid(1));
    return failRun(context, QStringLiteral("usage: pupils import FILE.csv | pupils list [--channel ID] "
                                           "[--at YYYY-MM-DD] [--json] | pupils exports NAME [--json] [--overview FILE.pdf]"));
}

} // namespace bw::cli
