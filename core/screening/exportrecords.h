#pragma once

#include "screeningreport.h"
#include "storage/exportrecord.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace bw {

// The export history's rows for one finished run: one per exported file, with every face
// (pupil id on visible faces only: a hidden face is nobody, for the history).
std::vector<ExportRecord> exportRecordsOf(const ScreeningReport &report, const QString &reportPath,
                                          const QDateTime &exportedAt);

} // namespace bw
