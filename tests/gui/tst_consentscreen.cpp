#include "clisupport.h"
#include "guitestdata.h"
#include "testsupport.h"

#include "consent/consentpolicy.h"
#include "consentdialog.h"
#include "csvimportdialog.h"
#include "pupildialog.h"
#include "pupiltablemodel.h"
#include "statementdialog.h"
#include "storage/registry.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QListWidget>
#include <QInputDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QScrollBar>
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
    void screenAgreesWithPupilsListForEveryReason();
    void pupilIsAddedByHand();
    void familyIsSetOnTheScreen();
    void historySaysWhereAStatementCameFrom();
    void channelsAndColumnsHaveNames();
    void recognitionHasItsOwnColumnAndStatements();
    void consentFormsArePrinted();

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
        if (model->headerData(column, Qt::Horizontal, PupilTableModel::kChannelIdRole).toString() == channel)
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
    statement->categoryBox()->setCurrentIndex(statement->categoryBox()->findData(QStringLiteral("intern")));
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
    // In Dutch, with the line number: "regel 3: datum '2025-13-45' is geen datum (...)".
    QVERIFY2(dialog.errorList()->item(0)->text().startsWith(QStringLiteral("regel 3: datum '2025-13-45' is geen datum")),
             qPrintable(dialog.errorList()->item(0)->text()));
    // The mapping's first column is as wide as its title at least (it showed "lom in het besta").
    const QString title = dialog.mappingTable()->horizontalHeaderItem(0)->text();
    QVERIFY(dialog.mappingTable()->columnWidth(0) >= dialog.mappingTable()->fontMetrics().horizontalAdvance(title));
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

namespace {

// One pupil per consent reason, dated relative to today (both the screen and `pupils list`
// judge on today): the per-photo website rule, an inactive pupil, an objecting parent, a
// 16-year-old whose parent answered, a child who answered herself, an expired "ja".
Result<void> addPupilForEveryReason(Registry &registry)
{
    const QDate today = QDate::currentDate();
    SchoolSettings settings;
    settings.validity = SchoolSettings::Validity::SchoolYear;
    settings.websitePerPhotoConsent = true;
    if (Result<void> set = registry.setSchoolSettings(settings); !set)
        return set;
    struct Case { const char *name; QDate birth; bool active; StatementGiver giver; bool objects; QDate date; };
    const Case cases[] = {
        {"Per Foto", today.addYears(-9), true, StatementGiver::Parent, false, today.addDays(-1)},
        {"Niet Actief", today.addYears(-9), false, StatementGiver::Parent, false, today.addDays(-1)},
        {"Bezwaar Ouder", today.addYears(-9), true, StatementGiver::Parent, true, today.addDays(-1)},
        {"Zestien Plus", today.addYears(-17), true, StatementGiver::Parent, false, today.addDays(-1)},
        {"Zelf Gezegd", today.addYears(-9), true, StatementGiver::Pupil, false, today.addDays(-1)},
        {"Vorig Jaar", today.addYears(-9), true, StatementGiver::Parent, false, today.addDays(-400)},
    };
    for (const Case &c : cases) {
        Result<qint64> id = registry.addPupil(Pupil{0, QString::fromUtf8(c.name), QStringLiteral("6C"), c.birth, c.active});
        if (!id)
            return std::unexpected(id.error());
        for (const char *category : {"intern", "extern", "klassenfoto"}) {
            ConsentStatement statement;
            statement.pupilId = *id;
            statement.category = QString::fromLatin1(category);
            statement.granted = true;
            statement.givenBy = c.giver;
            statement.otherParentObjects = c.objects;
            statement.date = c.date;
            statement.source = QStringLiteral("test");
            if (Result<void> recorded = registry.recordStatement(statement); !recorded)
                return recorded;
        }
    }
    return {};
}

} // namespace

void TestConsentScreen::screenAgreesWithPupilsListForEveryReason()
{
    Result<void> added = addPupilForEveryReason(*m_registry);
    QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().message));
    m_dialog->reload();
    const test::CliRun run = test::runCli(m_dir->path(), {QStringLiteral("pupils"), QStringLiteral("list"),
                                                          QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray listed = QJsonDocument::fromJson(run.out.toUtf8()).array();

    const PupilTableModel *model = m_dialog->pupilModel();
    QCOMPARE(model->rowCount(), int(listed.size()));
    QSet<QString> reasons;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject pupil = listed.at(row).toObject();
        QCOMPARE(pupil.value(QStringLiteral("leerling")).toString(), model->pupilAt(row).name);
        const QJsonObject channels = pupil.value(QStringLiteral("channels")).toObject();
        QCOMPARE(model->columnCount() - PupilTableModel::FirstChannelColumn, int(channels.size()));
        // Face recognition is no channel: its own column, `biometrics` in the list.
        const QModelIndex recognition = model->index(row, PupilTableModel::RecognitionColumn);
        const QJsonObject biometrics = pupil.value(QStringLiteral("biometrics")).toObject();
        QCOMPARE(recognition.data(PupilTableModel::kReasonRole).toString(), biometrics.value(QStringLiteral("reason")).toString());
        QCOMPARE(recognition.data(PupilTableModel::kAllowedRole).toBool(), biometrics.value(QStringLiteral("allowed")).toBool());
        for (int column = PupilTableModel::FirstChannelColumn; column < model->columnCount(); ++column) {
            const QString channel = model->headerData(column, Qt::Horizontal, PupilTableModel::kChannelIdRole).toString();
            const QJsonObject cli = channels.value(channel).toObject();
            const QModelIndex cell = model->index(row, column);
            const QString where = model->pupilAt(row).name + QStringLiteral(" / ") + channel;
            QVERIFY2(!cli.isEmpty(), qPrintable(where));
            QCOMPARE(cell.data(PupilTableModel::kReasonRole).toString(), cli.value(QStringLiteral("reason")).toString());
            QCOMPARE(cell.data(PupilTableModel::kAllowedRole).toBool(), cli.value(QStringLiteral("allowed")).toBool());
            reasons.insert(cli.value(QStringLiteral("reason")).toString());
        }
    }
    for (const char *reason : {"consent", "refused", "needs_photo_consent", "pupil_inactive", "other_parent_objects",
                               "needs_pupil_consent", "needs_parent_consent", "expired"})
        QVERIFY2(reasons.contains(QString::fromLatin1(reason)), reason);
    QCOMPARE(statusOf(QStringLiteral("Per Foto"), QStringLiteral("website")),
             QStringLiteral("✗ ") + reasonBriefText(Reason::NeedsPhotoConsent));
}

void TestConsentScreen::pupilIsAddedByHand()
{
    QSignalSpy changed(m_dialog.get(), &ConsentDialog::registryChanged);
    m_dialog->openPupilDialog();
    auto *dialog = m_dialog->findChild<PupilDialog *>();
    QVERIFY(dialog != nullptr);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a pupil needs a name
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Sasha Obama"));
    QTest::keyClicks(dialog->classEdit(), QStringLiteral("5A"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    Result<std::optional<Pupil>> added = m_registry->pupilByName(QStringLiteral("Sasha Obama"));
    QVERIFY(added.has_value() && added->has_value());
    QCOMPARE((*added)->className, QStringLiteral("5A"));
    QVERIFY(!(*added)->birthDate.isValid());
    // It is in the table and selected, ready for its consent statement and reference photos.
    QCOMPARE(m_dialog->currentPupilId(), (*added)->id);
    QCOMPARE(m_dialog->pupilModel()->rowCount(), 5);
    QVERIFY(statusOf(QStringLiteral("Sasha Obama"), QStringLiteral("parro")).startsWith(QStringLiteral("✗")));
    QVERIFY(m_dialog->choosePhotosButton()->isEnabled());
    // The same name twice is refused with a reason.
    Pupil twin;
    twin.name = QStringLiteral("Sasha  Obama ");
    QVERIFY(!m_dialog->addPupil(twin));
    QCOMPARE(m_registry->pupils()->size(), std::size_t(5));
    QCOMPARE(changed.count(), 1);
}

void TestConsentScreen::familyIsSetOnTheScreen()
{
    const qint64 obama = m_registry->pupilByName(QStringLiteral("Barack Obama"))->value().id;
    m_dialog->selectPupil(obama);
    QSignalSpy changed(m_dialog.get(), &ConsentDialog::registryChanged);
    // The button asks for the code in a dialog of its own.
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("familyButton")), Qt::LeftButton);
    auto *ask = m_dialog->findChild<QInputDialog *>();
    QVERIFY(ask != nullptr);
    ask->setTextValue(QStringLiteral(" obama  "));
    ask->accept();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_registry->pupil(obama)->family, QStringLiteral("obama"));
    QCOMPARE(m_dialog->currentPupilId(), obama);
    QVERIFY(m_dialog->setFamily(QString()));
    QCOMPARE(m_registry->pupil(obama)->family, QString());
    QCOMPARE(changed.count(), 2);
}

void TestConsentScreen::historySaysWhereAStatementCameFrom()
{
    Result<std::optional<Pupil>> obama = m_registry->pupilByName(QStringLiteral("Barack Obama"));
    QVERIFY(obama.has_value() && obama->has_value());
    QVERIFY(test::recordAnswer(*m_registry, QStringLiteral("Barack Obama"), QStringLiteral("extern"), false).has_value());
    m_dialog->reload();
    m_dialog->selectPupil((*obama)->id);
    QTableWidget *history = m_dialog->historyTable();
    QStringList sources;
    QStringList questions;
    for (int row = 0; row < history->rowCount(); ++row) {
        sources << history->item(row, 4)->text();
        questions << history->item(row, 1)->text();
    }
    QVERIFY2(sources.contains(QStringLiteral("ingevoerd in Beeldwacht")), qPrintable(sources.join(QLatin1Char('|'))));
    QVERIFY2(sources.contains(QStringLiteral("school.csv, regel 2")), qPrintable(sources.join(QLatin1Char('|'))));
    QVERIFY2(questions.contains(QStringLiteral("extern (openbaar)")), qPrintable(questions.join(QLatin1Char('|'))));
    // At the screen's own size every column of the history is whole: nothing to scroll to.
    QTRY_VERIFY(history->viewport()->width() > 0);
    QVERIFY2(history->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("history %1 px wide, %2 px hidden")
                            .arg(history->viewport()->width()).arg(history->horizontalScrollBar()->maximum())));
    // ... and the last column (the source) takes the rest of the width: no blank strip.
    const QHeaderView *header = history->horizontalHeader();
    const int last = history->columnCount() - 1;
    QTRY_COMPARE(header->sectionViewportPosition(last) + header->sectionSize(last), history->viewport()->width());
}

void TestConsentScreen::channelsAndColumnsHaveNames()
{
    const PupilTableModel *model = m_dialog->pupilModel();
    const int social = columnOf(QStringLiteral("sociale-media"));
    QVERIFY(social > 0);
    QCOMPARE(model->headerData(social, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Sociale media"));
    QCOMPARE(model->headerData(social, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Sociale media — openbaar"));
    QCOMPARE(model->headerData(PupilTableModel::ReferencesColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Pasfoto's"));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex references = model->index(row, PupilTableModel::ReferencesColumn);
        QCOMPARE(references.data(PupilTableModel::kReferenceCountRole).toInt(), 0);
        QCOMPARE(references.data().toString(), QStringLiteral("—"));
    }
}

void TestConsentScreen::recognitionHasItsOwnColumnAndStatements()
{
    // Face recognition is a consent question, not a channel: its own column before the channels.
    const PupilTableModel *model = m_dialog->pupilModel();
    QCOMPARE(model->headerData(PupilTableModel::RecognitionColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Gezichtsherkenning"));
    QVERIFY(model->headerData(PupilTableModel::RecognitionColumn, Qt::Horizontal, PupilTableModel::kChannelIdRole).isNull());
    const auto recognitionOf = [model](const QString &pupil) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->pupilAt(row).name == pupil)
                return model->index(row, PupilTableModel::RecognitionColumn).data().toString();
        }
        return QString();
    };
    QCOMPARE(recognitionOf(QStringLiteral("Barack Obama")), QStringLiteral("✗ geen antwoord"));

    Result<std::optional<Pupil>> obama = m_registry->pupilByName(QStringLiteral("Barack Obama"));
    QVERIFY(obama.has_value() && obama->has_value());
    m_dialog->selectPupil((*obama)->id);
    m_dialog->openStatementDialog();
    auto *statement = m_dialog->findChild<StatementDialog *>();
    QVERIFY(statement != nullptr);
    auto *note = statement->findChild<QLabel *>(QStringLiteral("recognitionNote"));
    QVERIFY(note != nullptr);
    QVERIFY(!note->isVisibleTo(statement));
    statement->categoryBox()->setCurrentIndex(statement->categoryBox()->findData(QStringLiteral("gezichtsherkenning")));
    QVERIFY(note->isVisibleTo(statement));
    QVERIFY(note->text().contains(QStringLiteral("biometrische gegevens")));
    // The dialog grows with the note: all of its lines are shown, above the answers.
    QTRY_VERIFY2(note->height() >= note->heightForWidth(note->width()),
                 qPrintable(QStringLiteral("note %1 px high, needs %2").arg(note->height()).arg(note->heightForWidth(note->width()))));
    QVERIFY(statement->grantedButton()->mapTo(statement, QPoint(0, 0)).y() >= note->geometry().bottom());
    statement->grantedButton()->setChecked(true);
    statement->accept();
    QCOMPARE(recognitionOf(QStringLiteral("Barack Obama")), QStringLiteral("✓ ja"));
    QCOMPARE(m_registry->statementsFor((*obama)->id)->back().category, QStringLiteral("gezichtsherkenning"));
}

void TestConsentScreen::consentFormsArePrinted()
{
    const QString pdf = m_dir->filePath(QStringLiteral("formulieren.pdf"));
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("consentFormsButton")) != nullptr);
    const Result<int> written = m_dialog->writeConsentForms(pdf, QStringLiteral("8B"));
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
    QCOMPARE(*written, 4);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("Michelle Robinson")), qPrintable(content));
    QCOMPARE(content.count(QStringLiteral("Apart: automatische gezichtsherkenning")), 4);
    QVERIFY(!m_dialog->writeConsentForms(pdf, QStringLiteral("1A")).has_value());
}

QTEST_MAIN(TestConsentScreen)
#include "tst_consentscreen.moc"
