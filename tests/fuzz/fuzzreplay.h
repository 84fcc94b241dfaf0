#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTest>

#include <cstddef>
#include <cstdint>

// The harness under replay, linked into the test from the very file libFuzzer builds.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size);

namespace bw::test {

// Files of tests/fuzz/<kind>/<harness>/ (kind: corpus or regressions), sorted.
inline QStringList fuzzInputs(const QString &kind, const QString &harness)
{
    const QDir dir(QStringLiteral(BW_FUZZ_SOURCE_DIR "/%1/%2").arg(kind, harness));
    QStringList paths;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

inline QByteArray readInput(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// One row per committed input, for a replay data function.
inline void addFuzzRows(const QString &harness)
{
    QTest::addColumn<QString>("path");
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        for (const QString &path : fuzzInputs(kind, harness))
            QTest::newRow(qPrintable(kind + QLatin1Char('/') + QFileInfo(path).fileName())) << path;
    }
}

// Runs one input through the harness exactly as libFuzzer does: a broken invariant or a
// memory error aborts the test.
inline int replayInput(const QByteArray &bytes)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
}

} // namespace bw::test
