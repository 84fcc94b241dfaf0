#include "testsupport.h"

#include "batchstatus.h"
#include "photobadge.h"
#include "translationloader.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QTranslator>

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
};

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

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
