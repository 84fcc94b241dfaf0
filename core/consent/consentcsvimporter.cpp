#include "consentcsvimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <csv.h>

#include <algorithm>
#include <optional>

namespace bw {

namespace {

const QString kName = QStringLiteral("leerling");
const QString kClass = QStringLiteral("groep");
const QString kBirthDate = QStringLiteral("geboortedatum");
const QString kDate = QStringLiteral("datum");
const QString kGivenBy = QStringLiteral("door");
const QString kObjection = QStringLiteral("bezwaar_andere_ouder");
const QString kFamily = QStringLiteral("gezin");

bool isFixedColumn(const QString &name)
{
    return name == kName || name == kClass || name == kBirthDate || name == kDate
        || name == kGivenBy || name == kObjection || name == kFamily;
}

struct RawRecord {
    int line = 0;
    QList<QByteArray> fields;
};

// libcsv hands over fields and record ends through callbacks.
struct Collector {
    std::vector<RawRecord> records;
    QList<QByteArray> fields;
    int recordStart = 0;
};

void collectField(void *data, size_t length, void *collector)
{
    static_cast<Collector *>(collector)->fields.append(
        QByteArray(static_cast<const char *>(data), qsizetype(length)));
}

void collectRecord(int, void *collector)
{
    auto *c = static_cast<Collector *>(collector);
    c->records.push_back(RawRecord{c->recordStart, std::move(c->fields)});
    c->fields.clear();
    c->recordStart = 0;
}

// The separator is the one of ';' and ',' that the header line uses (outside quotes);
// Dutch spreadsheet programs write ';', others ','.
unsigned char detectSeparator(const QByteArray &data)
{
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r') && (semicolons + commas) > 0)
            break;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == ',')
            ++commas;
    }
    return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

bool isBlank(const RawRecord &record)
{
    for (const QByteArray &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Splits the file into records with the line each starts on, or reports broken quoting.
std::vector<RawRecord> readRecords(const QByteArray &data, std::vector<CsvRowError> &errors)
{
    Collector collector;
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        errors.push_back({0, {makeMessage(MessageId::CsvOutOfMemory)}});
        return {};
    }
    csv_set_delim(&parser, detectSeparator(data));

    // Fed byte by byte so that each record knows its first line, also when a quoted field
    // spans lines. pstate 0 is libcsv's "no row begun": blank lines start no record.
    int line = 1;
    bool ok = true;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (csv_parse(&parser, &c, 1, collectField, collectRecord, &collector) != 1) {
            errors.push_back({line, {makeMessage(MessageId::CsvBrokenQuoting, csv_strerror(csv_error(&parser)))}});
            ok = false;
            break;
        }
        if (collector.recordStart == 0 && parser.pstate != 0)
            collector.recordStart = line;
        if (c == '\n')
            ++line;
    }
    if (ok && csv_fini(&parser, collectField, collectRecord, &collector) != 0) {
        errors.push_back({collector.recordStart, {makeMessage(MessageId::CsvUnclosedQuote)}});
    }
    csv_free(&parser);
    return collector.records;
}

Message yesNoError(const QString &column, const QString &value)
{
    return makeMessage(MessageId::CsvBadYesNo, column, value);
}

// A field as text; a field that is not UTF-8 is an error of its line.
bool decodeField(const QByteArray &field, int line, QString &out, std::vector<CsvRowError> &errors)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    out = QString(decoder.decode(field)).trimmed();
    if (!decoder.hasError())
        return true;
    errors.push_back({line, {makeMessage(MessageId::CsvNotUtf8)}});
    return false;
}

// The header: column index -> registry name (empty for an unnamed, ignored column),
// after the school's mapping; every column that is not a fixed one is a category.
QStringList readHeader(const RawRecord &header, const QHash<QString, QString> &mapping, ConsentCsv &csv)
{
    QStringList columns;
    for (const QByteArray &field : header.fields) {
        QString name;
        if (!decodeField(field, header.line, name, csv.errors))
            return {};
        name = name.toLower();
        name = mapping.value(name, name);
        if (!name.isEmpty() && columns.contains(name))
            csv.errors.push_back({header.line, {makeMessage(MessageId::CsvDuplicateColumn, name)}});
        columns.append(name);
        if (!name.isEmpty() && !isFixedColumn(name))
            csv.categories.append(name);
    }
    if (!columns.contains(kName))
        csv.errors.push_back({header.line, {makeMessage(MessageId::CsvNoNameColumn)}});
    return columns;
}

using Cells = QHash<QString, QString>; // column name -> trimmed text

// A data row's cells by column name; nullopt (with the error recorded) for a row with more
// fields than columns, text that is not UTF-8, or a value under a column without a name.
std::optional<Cells> readCells(const RawRecord &record, const QStringList &columns,
                               std::vector<CsvRowError> &errors)
{
    for (qsizetype i = columns.size(); i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            errors.push_back(
                {record.line, {makeMessage(MessageId::CsvFieldCount, record.fields.size(), columns.size())}});
            return std::nullopt;
        }
    }
    Cells cells;
    bool decoded = true;
    for (qsizetype i = 0; i < record.fields.size() && i < columns.size(); ++i) {
        QString value;
        decoded = decoded && decodeField(record.fields.at(i), record.line, value, errors);
        if (columns.at(i).isEmpty() && !value.isEmpty()) {
            errors.push_back({record.line, {makeMessage(MessageId::CsvValueWithoutHeader, i + 1)}});
            decoded = false;
        }
        cells.insert(columns.at(i), value);
    }
    return decoded ? std::optional<Cells>(std::move(cells)) : std::nullopt;
}

using BirthDates = QHash<QString, std::pair<QDate, int>>; // one pupil, one birth date per file

Pupil pupilOf(const Cells &cells, int line, BirthDates &birthDates, std::vector<Message> &problems)
{
    Pupil pupil;
    pupil.name = cells.value(kName).simplified();
    pupil.className = cells.value(kClass);
    pupil.family = cells.value(kFamily).simplified();
    if (pupil.name.isEmpty())
        problems.push_back(makeMessage(MessageId::CsvNameEmpty));
    const QString birthText = cells.value(kBirthDate);
    if (!birthText.isEmpty()) {
        pupil.birthDate = ConsentCsvImporter::parseDate(birthText);
        if (!pupil.birthDate.isValid())
            problems.push_back(makeMessage(MessageId::CsvBadBirthDate, birthText));
    }
    const auto earlier = birthDates.constFind(pupil.name);
    if (earlier != birthDates.constEnd() && pupil.birthDate.isValid() && earlier->first.isValid()
        && earlier->first != pupil.birthDate) {
        problems.push_back(makeMessage(MessageId::CsvBirthDateDiffers, earlier->second));
    } else if (earlier == birthDates.constEnd() || !earlier->first.isValid()) {
        birthDates.insert(pupil.name, {pupil.birthDate, line});
    }
    return pupil;
}

// One statement per answered category, all given by the row's `door`, on its `datum`,
// with its objection. Empty answers give none: not filled in is no answer.
std::vector<ConsentStatement> statementsOf(const Cells &cells, const QStringList &categories,
                                           std::vector<Message> &problems)
{
    // An empty `door` means a parent, as on the standard form.
    const QString giverText = cells.value(kGivenBy);
    const std::optional<StatementGiver> givenBy =
        giverText.isEmpty() ? StatementGiver::Parent : statementGiverFromCode(giverText);
    if (!givenBy)
        problems.push_back(makeMessage(MessageId::CsvBadGiver, giverText));
    const QString objection = cells.value(kObjection).toLower();
    if (!objection.isEmpty() && objection != QLatin1String("ja") && objection != QLatin1String("nee"))
        problems.push_back(yesNoError(kObjection, cells.value(kObjection)));
    const QString dateText = cells.value(kDate);
    const QDate date = ConsentCsvImporter::parseDate(dateText);
    if (!dateText.isEmpty() && !date.isValid())
        problems.push_back(makeMessage(MessageId::CsvBadDate, dateText));

    std::vector<ConsentStatement> statements;
    for (const QString &category : categories) {
        const QString answer = cells.value(category).toLower();
        if (answer.isEmpty())
            continue;
        if (answer != QLatin1String("ja") && answer != QLatin1String("nee")) {
            problems.push_back(yesNoError(category, cells.value(category)));
            continue;
        }
        ConsentStatement statement;
        statement.category = category;
        statement.granted = answer == QLatin1String("ja");
        statement.givenBy = givenBy.value_or(StatementGiver::Parent);
        statement.otherParentObjects = objection == QLatin1String("ja");
        statement.date = date;
        statements.push_back(statement);
    }
    if (!statements.empty() && dateText.isEmpty())
        problems.push_back(makeMessage(MessageId::CsvDateMissing));
    return statements;
}

} // namespace

QString CsvRowError::reason() const
{
    QStringList texts;
    for (const Message &problem : problems)
        texts << englishText(problem);
    return texts.join(QStringLiteral("; "));
}

void ConsentCsvImporter::setHeaderMapping(const QHash<QString, QString> &mapping)
{
    m_mapping.clear();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        m_mapping.insert(it.key().trimmed().toLower(), it.value().trimmed().toLower());
}

QDate ConsentCsvImporter::parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})-(\\d{1,2})-(\\d{4})$"));
    const QString trimmed = text.trimmed();
    if (const QRegularExpressionMatch m = iso.match(trimmed); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const QRegularExpressionMatch m = dutch.match(trimmed); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return QDate();
}

Result<ConsentCsv> ConsentCsvImporter::parseFile(const QString &path) const
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::FileNotFound, MessageId::CsvFileNotFound, path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, MessageId::CsvFileUnreadable, path, file.errorString());
    return parse(file.readAll(), QFileInfo(path).fileName());
}

ConsentCsv ConsentCsvImporter::parse(const QByteArray &bytes, const QString &sourceName) const
{
    ConsentCsv csv;
    csv.sourceName = sourceName;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    const std::vector<RawRecord> records = readRecords(data, csv.errors);
    if (!csv.errors.empty())
        return csv;
    auto record = std::find_if_not(records.begin(), records.end(), isBlank);
    if (record == records.end()) {
        csv.errors.push_back({1, {makeMessage(MessageId::CsvNoHeader)}});
        return csv;
    }
    const QStringList columns = readHeader(*record, m_mapping, csv);
    if (!csv.errors.empty())
        return csv;

    BirthDates birthDates;
    for (++record; record != records.end(); ++record) {
        if (isBlank(*record))
            continue;
        const std::optional<Cells> cells = readCells(*record, columns, csv.errors);
        if (!cells)
            continue;
        std::vector<Message> problems;
        ConsentCsvRow row{record->line, pupilOf(*cells, record->line, birthDates, problems),
                          statementsOf(*cells, csv.categories, problems)};
        for (ConsentStatement &statement : row.statements)
            statement.source = QStringLiteral("%1:%2").arg(sourceName).arg(record->line);
        if (!problems.empty())
            csv.errors.push_back({record->line, std::move(problems)});
        else
            csv.rows.push_back(std::move(row));
    }
    if (!csv.errors.empty())
        csv.rows.clear();
    return csv;
}

} // namespace bw
