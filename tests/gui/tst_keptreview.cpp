// Work is kept (issue 13, item 5), through the real window on real photos and models: the
// teacher reviews a batch (names a pupil, marks no pupil, hides a recognised pupil with
// consent, draws a box, turns and drops a photo), the window goes away, a new one opens the
// same photos (in another order, from a folder with a non-ASCII name) and finds every
// decision back; the export follows them. "Reeks sluiten" deletes the kept review, and the
// retention setting deletes what is older.
#include "guitestdata.h"
#include "clisupport.h"
#include "testsupport.h"

#include "analysiscontroller.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "reviewkeeper.h"
#include "reviewpane.h"
#include "storage/registry.h"
#include "storage/reviewstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace bw;
using namespace bw::gui;

namespace {

// What the teacher decided about one photo, and what the tool made of it.
struct Reviewed {
    PhotoReview review;
    std::set<int> confirmed;
    std::vector<FaceDecision> decisions;
};

Reviewed reviewedOf(const PhotoEntry &entry)
{
    Reviewed reviewed{entry.review, entry.confirmedFaces, {}};
    for (const ScreenedFace &face : entry.verdict.faces)
        reviewed.decisions.push_back(face.decision);
    return reviewed;
}

// The report's photo whose source ends in `name`.
QJsonObject reportPhoto(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &photo : report[QStringLiteral("photos")].toArray()) {
        if (photo[QStringLiteral("source")].toString().endsWith(name))
            return photo.toObject();
    }
    return {};
}

} // namespace

class TestKeptReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reviewComesBackInANewWindow();
    void exportFollowsTheRestoredReview();
    void closingTheBatchDeletesItsReview();
    void retentionDeletesOldReviews();

private:
    // A new window on the data folder with `photos` imported and analysed (also again at a
    // kept turn).
    void openWindow(const QStringList &photos);
    int rowOf(const QString &path) const { return m_window->photoModel()->rowOf(QFileInfo(path).absoluteFilePath()); }
    qint64 pupilId(const QString &name);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_family;
    QString m_obama;
    QString m_biden;
    std::unique_ptr<MainWindow> m_window;
    std::map<QString, Reviewed> m_before;
};

void TestKeptReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString family = test::fetchedImage(QStringLiteral("insightface_t1.jpg"));
    const QString obama = test::fetchedImage(QStringLiteral("obama2.jpg"));
    const QString biden = test::fetchedImage(QStringLiteral("biden.jpg"));
    BW_REQUIRE_DATA(family, QStringLiteral("insightface_t1.jpg"));
    BW_REQUIRE_DATA(obama, QStringLiteral("obama2.jpg"));
    BW_REQUIRE_DATA(biden, QStringLiteral("biden.jpg"));
    QVERIFY(m_dir.isValid());
    const QString trip = m_dir.filePath(QStringLiteral("Schoolreis Ölüdeniz – groep 5ß"));
    QVERIFY(QDir().mkpath(trip));
    m_family = QDir(trip).filePath(QStringLiteral("familie.jpg"));
    m_obama = QDir(trip).filePath(QStringLiteral("obama2.jpg"));
    m_biden = QDir(trip).filePath(QStringLiteral("biden.jpg"));
    QVERIFY(QFile::copy(family, m_family) && QFile::copy(obama, m_obama) && QFile::copy(biden, m_biden));
    m_data = m_dir.filePath(QStringLiteral("data"));
    const Result<void> created = test::createSchoolRegistry(m_data, true);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
}

void TestKeptReview::openWindow(const QStringList &photos)
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_data);
    m_window->selectChannel(QStringLiteral("parro"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->importPhotos(photos);
    PhotoListModel *model = m_window->photoModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->analysedCount() == int(photos.size()) && !m_window->analysis()->isRunning(),
                             240000);
}

qint64 TestKeptReview::pupilId(const QString &name)
{
    const Result<std::optional<Pupil>> pupil = m_window->registry()->pupilByName(name);
    return pupil && *pupil ? (*pupil)->id : 0;
}

void TestKeptReview::reviewComesBackInANewWindow()
{
    openWindow({m_family, m_obama, m_biden});
    PhotoListModel *model = m_window->photoModel();
    ReviewPane *pane = m_window->reviewPane();

    // Obama is recognised with consent for parro: visible, until the teacher hides him.
    m_window->showPhoto(rowOf(m_obama));
    QVERIFY(model->entry(rowOf(m_obama)).verdict.faces.at(0).decision.visible);
    pane->selectFace(0);
    pane->hideFace();
    QVERIFY(!model->entry(rowOf(m_obama)).verdict.faces.at(0).decision.visible);

    // The family photo: a pupil named by hand (visible by her consent), one face marked "no
    // pupil", a box drawn around a face the detector missed.
    m_window->showPhoto(rowOf(m_family));
    QVERIFY(model->entry(rowOf(m_family)).analysis.faces.size() >= 6);
    QVERIFY(pane->assignPupil(2, pupilId(QStringLiteral("Michelle Robinson")), QStringLiteral("juf kent haar")));
    QVERIFY(model->entry(rowOf(m_family)).verdict.faces.at(2).decision.visible);
    pane->selectFace(4);
    pane->markNotAPupil();
    pane->addDrawnFace(QRectF(12, 14, 40, 48));

    // Biden turned a quarter (as for a photo whose orientation was unknown), analysed again
    // at that turn, then a box drawn on the turned photo and the photo dropped.
    m_window->showPhoto(rowOf(m_biden));
    pane->turnPhoto(1);
    QTRY_VERIFY_WITH_TIMEOUT(model->entry(rowOf(m_biden)).analysed, 120000);
    pane->addDrawnFace(QRectF(30, 20, 60, 60));
    pane->setExcluded(true);

    for (const QString &path : {m_family, m_obama, m_biden})
        m_before[path] = reviewedOf(model->entry(rowOf(path)));
    QCOMPARE(*m_window->reviewKeeper()->store()->count(), 3);

    // The app goes away; a new window opens the same photos in another order.
    openWindow({m_biden, m_obama, m_family});
    model = m_window->photoModel();
    for (const QString &path : {m_family, m_obama, m_biden}) {
        const Reviewed now = reviewedOf(model->entry(rowOf(path)));
        const Reviewed &before = m_before[path];
        QVERIFY2(now.review == before.review, qPrintable(path));
        QCOMPARE(now.confirmed, before.confirmed);
        QVERIFY2(now.decisions == before.decisions, qPrintable(path));
    }
    QCOMPARE(model->entry(rowOf(m_biden)).review.quarterTurns, 1);
    QVERIFY(!model->entry(rowOf(m_obama)).verdict.faces.at(0).decision.visible);
    QVERIFY2(m_window->notice().contains(QStringLiteral("teruggezet")), qPrintable(m_window->notice()));
}

void TestKeptReview::exportFollowsTheRestoredReview()
{
    QVERIFY2(m_window && m_window->photoModel()->rowCount() == 3, "needs reviewComesBackInANewWindow");
    const QString report = m_dir.filePath(QStringLiteral("verslag.json"));
    const QString failure = test::exportBatch(*m_window, m_dir.filePath(QStringLiteral("export")), report);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QJsonObject written = test::readJsonObject(report);

    const QJsonObject obama = reportPhoto(written, QStringLiteral("obama2.jpg"));
    QCOMPARE(obama[QStringLiteral("status")].toString(), QStringLiteral("exported"));
    QCOMPARE(obama[QStringLiteral("faces")].toArray().at(0)[QStringLiteral("visible")].toBool(true), false);

    const QJsonObject family = reportPhoto(written, QStringLiteral("familie.jpg"));
    const QJsonArray faces = family[QStringLiteral("faces")].toArray();
    QVERIFY(faces.size() >= 7); // six or more detected and the drawn box
    int visible = 0;
    for (const QJsonValue &face : faces) {
        if (face[QStringLiteral("visible")].toBool()) {
            ++visible;
            QCOMPARE(face[QStringLiteral("pupil")].toString(), QStringLiteral("Michelle Robinson"));
            QCOMPARE(face[QStringLiteral("matched_by")].toString(), QStringLiteral("teacher"));
        }
    }
    QCOMPARE(visible, 1);
    QVERIFY(reportPhoto(written, QStringLiteral("biden.jpg"))[QStringLiteral("status")].toString()
            != QStringLiteral("exported"));
}

void TestKeptReview::closingTheBatchDeletesItsReview()
{
    QVERIFY2(m_window && m_window->photoModel()->rowCount() == 3, "needs reviewComesBackInANewWindow");
    ReviewStore *store = m_window->reviewKeeper()->store();
    QCOMPARE(*store->count(), 3);
    m_window->closeBatch();
    QCOMPARE(m_window->photoModel()->rowCount(), 0);
    QCOMPARE(*store->count(), 0);
    QVERIFY2(m_window->notice().contains(QStringLiteral("gesloten")), qPrintable(m_window->notice()));

    // Opened again, the photos start unreviewed: Obama is visible by his consent again.
    openWindow({m_obama, m_biden});
    const PhotoListModel *model = m_window->photoModel();
    QVERIFY(model->entry(rowOf(m_obama)).review.overrides.empty());
    QVERIFY(model->entry(rowOf(m_obama)).verdict.faces.at(0).decision.visible);
    QCOMPARE(model->entry(rowOf(m_biden)).review.quarterTurns, 0);
    QVERIFY(!model->entry(rowOf(m_biden)).review.excluded);
}

void TestKeptReview::retentionDeletesOldReviews()
{
    m_window.reset();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        Result<std::unique_ptr<ReviewStore>> store = ReviewStore::open(m_data);
        QVERIFY(store.has_value());
        for (const auto &[sha, daysAgo] : {std::pair{'a', 31}, std::pair{'b', 12}, std::pair{'c', 0}}) {
            KeptReview review;
            review.sha256Hex = QByteArray(64, sha);
            review.excluded = true;
            QVERIFY((*store)->keep(review, now.addDays(-daysAgo)).has_value());
        }
    }
    // The default, 30 days, at the window's start.
    m_window = std::make_unique<MainWindow>(m_data);
    QCOMPARE(*m_window->reviewKeeper()->store()->count(), 2);
    m_window.reset();

    // The school keeps them 10 days (`settings review_retention_days 10`).
    const test::CliRun set = test::runCli(m_data, {QStringLiteral("settings"), QStringLiteral("review_retention_days"),
                                                   QStringLiteral("10")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    m_window = std::make_unique<MainWindow>(m_data);
    QCOMPARE(*m_window->reviewKeeper()->store()->count(), 1);
    QVERIFY(m_window->reviewKeeper()->store()->review(QByteArray(64, 'c'))->has_value());
}

QTEST_MAIN(TestKeptReview)
#include "tst_keptreview.moc"
