#pragma once

#include "error.h"
#include "imaging/photo.h"
#include "photoverdict.h"
#include "stagetimes.h"

#include <QString>

#include <optional>

namespace bw {

// One photo after screening for one channel: what the report says about it.
struct ScreenedPhoto {
    QString displaySource;        // the source path as the user gave it
    Photo photo;
    PhotoVerdict verdict;
    std::optional<Error> error;   // set when it could not be read or analysed: never exported
    QString stagedFile;           // written but not yet moved into place
    QString outputFile;           // final path (as shown to the user) once exported
    StageTimes times;

    bool operator==(const ScreenedPhoto &) const = default;
};

} // namespace bw
