#pragma once

#include "documentcontent.h"
#include "screeningreport.h"

#include <opencv2/core/mat.hpp>

#include <map>

namespace bw {

// The accountability report for people (a school's privacy officer, a teacher): a summary
// (channel, date, who, photos exported / waiting / not used, faces shown / hidden, why
// photos were not used, the audit trail's state), the settings as a list, then per photo a
// thumbnail of the exported image with its faces numbered and a line per face in words.
// File names only, never this computer's paths, and no reason codes: those stay in the
// JSON and CSV for scripts.
//
// `thumbnails` by index into report.photos (reportThumbnails makes them).
DocumentContent readableReport(const ScreeningReport &report, const std::map<int, cv::Mat> &thumbnails,
                               DocumentLanguage language = DocumentLanguage::Dutch);

// A numbered thumbnail of each exported photo whose file can still be read, by index (the
// first 200 of a very large batch).
std::map<int, cv::Mat> reportThumbnails(const ScreeningReport &report);

// readableReport with reportThumbnails.
DocumentContent readableReport(const ScreeningReport &report,
                               DocumentLanguage language = DocumentLanguage::Dutch);

} // namespace bw
