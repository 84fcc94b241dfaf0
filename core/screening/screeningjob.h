#pragma once

#include "consentsnapshot.h"
#include "documentlanguage.h"
#include "error.h"
#include "faces/facematcher.h"
#include "photoanalyser.h"
#include "photoreview.h"
#include "redaction/redactionsettings.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace bw {

class Registry;

// One export run for one channel. Made by prepareScreeningJob, the one place that decides
// how a run judges (consent moment, strictness, redaction), for the CLI and the GUI alike;
// the caller adds the photos, the folders and the teacher's review. The screener records
// these settings in the report.
struct ScreeningJob {
    QStringList sources;                        // photo files, as the user named them
    QString outputDir;                          // the upload folder; created when missing
    QString reportPath;                         // REPORT.json, outside outputDir
    ConsentSnapshot consent;
    Strictness strictness = Strictness::VeryStrict;
    RedactionSettings redaction;
    std::map<QString, PhotoReview> reviews;     // by source, from the teacher (GUI)
    std::map<QString, PhotoAnalysis> analyses;  // by source: reuse faces the teacher reviewed
    // Same-day references (core/faces/batchmatcher.h): on by default; the CLI's
    // --no-batch-references turns them off.
    bool batchReferences = true;
    // The language of REPORT.html: Dutch (the CLI's documents), or the app's own language.
    DocumentLanguage reportLanguage = DocumentLanguage::Dutch;

    MatchSettings match() const { return fromStrictness(strictness); }
};

// DESIGN.md: the school's strictness, raised to at least streng for channels of the
// extern category (public: a misidentified child is seen by strangers).
Strictness strictnessFor(const Channel &channel, Strictness school);

// The channel's consent snapshot on `moment`, the school's strictness (or `strictness`,
// e.g. a CLI option, when given) raised for the channel by strictnessFor, and `redaction`.
Result<ScreeningJob> prepareScreeningJob(Registry &registry, const QString &channelId,
                                         const QDate &moment, const RedactionSettings &redaction = {},
                                         std::optional<Strictness> strictness = std::nullopt);

} // namespace bw
