#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// End to end: the built beeldwacht-cli on the sample CSV from resources/.
class TestCliPupils : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importThenListGivesADecisionForEveryPupilAndChannel();
    void listOneChannel();
    void reimportAddsNothing();
    void badCsvImportsNothing();
    void channelsAreListed();
    void badArgumentsFailWithOneLine();

private:
    Run cli(const QStringList &arguments);
    QJsonArray listJson(const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_dataDir;
};

Run TestCliPupils::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QDir(bw::test::binDir()).filePath(QStringLiteral("beeldwacht-cli")),
                  QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonArray TestCliPupils::listJson(const QStringList &extra)
{
    const Run run = cli(QStringList{QStringLiteral("pupils"), QStringLiteral("list"), QStringLiteral("--json"),
                                    QStringLiteral("--at"), QStringLiteral("2026-10-01")} + extra);
    if (run.exitCode != 0)
        qWarning() << run.err;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << run.out;
    return document.array();
}

void TestCliPupils::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dataDir = m_temp->filePath(QStringLiteral("data"));
}

void TestCliPupils::importThenListGivesADecisionForEveryPupilAndChannel()
{
    const Run imported = cli({QStringLiteral("pupils"), QStringLiteral("import"), QStringLiteral(BW_SAMPLE_CSV)});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains("8 new pupils"), imported.out.constData());
    QVERIFY(QFile::exists(QDir(m_dataDir).filePath(QStringLiteral("registry.sqlite"))));

    const QJsonArray pupils = listJson();
    QCOMPARE(pupils.size(), 8);
    const QStringList channels{"parro", "nieuwsbrief", "website-besloten", "website", "sociale-media",
                               "schoolgids", "klassenfoto"};
    QHash<QString, QJsonObject> byName;
    QHash<QString, QString> recognition;
    for (const QJsonValue &value : pupils) {
        const QJsonObject pupil = value.toObject();
        // Face recognition is a consent question, not a channel: its own object.
        const QJsonObject biometrics = pupil.value(QStringLiteral("biometrics")).toObject();
        QVERIFY(biometrics.value(QStringLiteral("allowed")).isBool());
        QCOMPARE(biometrics.value(QStringLiteral("allowed")).toBool(),
                 biometrics.value(QStringLiteral("reason")).toString() == QLatin1String("consent"));
        recognition.insert(pupil.value(QStringLiteral("leerling")).toString(),
                           biometrics.value(QStringLiteral("reason")).toString());
        const QJsonObject decisions = pupil.value(QStringLiteral("channels")).toObject();
        QCOMPARE(decisions.keys().size(), channels.size());
        for (const QString &channel : channels) {
            const QJsonObject decision = decisions.value(channel).toObject();
            QVERIFY2(decision.value(QStringLiteral("allowed")).isBool(), qPrintable(channel));
            QVERIFY2(!decision.value(QStringLiteral("reason")).toString().isEmpty(), qPrintable(channel));
            QCOMPARE(decision.value(QStringLiteral("allowed")).toBool(),
                     decision.value(QStringLiteral("reason")).toString() == QLatin1String("consent"));
        }
        byName.insert(pupil.value(QStringLiteral("leerling")).toString(), decisions);
    }

    // The sample's rows, evaluated on 2026-10-01.
    auto reason = [&](const char *pupil, const char *channel) {
        return byName.value(QString::fromUtf8(pupil)).value(QString::fromUtf8(channel)).toObject()
            .value(QStringLiteral("reason")).toString();
    };
    QCOMPARE(reason("Daan de Vries", "website"), QStringLiteral("consent"));
    QCOMPARE(reason("Emma Jansen", "parro"), QStringLiteral("consent"));
    QCOMPARE(reason("Emma Jansen", "sociale-media"), QStringLiteral("refused"));
    QCOMPARE(reason("Sem Bakker", "parro"), QStringLiteral("withdrawn"));
    QCOMPARE(reason("Sem Bakker", "klassenfoto"), QStringLiteral("consent"));
    QCOMPARE(reason("Lotte Visser", "parro"), QStringLiteral("consent"));          // her own ja at 16
    QCOMPARE(reason("Lotte Visser", "klassenfoto"), QStringLiteral("needs_pupil_consent"));
    QCOMPARE(reason("Noah van den Berg", "nieuwsbrief"), QStringLiteral("consent")); // both parents
    QCOMPARE(reason("Noah van den Berg", "schoolgids"), QStringLiteral("other_parent_objects"));
    QCOMPARE(reason("Jesse Smit", "website-besloten"), QStringLiteral("consent"));
    QCOMPARE(reason("Jesse Smit", "website"), QStringLiteral("refused"));
    QCOMPARE(reason("Sara Mulder", "parro"), QStringLiteral("refused"));           // the ja is dated 2027
    QCOMPARE(reason("Fatima El Amrani", "klassenfoto"), QStringLiteral("no_answer"));
    QCOMPARE(byName.value(QStringLiteral("Jesse Smit")).isEmpty(), false);
    QCOMPARE(recognition.value(QStringLiteral("Daan de Vries")), QStringLiteral("consent"));
    QCOMPARE(recognition.value(QStringLiteral("Emma Jansen")), QStringLiteral("refused"));
    QCOMPARE(recognition.value(QStringLiteral("Sem Bakker")), QStringLiteral("withdrawn"));
    QCOMPARE(recognition.value(QStringLiteral("Lotte Visser")), QStringLiteral("needs_pupil_consent"));
    QCOMPARE(recognition.value(QStringLiteral("Noah van den Berg")), QStringLiteral("other_parent_objects"));
    QCOMPARE(recognition.value(QStringLiteral("Jesse Smit")), QStringLiteral("no_answer"));
    QCOMPARE(recognition.value(QStringLiteral("Fatima El Amrani")), QStringLiteral("no_answer"));
    for (const QJsonValue &value : pupils) {
        if (value.toObject().value(QStringLiteral("leerling")) == QLatin1String("Jesse Smit"))
            QCOMPARE(value.toObject().value(QStringLiteral("groep")).toString(), QStringLiteral("3/4 (combinatie; ochtend)"));
    }

    // Human-readable output lists every pupil too.
    const Run human = cli({QStringLiteral("pupils"), QStringLiteral("list"), QStringLiteral("--at"), QStringLiteral("2026-10-01")});
    QCOMPARE(human.exitCode, 0);
    QCOMPARE(human.out.count('\n'), 8);
    QVERIFY(human.out.contains("Sem Bakker\t7A\tparro=withdrawn"));
    QVERIFY(human.out.contains("gezichtsherkenning=withdrawn\n"));
}

void TestCliPupils::listOneChannel()
{
    QCOMPARE(cli({QStringLiteral("pupils"), QStringLiteral("import"), QStringLiteral(BW_SAMPLE_CSV)}).exitCode, 0);
    const QJsonArray pupils = listJson({QStringLiteral("--channel"), QStringLiteral("klassenfoto")});
    QCOMPARE(pupils.size(), 8);
    for (const QJsonValue &value : pupils)
        QCOMPARE(value.toObject().value(QStringLiteral("channels")).toObject().keys(), QStringList{"klassenfoto"});

    // Sara's ja of 2027-01-10 counts from that day on.
    const Run later = cli({QStringLiteral("pupils"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--channel"),
                           QStringLiteral("parro"), QStringLiteral("--at"), QStringLiteral("2027-01-10")});
    QCOMPARE(later.exitCode, 0);
    bool seen = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(later.out).array()) {
        const QJsonObject pupil = value.toObject();
        if (pupil.value(QStringLiteral("leerling")) == QLatin1String("Sara Mulder")) {
            seen = true;
            QVERIFY(pupil.value(QStringLiteral("channels")).toObject().value(QStringLiteral("parro")).toObject()
                        .value(QStringLiteral("allowed")).toBool());
        }
    }
    QVERIFY(seen);

    const Run unknown = cli({QStringLiteral("pupils"), QStringLiteral("list"), QStringLiteral("--channel"), QStringLiteral("tv")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(unknown.err.contains("tv"));
}

void TestCliPupils::reimportAddsNothing()
{
    QCOMPARE(cli({QStringLiteral("pupils"), QStringLiteral("import"), QStringLiteral(BW_SAMPLE_CSV)}).exitCode, 0);
    const QJsonArray before = listJson();
    const Run again = cli({QStringLiteral("pupils"), QStringLiteral("import"), QStringLiteral(BW_SAMPLE_CSV)});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("0 new pupils") && again.out.contains(" 0 statements added"), again.out.constData());
    QCOMPARE(listJson(), before);
}

void TestCliPupils::badCsvImportsNothing()
{
    const QString path = m_temp->filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("leerling;datum;intern\nDaan;2025-09-01;ja\nEmma;2025-09-01;misschien\nSem;31-02-2025;ja\n");
    file.close();
    const Run run = cli({QStringLiteral("pupils"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("bad.csv:3: ") && run.err.contains("bad.csv:4: "), run.err.constData());
    QVERIFY(run.err.contains("nothing was imported"));
    QCOMPARE(listJson().size(), 0);
}

void TestCliPupils::channelsAreListed()
{
    const Run run = cli({QStringLiteral("channels"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray channels = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(channels.size(), 7);
    QCOMPARE(channels.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("parro"));
    QCOMPARE(channels.at(0).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("intern"));
    QCOMPARE(channels.at(6).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("klassenfoto"));
    for (const QJsonValue &channel : channels)
        QVERIFY(channel.toObject().value(QStringLiteral("category")).toString() != QLatin1String("gezichtsherkenning"));

    const Run human = cli({QStringLiteral("channels")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.startsWith("parro\tintern\t"));
}

void TestCliPupils::badArgumentsFailWithOneLine()
{
    const Run badDate = cli({QStringLiteral("pupils"), QStringLiteral("list"), QStringLiteral("--at"), QStringLiteral("1-10-2026")});
    QVERIFY(badDate.exitCode != 0);
    QCOMPARE(badDate.err.count('\n'), 1);
    QVERIFY(badDate.err.startsWith("beeldwacht-cli: "));
    const Run missing = cli({QStringLiteral("pupils"), QStringLiteral("import"), m_temp->filePath(QStringLiteral("nope.csv"))});
    QVERIFY(missing.exitCode != 0);
    QVERIFY(missing.err.contains("nope.csv"));
}

QTEST_GUILESS_MAIN(TestCliPupils)
#include "tst_cli_pupils.moc"
