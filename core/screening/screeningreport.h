#pragma once

#include "consent/channel.h"
#include "consent/consentstatement.h"
#include "documentlanguage.h"
#include "error.h"
#include "screenedphoto.h"
#include "storage/auditlog.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <utility>
#include <vector>

namespace bw {

// The accountability record of one export (DOMAIN.md rule 5): which photos went to which
// channel, who is visible on each and which consent statement allowed it, as it was then.
struct ScreeningReport {
    Channel channel;
    QDateTime generatedAt;
    QDate consentMoment;
    QJsonObject settings;         // thresholds, redaction mode, export profile, version
    std::vector<ScreenedPhoto> photos;
    // The face-recognition statements in force (DOMAIN.md section 8): pupils who could be
    // recognised automatically in this run, with the statement that allowed it.
    std::vector<std::pair<QString, ConsentStatement>> recognitionConsent;
    QString madeBy;               // the OS user who exported
    // The audit trail as checked before this export, with its head after the export's own
    // entry: a later removal of entries shows against the head kept here.
    std::optional<AuditVerification> audit;
};

QJsonObject reportJson(const ScreeningReport &report);
QByteArray reportCsv(const ScreeningReport &report);
// The readable report (readablereport.h) as one HTML file, thumbnails embedded.
QByteArray reportHtml(const ScreeningReport &report, DocumentLanguage language = DocumentLanguage::Dutch);

// The report names pupils and stays with the school: never inside the upload folder.
Result<void> checkReportLocation(const QString &jsonPath, const QString &exportDir);

struct ReportFiles {
    QString json;
    QString csv;
    QString html;
    QString pdf;   // where the app prints the readable report (core does not print)
};

// Where the report for REPORT.json goes: the JSON record, REPORT.csv and REPORT.html and
// REPORT.pdf (the ones a person reads) beside it.
ReportFiles reportFilesFor(const QString &jsonPath);

// Writes REPORT.json and, beside it, REPORT.csv and REPORT.html (in `language`), each
// atomically, and returns their paths. Refuses a report path inside exportDir: the record stays with the
// school, out of the upload folder.
Result<ReportFiles> writeReport(const ScreeningReport &report, const QString &jsonPath,
                                const QString &exportDir,
                                DocumentLanguage language = DocumentLanguage::Dutch);

} // namespace bw
