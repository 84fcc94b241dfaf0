#pragma once

#include "consent/pupil.h"
#include "documentcontent.h"
#include "storage/exportrecord.h"

#include <QDate>

#include <vector>

namespace bw {

// The answer to a parent who asks which published photos show their child (AVG art. 15):
// every export in `exports` (ExportHistory::showing) with its date, channel and file name,
// and a picture of the exported photo on which only this pupil's face is visible; every
// other face is hidden as an export hides it. An export whose file is no longer on this
// computer is listed without a picture (never from the original: that could show others).
DocumentContent parentOverview(const Pupil &pupil, const std::vector<ExportRecord> &exports,
                               const QDate &today, DocumentLanguage language = DocumentLanguage::Dutch);

// The picture for one export: the exported file with every face but the pupil's hidden;
// empty when the file cannot be read or the pupil is not visible on it.
cv::Mat pupilOnlyPicture(const ExportRecord &record, qint64 pupilId, int longSide);

} // namespace bw
