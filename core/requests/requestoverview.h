#pragma once

#include "consent/pupil.h"
#include "error.h"
#include "storage/photorequest.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>

#include <vector>

namespace bw {

class Registry;

// A request with its pupil, as the overview lists it.
struct RequestRow {
    PhotoRequest request;
    Pupil pupil;
    QString letter = {}; // the letter that asks it (file name without extension), when one was made
};

// Every request in the registry with its pupil, oldest first.
Result<std::vector<RequestRow>> requestRows(Registry &registry);

// The overview for the teacher (UTF-8 with BOM, `;`-separated like the consent CSV):
// code, leerling, groep, foto, status (open, ja, nee, verlopen on `today`), verloopt_op,
// brief (the letter's PDF: siblings' requests share one).
QByteArray requestOverviewCsv(const std::vector<RequestRow> &rows, const QDate &today);

// `requests list --json`: one object per request with the same facts, plus the channel,
// the photo's SHA-256 and the answer's date.
QJsonArray requestOverviewJson(const std::vector<RequestRow> &rows, const QDate &today);

} // namespace bw
