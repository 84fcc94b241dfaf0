// The dialog that records a family's answer to a request for consent for one photo: it offers
// the open requests, records through the registry, and stays open with the reason when the
// registry refuses (an unknown or answered code changes nothing).
#include "errortext.h"
#include "photoanswerdialog.h"
#include "storage/registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using namespace bw::gui;

namespace {

PhotoRequest requestFor(qint64 pupil, const QString &code, const QDate &asked)
{
    PhotoRequest request;
    request.code = code;
    request.pupilId = pupil;
    request.photoSha256 = QString(64, QLatin1Char('e'));
    request.photoPath = QStringLiteral("/home/juf/uitje/IMG_0042.jpg");
    request.channel = QStringLiteral("website");
    request.category = QStringLiteral("extern");
    request.createdAt = asked.startOfDay();
    request.expiresOn = asked.addDays(30);
    return request;
}

void pressOk(PhotoAnswerDialog &dialog)
{
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestPhotoAnswerDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsAnOpenRequestAndRefusesTheRest();
};

void TestPhotoAnswerDialog::recordsAnOpenRequestAndRefusesTheRest()
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = std::move(Registry::open(dir.path()).value());
    const qint64 daan = registry->addPupil(Pupil{0, QStringLiteral("Daan de Vries"), QStringLiteral("5B"), QDate(2016, 3, 1), true}).value();
    const QDate today = QDate::currentDate();
    QVERIFY(registry->photoRequests().add(requestFor(daan, QStringLiteral("K7QM-3XHP"), today)));
    QVERIFY(registry->photoRequests().add(requestFor(daan, QStringLiteral("OUD4-OUD4"), today.addDays(-40))));

    const std::vector<OpenPhotoRequest> open = PhotoAnswerDialog::openRequests(*registry, today).value();
    QCOMPARE(open.size(), std::size_t(1)); // the expired one is not offered
    QCOMPARE(open[0].pupilName, QStringLiteral("Daan de Vries"));
    QCOMPARE(open[0].photoName, QStringLiteral("IMG_0042.jpg"));

    int calls = 0;
    const auto record = [&](const PhotoAnswer &answer, bool change) {
        ++calls;
        const Result<ConsentStatement> recorded =
            change ? registry->changePhotoAnswer(answer) : registry->answerPhotoRequest(answer);
        return recorded ? QString() : ErrorText::describe(recorded.error());
    };
    PhotoAnswerDialog dialog(open, record);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A code typed off a letter that does not exist: refused, the dialog stays open and says why.
    dialog.codeBox()->setEditText(QStringLiteral("zzzz-zzzz"));
    dialog.grantedButton()->setChecked(true);
    pressOk(dialog);
    QCOMPARE(calls, 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("ZZZZ-ZZZZ")), qPrintable(dialog.problemLabel()->text()));
    if (!qEnvironmentVariableIsEmpty("BW_SCREENSHOT_DIR"))
        dialog.grab().save(QDir(qEnvironmentVariable("BW_SCREENSHOT_DIR")).filePath(QStringLiteral("antwoord-verzoek.png")));

    // Picked from the list: recorded as "ja" for that photo; the dialog closes.
    dialog.codeBox()->setCurrentIndex(0);
    QCOMPARE(dialog.answer().code, QStringLiteral("K7QM-3XHP"));
    pressOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const PhotoRequest answered = registry->photoRequests().find(QStringLiteral("K7QM-3XHP"))->value();
    QCOMPARE(answered.answer, std::optional<bool>(true));
    QCOMPARE(registry->statementsFor(daan)->back().photoSha256, QString(64, QLatin1Char('e')));
    QVERIFY(PhotoAnswerDialog::openRequests(*registry, today)->empty());

    // The family changes its mind: typed off the letter again, without "wijzigen" it is
    // refused; with it, a "nee" is appended for that photo and the request now reads "nee".
    PhotoAnswerDialog change({}, record);
    change.show();
    change.codeBox()->setEditText(QStringLiteral("k7qm-3xhp"));
    pressOk(change);
    QVERIFY(change.isVisible());
    QVERIFY2(change.problemLabel()->text().contains(QStringLiteral("al beantwoord")), qPrintable(change.problemLabel()->text()));
    change.changeBox()->setChecked(true);
    pressOk(change);
    QCOMPARE(change.result(), int(QDialog::Accepted));
    QCOMPARE(registry->photoRequests().find(QStringLiteral("K7QM-3XHP"))->value().answer, std::optional<bool>(false));
    QCOMPARE(registry->statementsFor(daan)->size(), std::size_t(2));
}

QTEST_MAIN(TestPhotoAnswerDialog)
#include "tst_photoanswerdialog.moc"
