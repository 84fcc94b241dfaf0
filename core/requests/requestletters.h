#pragma once

#include "consent/channel.h"
#include "error.h"
#include "redaction/redactionsettings.h"
#include "requests/photorequestmaker.h"
#include "requests/requestoverview.h"
#include "screening/documentcontent.h"

#include <QDate>
#include <QString>

#include <functional>
#include <vector>

namespace bw {

class PhotoAnalyser;

// What every letter of one run shares.
struct LetterSettings {
    Channel channel;
    QString schoolName;
    RedactionSettings redaction;
    QDate today;
};

// Where one request lies among a run's photos: sets[set].requests[request].
struct RequestRef {
    std::size_t set = 0;
    std::size_t request = 0;
};

// One letter to write: its file name without extension (the code of its first request), its
// content, and one overview row per request it asks (RequestRow::letter set).
struct RequestLetterFile {
    QString name;
    DocumentContent content;
    std::vector<RequestRow> rows;
};

// Which requests share a letter, in photo order: all requests of one family (Pupil::family:
// siblings) or, without a family, of one pupil. A pupil of 16 or older on `today` gets a
// letter of their own (they answer themselves, DOMAIN.md section 3). Each photo in a letter
// still shows only its own pupil, and every request keeps its own code.
std::vector<std::vector<RequestRef>> letterGroups(const std::vector<PhotoRequestSet> &sets, const QDate &today);

// Makes each letter in turn and hands it to `write`; stops at the first failure. Each photo is
// decoded again with `analyser` (PhotoAnalyser::reload: the very photo that was analysed, or
// an error when it changed) and shown as requestPicture shows it: at the channel's export
// size, only the letter's pupil visible. Returns how many letters were written.
Result<int> makeRequestLetters(const std::vector<PhotoRequestSet> &sets, const LetterSettings &settings,
                               PhotoAnalyser &analyser,
                               const std::function<Result<void>(const RequestLetterFile &)> &write);

} // namespace bw
