#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <opencv2/core/types.hpp>

#include <optional>
#include <vector>

namespace bw {

// One face on an exported photo as the export history keeps it: where it is (in the
// oriented source photo's pixels), whether it was shown, and, only when shown, which pupil.
struct ExportedFace {
    cv::Rect2f box;
    bool visible = false;
    std::optional<qint64> pupilId;   // set on visible faces only

    bool operator==(const ExportedFace &) const = default;
};

// One exported file in the export history.
struct ExportRecord {
    qint64 id = 0;                   // registry row id; 0 until stored
    QString channel;
    QString category;                // the channel's consent category at the time
    QDateTime exportedAt;            // UTC
    QDate date;                      // the day of the export, local time
    QString fileName;                // the exported file's name, e.g. parro_2026-05-30_001.jpg
    QString outputPath;              // where it was written (absolute)
    QString sourcePath;              // the original photo (absolute)
    QString sourceSha256;            // hex SHA-256 of the original photo
    int sourceWidth = 0;             // oriented source size, the boxes' frame
    int sourceHeight = 0;
    QString reportPath;              // the accountability report (absolute)
    std::vector<ExportedFace> faces;

    bool operator==(const ExportRecord &) const = default;
};

} // namespace bw
