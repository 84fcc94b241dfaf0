// The teacher's kept review in a real SQLite file: round trip, replace and delete, a
// damaged file or row (a clear message and an empty state, never a crash or a half-read
// review), retention, a data folder with a non-ASCII name, owner-only files, and a change
// that is on disk for another connection as soon as keep() returns.
#include "storage/reviewstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bw;

namespace {

const QDateTime kNow(QDate(2026, 11, 30), QTime(15, 0), Qt::UTC);

QByteArray shaOf(char c)
{
    return QByteArray(64, c);
}

KeptReview sampleReview(char c)
{
    KeptReview review;
    review.sha256Hex = shaOf(c);
    review.quarterTurns = 3;
    review.excluded = true;
    review.drawnFaces = {cv::Rect2f(10.5f, 20.25f, 30.f, 40.f)};
    review.faces = {
        {cv::Rect2f(100.f, 50.f, 60.f, 80.f), QStringLiteral("hide"), 0, {}, false},
        {cv::Rect2f(300.125f, 52.f, 58.f, 77.5f), QStringLiteral("assign_pupil"), 42,
         QStringLiteral("Zijn moeder herkent hem: Jürgen – groep 5ß"), true},
        {cv::Rect2f(500.f, 60.f, 20.f, 20.f), QStringLiteral("not_a_face"), 0, {}, false},
        {cv::Rect2f(700.f, 60.f, 50.f, 50.f), QString(), 0, {}, true},
    };
    return review;
}

// A raw connection, as another process (the app after a crash) would open the file.
QString rawValue(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QString value;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(db);
    return value;
}

bool rawExecute(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    const bool opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    const bool done = opened && sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close_v2(db);
    return done;
}

} // namespace

class TestReviewStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTripAcrossReopening();
    void keepReplacesAndEmptyDeletes();
    void keptChangeIsOnDiskAtOnce();
    void nonAsciiDataFolder();
    void filesAreOwnerOnly();
    void garbageFileGivesMessageAndEmptyStore();
    void damagedPagesGiveMessageAndEmptyStore();
    void unreadableRowNamesPhotoAndFile();
    void newerFileIsLeftAlone();
    void retentionDeletesOnlyOlderReviews();
    void forgetDeletesTheBatch();

private:
    std::unique_ptr<ReviewStore> openStore(const QString &dir);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
};

void TestReviewStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_data = m_dir->filePath(QStringLiteral("data"));
}

std::unique_ptr<ReviewStore> TestReviewStore::openStore(const QString &dir)
{
    Result<std::unique_ptr<ReviewStore>> opened = ReviewStore::open(dir);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(*opened);
}

void TestReviewStore::roundTripAcrossReopening()
{
    const KeptReview review = sampleReview('a');
    {
        auto store = openStore(m_data);
        QVERIFY(store);
        QVERIFY(!store->damage());
        QVERIFY(store->keep(review, kNow).has_value());
    }
    auto store = openStore(m_data);
    QVERIFY(store);
    const Result<std::optional<KeptReview>> read = store->review(review.sha256Hex);
    QVERIFY2(read.has_value(), read ? "" : qPrintable(read.error().message));
    QVERIFY(read->has_value());
    QVERIFY((*read)->sameDecisions(review));
    QCOMPARE((*read)->faces.at(1).reason, review.faces.at(1).reason);
    QCOMPARE((*read)->savedAt, kNow);
    QCOMPARE(*store->count(), 1);
    const Result<std::optional<KeptReview>> other = store->review(shaOf('b'));
    QVERIFY(other.has_value());
    QVERIFY(!other->has_value());
}

void TestReviewStore::keepReplacesAndEmptyDeletes()
{
    auto store = openStore(m_data);
    QVERIFY(store);
    KeptReview review = sampleReview('a');
    QVERIFY(store->keep(review, kNow).has_value());
    review.faces.resize(1);
    review.excluded = false;
    QVERIFY(store->keep(review, kNow.addSecs(60)).has_value());
    QCOMPARE(*store->count(), 1);
    const std::optional<KeptReview> read = *store->review(review.sha256Hex);
    QVERIFY(read && read->sameDecisions(review));
    QCOMPARE(read->savedAt, kNow.addSecs(60));

    // Everything taken back: nothing about the photo stays on disk.
    KeptReview empty;
    empty.sha256Hex = review.sha256Hex;
    QVERIFY(store->keep(empty, kNow).has_value());
    QCOMPARE(*store->count(), 0);
}

void TestReviewStore::keptChangeIsOnDiskAtOnce()
{
    // What a crash right after an action finds: the change is committed when keep() returns
    // (WAL; another connection sees it), nothing waits in the app's memory.
    auto store = openStore(m_data);
    QVERIFY(store);
    QVERIFY(store->keep(sampleReview('c'), kNow).has_value());
    QCOMPARE(rawValue(store->filePath(), "SELECT count(*) FROM kept_reviews WHERE sha256 = '" + shaOf('c') + "'"),
             QStringLiteral("1"));
    QCOMPARE(rawValue(store->filePath(), "PRAGMA journal_mode"), QStringLiteral("wal"));
    // No face descriptor at rest: the row is the decisions' JSON, boxes and ids only.
    const QString json = rawValue(store->filePath(), "SELECT review FROM kept_reviews");
    QVERIFY2(json.contains(QStringLiteral("\"decision\":\"assign_pupil\"")), qPrintable(json));
    QVERIFY(json.size() < 1024);
}

void TestReviewStore::nonAsciiDataFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("Schoolreis Ölüdeniz – groep 5ß/juf Anneke é"));
    {
        auto store = openStore(folder);
        QVERIFY(store);
        QVERIFY(store->keep(sampleReview('d'), kNow).has_value());
        QCOMPARE(store->filePath(), QDir(folder).filePath(QString::fromLatin1(ReviewStore::kFileName)));
    }
    QVERIFY(QFile::exists(QDir(folder).filePath(QString::fromLatin1(ReviewStore::kFileName))));
    auto store = openStore(folder);
    QVERIFY(store);
    QVERIFY(store->review(shaOf('d'))->has_value());
}

void TestReviewStore::filesAreOwnerOnly()
{
    auto store = openStore(m_data);
    QVERIFY(store);
    QVERIFY(store->keep(sampleReview('e'), kNow).has_value());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        const QString path = store->filePath() + suffix;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY2(!(QFile::permissions(path) & others), qPrintable(path));
    }
    QVERIFY(!(QFile::permissions(m_data) & (QFileDevice::ReadOther | QFileDevice::ExeOther)));
}

void TestReviewStore::garbageFileGivesMessageAndEmptyStore()
{
    QVERIFY(QDir().mkpath(m_data));
    const QString path = QDir(m_data).filePath(QString::fromLatin1(ReviewStore::kFileName));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is half a JSON file from an older program {\"faces\": [");
    file.close();

    auto store = openStore(m_data);
    QVERIFY(store);
    QVERIFY(store->damage().has_value());
    const QString message = store->damage()->message;
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not an SQLite database")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("hidden until reviewed again")), qPrintable(message));
    QCOMPARE(store->damage()->text.id, MessageId::ReviewStoreDamaged);
    QCOMPARE(*store->count(), 0);
    // And it works from then on.
    QVERIFY(store->keep(sampleReview('f'), kNow).has_value());
    store.reset();
    store = openStore(m_data);
    QVERIFY(store && !store->damage());
    QCOMPARE(*store->count(), 1);
}

void TestReviewStore::damagedPagesGiveMessageAndEmptyStore()
{
    {
        auto store = openStore(m_data);
        QVERIFY(store);
        // Enough rows for several pages, so that the damage hits a table page, not the header.
        for (int i = 0; i < 300; ++i) {
            KeptReview review = sampleReview('a');
            review.sha256Hex = QByteArray::number(i).rightJustified(64, '0');
            QVERIFY(store->keep(review, kNow).has_value());
        }
    } // closing the last connection moves the WAL into the file
    const QString path = QDir(m_data).filePath(QString::fromLatin1(ReviewStore::kFileName));
    QFile file(path);
    QVERIFY(file.size() > 4 * 4096);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(4096 + 16));
    file.write(QByteArray(3 * 4096, '\x5a'));
    file.close();

    auto store = openStore(m_data);
    QVERIFY(store);
    QVERIFY(store->damage().has_value());
    QVERIFY2(store->damage()->message.contains(path), qPrintable(store->damage()->message));
    QCOMPARE(*store->count(), 0);
}

void TestReviewStore::unreadableRowNamesPhotoAndFile()
{
    auto store = openStore(m_data);
    QVERIFY(store);
    QVERIFY(store->keep(sampleReview('g'), kNow).has_value());
    QVERIFY(rawExecute(store->filePath(), "UPDATE kept_reviews SET review = '{\"quarter_turns\": 1, \"faces\": [{\"box\": [1, 2]}]}'"));
    const Result<std::optional<KeptReview>> read = store->review(shaOf('g'));
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().text.id, MessageId::KeptReviewUnreadable);
    QVERIFY2(read.error().message.contains(store->filePath()), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(QString::fromLatin1(shaOf('g'))), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(QStringLiteral("face box")), qPrintable(read.error().message));

    QVERIFY(rawExecute(store->filePath(), "UPDATE kept_reviews SET review = 'half {'"));
    QCOMPARE(store->review(shaOf('g')).error().text.id, MessageId::KeptReviewUnreadable);
    // The photo can be kept again over it.
    QVERIFY(store->keep(sampleReview('g'), kNow).has_value());
    QVERIFY(store->review(shaOf('g'))->has_value());
}

void TestReviewStore::newerFileIsLeftAlone()
{
    {
        auto store = openStore(m_data);
        QVERIFY(store);
        QVERIFY(store->keep(sampleReview('h'), kNow).has_value());
    }
    const QString path = QDir(m_data).filePath(QString::fromLatin1(ReviewStore::kFileName));
    QVERIFY(rawExecute(path, "PRAGMA user_version = 99"));
    const Result<std::unique_ptr<ReviewStore>> opened = ReviewStore::open(m_data);
    QVERIFY(!opened.has_value());
    QVERIFY2(opened.error().message.contains(QStringLiteral("newer Beeldwacht")), qPrintable(opened.error().message));
    QCOMPARE(rawValue(path, "SELECT count(*) FROM kept_reviews"), QStringLiteral("1"));
}

void TestReviewStore::retentionDeletesOnlyOlderReviews()
{
    auto store = openStore(m_data);
    QVERIFY(store);
    QVERIFY(store->keep(sampleReview('a'), kNow.addDays(-40)).has_value());
    QVERIFY(store->keep(sampleReview('b'), kNow.addDays(-29)).has_value());
    QVERIFY(store->keep(sampleReview('c'), kNow).has_value());
    const Result<int> forgotten = store->forgetSavedBefore(kNow.addDays(-30));
    QVERIFY(forgotten.has_value());
    QCOMPARE(*forgotten, 1);
    QVERIFY(!store->review(shaOf('a'))->has_value());
    QVERIFY(store->review(shaOf('b'))->has_value());
    QVERIFY(store->review(shaOf('c'))->has_value());
    // A change starts the period again.
    QVERIFY(store->keep(sampleReview('b'), kNow).has_value());
    QCOMPARE(*store->forgetSavedBefore(kNow.addDays(-1)), 0);
}

void TestReviewStore::forgetDeletesTheBatch()
{
    auto store = openStore(m_data);
    QVERIFY(store);
    for (const char c : {'a', 'b', 'c'})
        QVERIFY(store->keep(sampleReview(c), kNow).has_value());
    const Result<int> forgotten = store->forget({shaOf('a'), shaOf('c'), shaOf('x')});
    QVERIFY(forgotten.has_value());
    QCOMPARE(*forgotten, 2);
    QCOMPARE(*store->count(), 1);
    QVERIFY(store->review(shaOf('b'))->has_value());
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
