// "Toestemming per foto vragen…" in the teacher's app, on real faces: the photos that wait for
// per-photo website consent get their requests in the registry and one letter per pupil
// (PDF and HTML, written by the same code as `requests make`) in the folder the teacher
// picked; the letter's photo shows only its own pupil. Nothing to ask, or a folder that
// cannot be written, gives a clear message and changes nothing.
#include "clisupport.h"
#include "composedgroup.h"
#include "guitestdata.h"
#include "testsupport.h"

#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "photorequestaction.h"
#include "storage/registry.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <map>

using namespace bw;
using namespace bw::gui;

namespace {

// The picture of an e-mail-ready letter with one photo: its embedded JPEG.
cv::Mat letterPicture(const QString &htmlPath)
{
    QFile file(htmlPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("data:image/jpeg;base64,([A-Za-z0-9+/=]+)"))
                                              .match(QString::fromLatin1(file.readAll()));
    if (!match.hasMatch())
        return {};
    const QByteArray jpeg = QByteArray::fromBase64(match.captured(1).toLatin1());
    return cv::imdecode(std::vector<uchar>(jpeg.begin(), jpeg.end()), cv::IMREAD_COLOR);
}

bool recognised(const std::vector<double> &distances)
{
    return std::any_of(distances.begin(), distances.end(), [](double d) { return d < 0.6; });
}

} // namespace

class TestPhotoRequestLetters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingToAskOnAChannelWithoutIt();
    void unwritableFolderChangesNothing();
    void lettersShowEachPupilOnlyThemself();

private:
    QString messageText() const;

    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<FaceEngine> m_engine;
    std::vector<test::Pasted> m_pasted;
    cv::Mat m_canvas;
    std::unique_ptr<MainWindow> m_window;
};

void TestPhotoRequestLetters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString obama2 = test::fetchedImage(QStringLiteral("obama2.jpg"));
    BW_REQUIRE_DATA(obama2, QStringLiteral("fetched test photos"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is missing; run installer/setup (package poppler-utils)");
    Result<ModelFiles> models = ModelLocator::locate(test::binDir());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    QVERIFY(engine);
    m_engine = std::move(*engine);

    m_data = m_dir.filePath(QStringLiteral("data"));
    Result<void> created = test::createSchoolRegistry(m_data, true);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    {
        std::unique_ptr<Registry> registry = std::move(Registry::open(m_data).value());
        // Both may appear externally in general; the website asks again for each photo.
        QVERIFY(test::recordAnswer(*registry, QStringLiteral("Joe Biden"), QStringLiteral("extern"), true));
        SchoolSettings settings = registry->schoolSettings().value();
        settings.websitePerPhotoConsent = true;
        QVERIFY(registry->setSchoolSettings(settings));
    }
    const QString trip = m_dir.filePath(QStringLiteral("uitje"));
    QVERIFY(QDir().mkpath(trip));
    m_pasted = test::composeGroupPhoto(*m_engine, m_canvas);
    QVERIFY(cv::imwrite((trip + QStringLiteral("/groep.jpg")).toStdString(), m_canvas, {cv::IMWRITE_JPEG_QUALITY, 95}));
    QVERIFY(QFile::copy(obama2, trip + QStringLiteral("/obama2.jpg")));

    m_window = std::make_unique<MainWindow>(m_data);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectChannel(QStringLiteral("website"));
    QSignalSpy analysed(m_window.get(), &MainWindow::analysisFinished);
    m_window->importPhotos({trip});
    QVERIFY(analysed.wait(240000));
    QCOMPARE(m_window->photoModel()->analysedCount(), 2);
}

QString TestPhotoRequestLetters::messageText() const
{
    QMessageBox *message = m_window->photoRequests()->message();
    return message != nullptr && message->isVisible() ? message->text() : QString();
}

void TestPhotoRequestLetters::nothingToAskOnAChannelWithoutIt()
{
    m_window->selectChannel(QStringLiteral("parro"));
    QVERIFY(m_window->photoRequests()->waitingRows().empty());
    const QString folder = m_dir.filePath(QStringLiteral("parro-brieven"));
    QSignalSpy failed(m_window->photoRequests(), &PhotoRequestAction::failed);
    m_window->photoRequests()->makeLetters(folder);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(messageText().contains(QStringLiteral("vraagt geen toestemming per foto")), qPrintable(messageText()));
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(m_window->registry()->photoRequests().all()->empty());
    m_window->selectChannel(QStringLiteral("website"));
}

void TestPhotoRequestLetters::unwritableFolderChangesNothing()
{
    // A "folder" inside a regular file cannot be made, not even by root.
    const QString file = m_dir.filePath(QStringLiteral("een-bestand"));
    QVERIFY(QFile(file).open(QIODevice::WriteOnly));
    const QString folder = file + QStringLiteral("/brieven");
    QVERIFY(!m_window->photoRequests()->waitingRows().empty());
    QSignalSpy failed(m_window->photoRequests(), &PhotoRequestAction::failed);
    m_window->photoRequests()->makeLetters(folder);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(messageText().contains(QStringLiteral("kan niet worden gemaakt")) && messageText().contains(folder),
             qPrintable(messageText()));
    QVERIFY(m_window->registry()->photoRequests().all()->empty()); // no request made
}

void TestPhotoRequestLetters::lettersShowEachPupilOnlyThemself()
{
    // The group photo waits for both pupils; who else waits follows from the verdicts.
    PhotoRequestAction &requests = *m_window->photoRequests();
    std::map<QString, int> asked; // pupil -> photos waiting for their answer
    bool groupWaits = false;
    for (int row : requests.waitingRows()) {
        const PhotoEntry &entry = m_window->photoModel()->entry(row);
        for (const QString &pupil : entry.verdict.pupilsNeedingPhotoConsent)
            ++asked[pupil];
        groupWaits = groupWaits || (entry.sourcePath.endsWith(QStringLiteral("groep.jpg"))
                                    && entry.verdict.pupilsNeedingPhotoConsent.size() == 2);
    }
    QVERIFY(groupWaits);
    int expectedRequests = 0;
    for (const auto &[pupil, photos] : asked)
        expectedRequests += photos;

    const QString folder = m_dir.filePath(QStringLiteral("brieven"));
    QSignalSpy made(&requests, &PhotoRequestAction::lettersMade);
    requests.makeLetters(folder);
    QVERIFY(requests.isRunning());
    QVERIFY(made.wait(240000));
    const auto written = made.first().first().value<documents::WrittenLetters>();
    QCOMPARE(written.letters, int(asked.size())); // one letter per pupil
    QCOMPARE(written.requests, expectedRequests);
    // "2 brief(en) gemaakt voor 3 verzoek(en) in de map …" (the plural forms come with the app's
    // Dutch translation, which this test does not load).
    QVERIFY2(messageText().startsWith(QStringLiteral("%1 brie").arg(asked.size()))
                 && messageText().contains(QStringLiteral("%1 verzoek").arg(expectedRequests))
                 && messageText().contains(QDir::toNativeSeparators(folder)),
             qPrintable(messageText()));
    QVERIFY(requests.message()->findChild<QPushButton *>(QStringLiteral("openFolder")) != nullptr);
    if (!qEnvironmentVariableIsEmpty("BW_SCREENSHOT_DIR"))
        requests.message()->grab().save(QDir(qEnvironmentVariable("BW_SCREENSHOT_DIR")).filePath(QStringLiteral("verzoeken-gemaakt.png")));

    // The registry holds exactly these requests; each letter asks its pupil's, and no one else's.
    const std::vector<PhotoRequest> stored = m_window->registry()->photoRequests().all().value();
    QCOMPARE(int(stored.size()), expectedRequests);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), qsizetype(asked.size()));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.html")}, QDir::Files).size(), qsizetype(asked.size()));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("verzoeken.csv"))));
    std::map<QString, QString> letterText; // pupil -> all text of their letter
    for (const QString &pdf : QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
        const QString text = test::pdfText(QDir(folder).filePath(pdf));
        for (const auto &[pupil, photos] : asked) {
            if (text.contains(pupil))
                letterText[pupil] += text;
        }
    }
    for (const PhotoRequest &request : stored) {
        const QString pupil = m_window->registry()->pupil(request.pupilId)->name;
        QVERIFY2(letterText[pupil].contains(request.code), qPrintable(pupil + QLatin1Char(' ') + request.code));
        for (const auto &[other, photos] : asked)
            QVERIFY2(other == pupil || !letterText[pupil].contains(other), qPrintable(pupil + QStringLiteral(" / ") + other));
    }

    // Biden's letter (one photo: the group) shows him, and neither Obama nor the strangers.
    QCOMPARE(asked[QStringLiteral("Joe Biden")], 1);
    const auto biden = std::find_if(stored.begin(), stored.end(), [&](const PhotoRequest &request) {
        return m_window->registry()->pupil(request.pupilId)->name == QLatin1String("Joe Biden");
    });
    const cv::Mat picture = letterPicture(QDir(folder).filePath(biden->code + QStringLiteral(".html")));
    QVERIFY(!picture.empty());
    for (const test::Pasted &pasted : m_pasted) {
        const bool own = pasted.who == QLatin1String("Joe Biden");
        QVERIFY2(recognised(test::distancesToPasted(*m_engine, m_canvas, picture, pasted)) == own,
                 qPrintable(pasted.who.isEmpty() ? QStringLiteral("stranger") : pasted.who));
    }

    // Asked again: the open requests are reused (same codes), nothing is added.
    QSignalSpy again(&requests, &PhotoRequestAction::lettersMade);
    requests.makeLetters(folder);
    QVERIFY(again.wait(240000));
    QCOMPARE(m_window->registry()->photoRequests().all()->size(), stored.size());
}

QTEST_MAIN(TestPhotoRequestLetters)
#include "tst_photorequestletters.moc"
