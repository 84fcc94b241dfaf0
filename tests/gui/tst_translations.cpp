#include "testsupport.h"

#include "batchstatus.h"
#include "errortext.h"
#include "photobadge.h"
#include "translationloader.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <set>

using namespace bw::gui;

// Dutch is the UI's own language; English comes from the compiled .qm in the build tree's
// share/beeldwacht/translations, where the installed program looks for it too.
class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void localeChoice_data();
    void localeChoice();
    void englishTranslationIsBuiltAndUsed();
    void dutchPluralsComeFromTheirOwnTranslation();
    void everyStringHasAFinishedTranslation_data();
    void everyStringHasAFinishedTranslation();
    void everyErrorMessageHasATextInBothLanguages();
};

namespace {

std::set<int> placeholders(const QString &text)
{
    std::set<int> numbers;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d{1,2})"));
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        numbers.insert(match.captured(1).toInt());
    return numbers;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError()));
    return {};
}

} // namespace

void TestTranslations::localeChoice_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QLocale::Language>("expected");
    QTest::newRow("dutch system") << QString() << QLocale(QLocale::Dutch) << QLocale::Dutch;
    QTest::newRow("english system") << QString() << QLocale(QLocale::English) << QLocale::English;
    QTest::newRow("german system falls back to Dutch") << QString() << QLocale(QLocale::German) << QLocale::Dutch;
    QTest::newRow("--lang en wins") << QStringLiteral("en") << QLocale(QLocale::Dutch) << QLocale::English;
    QTest::newRow("--lang nl wins") << QStringLiteral("nl") << QLocale(QLocale::English) << QLocale::Dutch;
}

void TestTranslations::localeChoice()
{
    QFETCH(QString, requested);
    QFETCH(QLocale, system);
    QFETCH(QLocale::Language, expected);
    QCOMPARE(TranslationLoader::chooseLocale(requested, system).language(), expected);
}

void TestTranslations::englishTranslationIsBuiltAndUsed()
{
    const QString dir = TranslationLoader::translationsDir(bw::test::binDir());
    QVERIFY2(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("beeldwacht_en.qm"))), qPrintable(dir));
    QCOMPARE(PhotoBadge::label(PhotoBadge::Kind::Ready), QStringLiteral("klaar"));
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::English), QStringLiteral("beeldwacht"), QStringLiteral("_"), dir));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(PhotoBadge::label(PhotoBadge::Kind::Ready), QStringLiteral("ready"));
    QCOMPARE(PhotoBadge::label(PhotoBadge::Kind::DoNotUse), QStringLiteral("do not use"));
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::dutchPluralsComeFromTheirOwnTranslation()
{
    const QString dir = TranslationLoader::translationsDir(bw::test::binDir());
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Dutch), QStringLiteral("beeldwacht"), QStringLiteral("_"), dir));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(BatchStatus::tr("%n foto('s): ", nullptr, 1), QStringLiteral("1 foto: "));
    QCOMPARE(BatchStatus::tr("%n foto('s): ", nullptr, 3), QStringLiteral("3 foto's: "));
    QCoreApplication::removeTranslator(&translator);
}

// lupdate is run on the sources into a copy of each committed .ts file: a tr() string that
// was added or changed without its translation comes out "unfinished", and so does one the
// committed file already left unfinished.
void TestTranslations::everyStringHasAFinishedTranslation_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QStringList>("options");
    const QString projects = QStringLiteral(BW_LUPDATE_PROJECTS);
    QTest::newRow("en") << QStringLiteral("beeldwacht_en.ts") << projects + QStringLiteral("/beeldwacht_gui_project.cmake")
                        << QStringList();
    QTest::newRow("nl (plural forms)") << QStringLiteral("beeldwacht_nl.ts")
                                       << projects + QStringLiteral("/beeldwacht_project.cmake")
                                       << QStringList{QStringLiteral("-pluralonly")};
}

void TestTranslations::everyStringHasAFinishedTranslation()
{
    QFETCH(QString, tsFile);
    QFETCH(QString, project);
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(tsFile);
    QVERIFY(QFile::copy(QDir(QStringLiteral(BW_TS_DIR)).filePath(tsFile), copy));
    const QString json = dir.filePath(QStringLiteral("project.json"));
    QString failure = run(QStringLiteral(BW_CMAKE_COMMAND),
                          {QStringLiteral("-DIN_FILE=") + project, QStringLiteral("-DOUT_FILE=") + json,
                           QStringLiteral("-P"), QStringLiteral(BW_LUPDATE_SCRIPT)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = run(QStringLiteral(BW_LUPDATE), QStringList{QStringLiteral("-project"), json, QStringLiteral("-ts"), copy,
                                                         QStringLiteral("-source-language"), QStringLiteral("nl_NL"),
                                                         QStringLiteral("-no-obsolete"), QStringLiteral("-silent")}
                                                  + options);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(file.readAll());
    QStringList unfinished;
    static const QRegularExpression source(QStringLiteral("<source>(.*)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption
                                               | QRegularExpression::InvertedGreedinessOption);
    for (const QString &message : ts.split(QStringLiteral("<message"))) {
        if (message.contains(QStringLiteral("type=\"unfinished\"")))
            unfinished << source.match(message).captured(1);
    }
    QVERIFY2(!ts.contains(QStringLiteral("type=\"unfinished\"")),
             qPrintable(QStringLiteral("%1 lacks a translation of:\n%2\nRun the update_translations target and "
                                       "fill them in.").arg(tsFile, unfinished.join(QLatin1Char('\n')))));
}

// Core's failures are shown in the teacher's language: every message id has a Dutch text and
// an English translation that use the same values as core's own English wording.
void TestTranslations::everyErrorMessageHasATextInBothLanguages()
{
    const QString dir = TranslationLoader::translationsDir(bw::test::binDir());
    QTranslator english;
    QVERIFY(english.load(QLocale(QLocale::English), QStringLiteral("beeldwacht"), QStringLiteral("_"), dir));
    for (int i = 0; i <= int(bw::kLastMessageId); ++i) {
        const auto id = bw::MessageId(i);
        const QString core = bw::englishTemplate(id);
        const QString dutch = ErrorText::templateFor(id);
        QVERIFY2(!core.isEmpty(), qPrintable(QStringLiteral("message id %1 has no English wording in core").arg(i)));
        QVERIFY2(!dutch.isEmpty(), qPrintable(QStringLiteral("message id %1 (%2) has no Dutch text").arg(i).arg(core)));
        QCoreApplication::installTranslator(&english);
        const QString translated = ErrorText::templateFor(id);
        QCoreApplication::removeTranslator(&english);
        QVERIFY2(translated != dutch || dutch == core,
                 qPrintable(QStringLiteral("no English translation of \"%1\"").arg(dutch)));
        // A text may leave out a detail core names (what SQLite was doing), never invent one.
        const std::set<int> available = placeholders(core);
        for (const QString &text : {dutch, translated}) {
            for (const int number : placeholders(text)) {
                QVERIFY2(available.count(number) > 0,
                         qPrintable(QStringLiteral("\"%1\" uses %%2, which \"%3\" does not have")
                                        .arg(text).arg(number).arg(core)));
            }
        }
        QCOMPARE(placeholders(translated), placeholders(dutch));
    }

    const bw::Error error(bw::ErrorCode::InvalidCsv, bw::makeMessage(bw::MessageId::CsvRejected, "a.csv", 3, 2),
                          bw::makeMessage(bw::MessageId::CsvBadYesNo, "klas", "7A"));
    QCOMPARE(error.message, QStringLiteral("a.csv:3 (2 bad rows; nothing imported): column 'klas': '7A' is not ja, "
                                           "nee or empty"));
    QCOMPARE(ErrorText::describe(error), QStringLiteral("a.csv, regel 3 (2 foute regels; er is niets "
                                                        "geïmporteerd): kolom 'klas': '7A' is niet ja, nee of leeg"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
