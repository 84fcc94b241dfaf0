// libFuzzer harness for the consent CSV import: BOM, separator detection, libcsv's
// quoting, UTF-8 decoding, header mapping and every row rule of ConsentCsvImporter::parse.
#include "fuzzcheck.h"

#include "consent/consentcsvimporter.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // A mapping as a school system's export needs one, so the renaming path is fuzzed too.
    static const bw::ConsentCsvImporter importer = [] {
        bw::ConsentCsvImporter mapped;
        mapped.setHeaderMapping({{QStringLiteral("Naam"), QStringLiteral("leerling")},
                                 {QStringLiteral("Foto's intern"), QStringLiteral("intern")}});
        return mapped;
    }();

    const bw::ConsentCsv csv = importer.parse(bytes, QStringLiteral("fuzz.csv"));
    // Nothing is half-imported: a file with any error gives no rows.
    BW_FUZZ_CHECK(csv.errors.empty() || csv.rows.empty(), "rows returned next to errors");
    for (const bw::CsvRowError &error : csv.errors) {
        BW_FUZZ_CHECK(error.line >= 0, "error with a negative line number");
        BW_FUZZ_CHECK(!error.problems.empty() && !error.reason().isEmpty(), "error without a reason");
    }
    for (const bw::ConsentCsvRow &row : csv.rows) {
        BW_FUZZ_CHECK(row.line >= 1, "row without a line number");
        BW_FUZZ_CHECK(!row.pupil.name.isEmpty(), "row without a pupil name");
        for (const bw::ConsentStatement &statement : row.statements) {
            BW_FUZZ_CHECK(csv.categories.contains(statement.category), "statement for an unknown category");
            BW_FUZZ_CHECK(statement.date.isValid(), "statement without a valid date");
        }
    }
    return 0;
}
