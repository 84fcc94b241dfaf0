#pragma once

#include "error.h"
#include "requests/requestletters.h"

#include <QString>

#include <vector>

namespace bw {
class PhotoAnalyser;
}

namespace bw::documents {

// What one run of request letters wrote.
struct WrittenLetters {
    int letters = 0;
    int requests = 0;
    QString folder;
    QString overview;   // FOLDER/verzoeken.csv
};

// The folder for the letters exists (made when needed) and takes new files. Checked before
// any request is made, so that a folder that cannot be written changes nothing.
Result<void> prepareLetterFolder(const QString &folder);

// Every letter of the run (core's makeRequestLetters) as FOLDER/NAME.pdf and, with the same
// text, the e-mail-ready FOLDER/NAME.html; then the overview FOLDER/verzoeken.csv of the
// requests of this run (which letter asks each). Every file is written whole or not at all;
// the first failure stops the run and names the file. The CLI's `requests make` and the
// app's "Toestemming per foto vragen…" both write their letters here. Needs a
// QGuiApplication (fonts), and runs on any thread.
Result<WrittenLetters> writeRequestLetters(const QString &folder, const std::vector<PhotoRequestSet> &sets,
                                           const LetterSettings &settings, PhotoAnalyser &analyser);

} // namespace bw::documents
