// Replays the consent CSV seed corpus and every input the fuzzer ever crashed on through
// the harness, with the normal (GCC) build, so a fixed crash stays fixed.
#include "fuzzreplay.h"

#include "consent/consentcsvimporter.h"

#include <QTest>

class TestFuzzReplayConsentCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replay_data() { bw::test::addFuzzRows(QStringLiteral("consentcsv")); }
    void replay()
    {
        QFETCH(QString, path);
        const QByteArray bytes = bw::test::readInput(path);
        QCOMPARE(bw::test::replayInput(bytes), 0);
    }

    // The shipped example is a seed and must stay a valid import.
    void exampleSeedIsValid()
    {
        const QByteArray bytes = bw::test::readInput(
            QStringLiteral(BW_FUZZ_SOURCE_DIR "/corpus/consentcsv/leerlingen-voorbeeld.csv"));
        QVERIFY(!bytes.isEmpty());
        const bw::ConsentCsv csv = bw::ConsentCsvImporter().parse(bytes, QStringLiteral("voorbeeld.csv"));
        QVERIFY(csv.isValid());
        QVERIFY(csv.rows.size() >= 10);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplayConsentCsv)
#include "tst_fuzzreplay_consentcsv.moc"
