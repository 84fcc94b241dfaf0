#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "hardfaces.h"
#include "redaction/redactor.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <map>

using namespace bw;
using namespace bw::test;

// The hidden area covers the head, not just the detector's box: for real faces cut by the
// frame (40, 50, 60 % of the face box beyond an edge), turned away and tilted, the export
// hides them so that
// - the detector finds no face there again (score >= the face threshold), and
// - the descriptor no longer recognises them: distance to the intact face > 0.6 (the
//   describer's accept threshold is stricter still), described both from the box the
//   detector finds on the hard photo and from the labelled box.
// A possible face found again on a hidden head is counted and reported but allowed up to
// kMaxPossibleShare of the heads: a blurred oval with hair around it is still head-shaped,
// and CenterFace below the face threshold finds such blobs (a dog's head, a fist) on whole
// photos too. It gives nothing away about who it is (the descriptor distance says that),
// and in a screening it would only be hidden once more.
// Faces the detector does not find on the hard photo are not hidden by anything; they are
// counted here and are tst_hardfaces's business (recall).
//
// Data: the labelled development faces of tests/data/eval-identities.json (the fetched
// test photos, with eval/ photos when models/fetch --eval fetched them); built with
// BW_PASCAL_SET (tst_hiddenheadpascal) faces-pascal. Held-out faces are left out: the
// redaction was shaped with this test. Only faces >= 60 px wide: below that the descriptor
// says little even on the intact face.
// Cost: each case detects twice and describes twice on a window of 1.5 face widths around
// the face (about 1 s on the loaded 2-core machine). The suite runs a fixed sample
// (samplePosition; the cut side turning with the face, one tilt for every second face);
// BW_HIDDENHEAD_ALL=1 runs every face on every side and both tilts (about 15 min).
class TestHiddenHead : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingOfTheHeadIsLeft_data();
    void nothingOfTheHeadIsLeft();

private:
    // A face as it is on its photo: the window around it, its detection there and its
    // descriptor (what a hidden head must no longer match).
    struct Subject {
        std::size_t position;        // in the sample, counting faces left out as well
        RealFace face;
        FacePhoto window;
        FaceBox intact;
        FaceDescriptor original;
    };
    struct Case {
        FacePhoto photo;             // the hard photo and where the face is on it
        const Subject *subject;
    };
    // What is left of one hidden head.
    struct Outcome {
        bool found = false;          // the detector found the face on the hard photo
        float faceScore = 0.0f;      // best re-detection at the face threshold (0: none)
        float possibleScore = 0.0f;  // best re-detection as a possible face (0: none)
        double distance = 2.0;       // smallest descriptor distance to the intact face
        QString detail;
    };
    std::vector<FaceBox> detect(const cv::Mat &image);
    std::optional<FaceDescriptor> describe(const cv::Mat &image, const FaceBox &box);
    const std::vector<Subject> &subjects(const QString &set);
    std::vector<Case> casesFor(const QString &kind, const QString &set, double outside);
    Outcome check(const Case &item);

    std::unique_ptr<FaceEngine> m_engine;
    std::map<QString, std::vector<Subject>> m_subjects;
    bool m_all = false;
};

namespace {

// The suite's sample: every fourth development face from the second (11 of 43, with 5 of
// the 7 turned ones and facetorch_test3.jpg face 20, whose head tilted by -40 degrees was
// found again as a face at 0.50 under the former 5-cell blur); faces-pascal has only 10
// faces >= 60 px: all of them.
// Gives the face's position in the sample, or nothing when it is not in it.
std::optional<std::size_t> samplePosition(const QString &set, std::size_t face, bool all)
{
    if (all || set == QLatin1String("pascal"))
        return face;
    return face % 4 == 1 ? std::optional<std::size_t>(face / 4) : std::nullopt;
}
// Possible faces found again on a blurred oval, as a share of the hidden heads. Every full
// row (BW_HIDDENHEAD_ALL=1) stays under 2 %; a tenth leaves room for a sample of ten.
constexpr double kMaxPossibleShare = 0.1;
constexpr double kRecognised = 0.6;

// How far the nose sits from the middle of the eyes, in eye distances: 0 for a frontal face,
// about 0.3 and more for a face turned to three-quarter view.
double turn(const FaceBox &face)
{
    const cv::Point2f &left = face.landmarks[0], &right = face.landmarks[1], &nose = face.landmarks[2];
    const double eyes = cv::norm(right - left);
    return eyes > 0 ? std::abs(nose.x - (left.x + right.x) / 2) / eyes : 0.0;
}

} // namespace

void TestHiddenHead::initTestCase()
{
    const Result<ModelFiles> models = ModelLocator::locate(QString());
    if (!models)
        BW_REQUIRE_DATA(QString(), QStringLiteral("The face models"));
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    QVERIFY2(engine.has_value(), engine ? "" : qPrintable(engine.error().message));
    m_engine = std::move(*engine);
    m_all = qEnvironmentVariableIntValue("BW_HIDDENHEAD_ALL") != 0;
}

std::vector<FaceBox> TestHiddenHead::detect(const cv::Mat &image)
{
    Result<std::vector<FaceBox>> found = m_engine->detect(image);
    if (!found)
        qFatal("detection failed: %s", qPrintable(found.error().message));
    return *found;
}

std::optional<FaceDescriptor> TestHiddenHead::describe(const cv::Mat &image, const FaceBox &box)
{
    FaceBox sure = box;
    sure.possibleFace = false;   // described here only to prove nothing is left
    const auto described = m_engine->describe(image, {sure});
    return described ? described->front().descriptor : std::nullopt;
}

// Detected and described once per set, on the window around the face (as the hard photos
// are made), not on the whole photo: the same face at a fraction of the cost.
const std::vector<TestHiddenHead::Subject> &TestHiddenHead::subjects(const QString &set)
{
    const auto known = m_subjects.find(set);
    if (known != m_subjects.end())
        return known->second;
    std::vector<RealFace> faces = set == QLatin1String("pascal") ? pascalFaces() : evalFaces(set);
    std::erase_if(faces, [](const RealFace &face) { return face.box.width < 60; });
    std::vector<Subject> result;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        const std::optional<std::size_t> position = samplePosition(set, i, m_all);
        if (!position)
            continue;
        const FacePhoto window = windowed(faces[i]);
        const std::vector<FaceBox> found = detect(window.image);
        const FaceBox *intact = detectionOf(window.box, found, window.image.size());
        const std::optional<FaceDescriptor> original = intact ? describe(window.image, *intact) : std::nullopt;
        if (original)
            result.push_back({*position, faces[i], window, *intact, *original});
        else
            qInfo("%s: not described on the intact photo, left out", qPrintable(faces[i].label));
    }
    return m_subjects[set] = std::move(result);
}

std::vector<TestHiddenHead::Case> TestHiddenHead::casesFor(const QString &kind, const QString &set, double outside)
{
    std::vector<Case> cases;
    for (const Subject &subject : subjects(set)) {
        const std::size_t i = subject.position;
        if (kind == QLatin1String("cut")) {
            for (std::size_t s = 0; s < std::size(kSides); ++s) {
                if (m_all || s == i % std::size(kSides))
                    cases.push_back({cutByFrame(subject.face, kSides[s], outside), &subject});
            }
        } else if (kind == QLatin1String("tilted")) {
            // The tilted photos are the largest (the turned window on a canvas that keeps
            // it whole): the sample tilts every second face, by the two angles in turn.
            const RealFace window{subject.face.label, subject.window.image, subject.window.box};
            for (const double degrees : {-40.0, 25.0}) {
                if (m_all || (i % 2 == 1 && (degrees < 0) == (i % 4 == 3)))
                    cases.push_back({tilted(window, degrees), &subject});
            }
        } else if (subject.intact.hasLandmarks && turn(subject.intact) >= 0.2) {
            cases.push_back({{QStringLiteral("%1 (turned %2)").arg(subject.face.label).arg(turn(subject.intact), 0, 'f', 2),
                              subject.window.image, subject.window.box}, &subject});
        }
    }
    return cases;
}

TestHiddenHead::Outcome TestHiddenHead::check(const Case &item)
{
    Outcome outcome;
    const cv::Mat &image = item.photo.image;
    const std::vector<FaceBox> found = detect(image);
    const FaceBox *face = detectionOf(item.photo.box, found, image.size());
    if (face == nullptr)
        return outcome;
    outcome.found = true;
    const cv::Mat hidden = Redactor().redact(image, found);
    const cv::Rect2f head(Redactor::headRegionFor(*face, image.size()));
    for (const FaceBox &again : detect(hidden)) {
        const cv::Point2f centre = (again.rect.tl() + again.rect.br()) / 2;
        if (!head.contains(centre) && !detectionOf(item.photo.box, {again}, image.size()))
            continue;
        float &best = again.possibleFace ? outcome.possibleScore : outcome.faceScore;
        best = std::max(best, again.score);
        outcome.detail += QStringLiteral(" found again as a %1 (%2x%3 at %4,%5, score %6);")
                              .arg(again.possibleFace ? QStringLiteral("possible face") : QStringLiteral("face"))
                              .arg(qRound(again.rect.width)).arg(qRound(again.rect.height))
                              .arg(qRound(again.rect.x)).arg(qRound(again.rect.y)).arg(again.score, 0, 'f', 2);
    }
    FaceBox truth;
    truth.rect = item.photo.box;
    for (const FaceBox &probe : {*face, truth}) {
        const std::optional<FaceDescriptor> left = describe(hidden, probe);
        if (left)
            outcome.distance = std::min(outcome.distance, descriptorDistance(*left, item.subject->original));
    }
    outcome.detail += QStringLiteral(" distance %1").arg(outcome.distance, 0, 'f', 3);
    return outcome;
}

void TestHiddenHead::nothingOfTheHeadIsLeft_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("set");
    QTest::addColumn<double>("outside");
#ifdef BW_PASCAL_SET
    const QString set = QStringLiteral("pascal");
#else
    const QString set = QStringLiteral("development");
#endif
    for (const double outside : {0.4, 0.5, 0.6})
        QTest::addRow("cut %d%%, %s", qRound(outside * 100), qPrintable(set)) << QStringLiteral("cut") << set << outside;
    // faces-pascal has no turned face >= 60 px wide (none with the nose 0.2 eye distances
    // off the middle): no turned row there.
    if (set != QLatin1String("pascal"))
        QTest::addRow("turned, %s", qPrintable(set)) << QStringLiteral("turned") << set << 0.0;
    QTest::addRow("tilted, %s", qPrintable(set)) << QStringLiteral("tilted") << set << 0.0;
}

void TestHiddenHead::nothingOfTheHeadIsLeft()
{
    QFETCH(QString, kind);
    QFETCH(QString, set);
    QFETCH(double, outside);
    if (set == QLatin1String("pascal"))
        BW_REQUIRE_SHARED_DATA(pascalDir(), QStringLiteral("faces-pascal"));
    if (subjects(set).empty())
        BW_REQUIRE_DATA(QString(), QStringLiteral("The fetched test photos"));
    QElapsedTimer clock;
    clock.start();
    const std::vector<Case> cases = casesFor(kind, set, outside);
    QStringList leaks;
    int hidden = 0, possible = 0;
    double nearest = 2.0;
    for (const Case &item : cases) {
        const Outcome outcome = check(item);
        if (!outcome.found) {
            qInfo("%s: not found on the hard photo (tst_hardfaces counts recall)", qPrintable(item.photo.label));
            continue;
        }
        ++hidden;
        possible += outcome.possibleScore > 0 ? 1 : 0;
        nearest = std::min(nearest, outcome.distance);
        const bool leak = outcome.faceScore > 0 || outcome.distance <= kRecognised;
        if (leak || outcome.possibleScore > 0 || qEnvironmentVariableIsSet("BW_HIDDENHEAD_VERBOSE"))
            qInfo("%s:%s", qPrintable(item.photo.label), qPrintable(outcome.detail));
        if (leak)
            leaks << item.photo.label + QLatin1Char(':') + outcome.detail;
    }
    qInfo("%s: %d heads hidden (of %d cases); %d found again as a face or recognised, %d as a possible face; "
          "nearest descriptor distance %.3f; %lld ms",
          QTest::currentDataTag(), hidden, int(cases.size()), int(leaks.size()), possible, nearest,
          qint64(clock.elapsed()));
    QVERIFY2(hidden > 0, "no face was found on the hard photos: nothing was tested");
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    // One is always allowed: the sample depends on which photos are present (the eval/
    // photos may be missing), and in a small sample one oval would exceed the share.
    QVERIFY2(possible <= std::max(1.0, kMaxPossibleShare * hidden),
             qPrintable(QStringLiteral("%1 of %2 hidden heads are found again as a possible face (at most %3 %)")
                            .arg(possible).arg(hidden).arg(kMaxPossibleShare * 100)));
}

QTEST_GUILESS_MAIN(TestHiddenHead)
#include "tst_hiddenhead.moc"
