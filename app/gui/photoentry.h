#pragma once

#include "screening/photoanalyser.h"
#include "screening/photoreview.h"
#include "screening/photoverdict.h"

#include <QImage>
#include <QString>

#include <set>

namespace bw::gui {

// One photo of the teacher's batch as the window keeps it: what analysis found (once), what
// the teacher decided (the review) and the verdict decidePhoto gave for the current channel.
struct PhotoEntry {
    QString sourcePath;
    bool analysed = false;
    PhotoAnalysis analysis;       // valid once analysed; analysis.error set when unreadable
    PhotoReview review;
    PhotoVerdict verdict;         // recomputed by decidePhoto whenever consent or review changes
    std::set<int> confirmedFaces; // faces the teacher looked at and agreed with (display only)
    QImage thumbnail;

    // The photo's size as the teacher turned it, also while the turned photo waits for its
    // analysis; empty before the first analysis.
    QSize turnedSize() const
    {
        const QSize analysed(analysis.photo.width, analysis.photo.height);
        const bool sideways = (review.quarterTurns - analysis.photo.quarterTurns) % 2 != 0;
        return sideways ? analysed.transposed() : analysed;
    }
};

} // namespace bw::gui
