#include "guitestdata.h"
#include "testsupport.h"

#include "consentdialog.h"
#include "csvimportdialog.h"
#include "pupiltablemodel.h"
#include "statementdialog.h"
#include "storage/registry.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using namespace bw::gui;

// The consent screen on a real registry: status per channel, history, a new statement and
// the CSV import with its column mapping and bad rows.
class TestConsentScreen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tableShowsStatusPerChannel();
    void newStatementChangesStatus();
    void csvImportMapsColumnsAndRefusesBadRows();

private:
    int columnOf(const QString &channel) const;
    QString statusOf(const QString &pupil, const QString &channel) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<ConsentDialog> m_dialog;
};

void TestConsentScreen::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<void> created = test::createSchoolRegistry(m_dir->path(), false);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_dir->path());
    QVERIFY(registry.has_value());
    m_registry = std::move(*registry);
    m_dialog = std::make_unique<ConsentDialog>(m_registry.get());
    new QAbstractItemModelTester(m_dialog->pupilModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dialog.get());
    m_dialog->show();
}

void TestConsentScreen::cleanup()
{
    m_dialog.reset();
    m_registry.reset();
    m_dir.reset();
}

int TestConsentScreen::columnOf(const QString &channel) const
{
    const PupilTableModel *model = m_dialog->pupilModel();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() == channel)
            return column;
    }
    return -1;
}

QString TestConsentScreen::statusOf(const QString &pupil, const QString &channel) const
{
    const PupilTableModel *model = m_dialog->pupilModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->pupilAt(row).name == pupil)
            return model->index(row, columnOf(channel)).data().toString();
    }
    return {};
}

void TestConsentScreen::tableShowsStatusPerChannel()
{
    QCOMPARE(m_dialog->pupilModel()->rowCount(), 4);
    QVERIFY(columnOf(QStringLiteral("parro")) > 0);
    QVERIFY(columnOf(QStringLiteral("klassenfoto")) > 0);
    QCOMPARE(statusOf(QStringLiteral("Barack Obama"), QStringLiteral("parro")), QStringLiteral("✓ ja"));
    QVERIFY(statusOf(QStringLiteral("Joe Biden"), QStringLiteral("parro")).startsWith(QStringLiteral("✗")));
    QCOMPARE(statusOf(QStringLiteral("Joe Biden"), QStringLiteral("klassenfoto")), QStringLiteral("✓ ja"));
}

void TestConsentScreen::newStatementChangesStatus()
{
    // Barack Obama's parent withdraws consent for intern today: the latest statement wins.
    Result<std::optional<Pupil>> obama = m_registry->pupilByName(QStringLiteral("Barack Obama"));
    QVERIFY(obama.has_value() && obama->has_value());
    m_dialog->selectPupil((*obama)->id);
    QCOMPARE(m_dialog->historyTable()->rowCount(), 3);
    QSignalSpy changed(m_dialog.get(), &ConsentDialog::registryChanged);
    m_dialog->openStatementDialog();
    auto *statement = m_dialog->findChild<StatementDialog *>();
    QVERIFY(statement != nullptr);
    statement->categoryBox()->setCurrentText(QStringLiteral("intern"));
    QVERIFY(statement->refusedButton()->isChecked()); // "nee" is the safe preselection
    statement->accept();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_dialog->historyTable()->rowCount(), 4);
    QCOMPARE(m_dialog->historyTable()->item(0, 2)->text(), QStringLiteral("nee"));
    QVERIFY(statusOf(QStringLiteral("Barack Obama"), QStringLiteral("parro")).startsWith(QStringLiteral("✗")));
    QCOMPARE(statusOf(QStringLiteral("Barack Obama"), QStringLiteral("website")), QStringLiteral("✓ ja"));
}

void TestConsentScreen::csvImportMapsColumnsAndRefusesBadRows()
{
    // A school system's export: its own header names and one bad date.
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Naam,Klas,Geboren,Datum,Door,Bezwaar,Foto intern\n"
               "Sasha Obama,5A,2019-06-10,2025-09-01,ouder,,ja\n"
               "Malia Obama,7A,2017-07-04,2025-13-45,ouder,,ja\n");
    file.close();

    CsvImportDialog dialog(m_registry.get());
    QSignalSpy imported(&dialog, &CsvImportDialog::imported);
    QVERIFY(dialog.loadFile(path));
    QCOMPARE(dialog.mappingTable()->rowCount(), 7);
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.setMapping(QStringLiteral("Naam"), QStringLiteral("leerling"));
    dialog.setMapping(QStringLiteral("Klas"), QStringLiteral("groep"));
    dialog.setMapping(QStringLiteral("Geboren"), QStringLiteral("geboortedatum"));
    dialog.setMapping(QStringLiteral("Bezwaar"), QStringLiteral("bezwaar_andere_ouder"));
    dialog.setMapping(QStringLiteral("Foto intern"), QStringLiteral("intern"));
    // The bad date is listed by its line number, and nothing can be imported.
    QCOMPARE(dialog.errorList()->count(), 1);
    QVERIFY(dialog.errorList()->item(0)->text().contains(QStringLiteral("3")));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.importNow());
    QCOMPARE(m_registry->pupils()->size(), std::size_t(4));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("Naam,Klas,Geboren,Datum,Door,Bezwaar,Foto intern\n"
               "Sasha Obama,5A,2019-06-10,2025-09-01,ouder,,ja\n"
               "Malia Obama,7A,2017-07-04,2025-09-01,ouder,,nee\n");
    file.close();
    QVERIFY(dialog.loadFile(path));
    dialog.setMapping(QStringLiteral("Naam"), QStringLiteral("leerling"));
    dialog.setMapping(QStringLiteral("Klas"), QStringLiteral("groep"));
    dialog.setMapping(QStringLiteral("Geboren"), QStringLiteral("geboortedatum"));
    dialog.setMapping(QStringLiteral("Bezwaar"), QStringLiteral("bezwaar_andere_ouder"));
    dialog.setMapping(QStringLiteral("Foto intern"), QStringLiteral("intern"));
    QCOMPARE(dialog.errorList()->count(), 0);
    QCOMPARE(dialog.previewTable()->rowCount(), 2);
    QCOMPARE(dialog.previewTable()->item(0, 1)->text(), QStringLiteral("Sasha Obama"));
    QVERIFY(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(m_registry->pupils()->size(), std::size_t(6));
    m_dialog->reload();
    QCOMPARE(statusOf(QStringLiteral("Sasha Obama"), QStringLiteral("parro")), QStringLiteral("✓ ja"));
    QVERIFY(statusOf(QStringLiteral("Malia Obama"), QStringLiteral("parro")).startsWith(QStringLiteral("✗")));
}

QTEST_MAIN(TestConsentScreen)
#include "tst_consentscreen.moc"
