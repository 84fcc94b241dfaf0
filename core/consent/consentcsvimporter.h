#pragma once

#include "consent/consentstatement.h"
#include "consent/pupil.h"
#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace bw {

// A bad row (or a bad header, or broken quoting) and why, by its line number in the file.
struct CsvRowError {
    int line = 0;
    std::vector<Message> problems; // at least one

    // The problems in English, separated by "; " (the CLI's words).
    QString reason() const;

    bool operator==(const CsvRowError &) const = default;
};

// One data row: the pupil it names and the answers it gives. Empty answers give no
// statement: not filled in is "no answer", which the policy treats as no.
struct ConsentCsvRow {
    int line = 0;                              // where the row starts in the file
    Pupil pupil;                               // id 0: the registry matches by name
    std::vector<ConsentStatement> statements;  // pupilId 0, source "file.csv:line"

    bool operator==(const ConsentCsvRow &) const = default;
};

// A parsed consent CSV. It may only be imported when `errors` is empty: nothing is
// half-imported.
struct ConsentCsv {
    QString sourceName;
    QStringList categories; // the category columns, in file order, after header mapping
    std::vector<ConsentCsvRow> rows;
    std::vector<CsvRowError> errors;

    bool isValid() const { return errors.empty(); }
};

// Reads the consent CSV of DESIGN.md: UTF-8 with or without BOM, ';' or ',' (detected from
// the header), quoted fields, CRLF; fixed columns leerling, groep, geboortedatum, datum,
// door, bezwaar_andere_ouder, gezin (optional: a family code the school chooses, the same for
// siblings), every other column a consent category.
class ConsentCsvImporter {
public:
    // Renames a school system's headers (any case) to registry column or category names,
    // e.g. {"Naam": "leerling", "Foto's intern": "intern"}.
    void setHeaderMapping(const QHash<QString, QString> &mapping);

    ConsentCsv parse(const QByteArray &bytes, const QString &sourceName) const;
    Result<ConsentCsv> parseFile(const QString &path) const;

    // "YYYY-MM-DD" or "DD-MM-YYYY" (day and month may have one digit); invalid otherwise.
    static QDate parseDate(const QString &text);

private:
    QHash<QString, QString> m_mapping; // lower-case header -> lower-case name
};

} // namespace bw
