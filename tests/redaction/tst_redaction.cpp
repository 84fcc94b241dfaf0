#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "redaction/redactor.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <set>
#include <tuple>

using namespace bw;

Q_DECLARE_METATYPE(bw::RedactionMode)

namespace {

cv::Mat noiseImage(cv::Size size)
{
    cv::Mat image(size, CV_8UC3);
    cv::RNG rng(20260601);
    rng.fill(image, cv::RNG::UNIFORM, cv::Scalar::all(0), cv::Scalar::all(256));
    return image;
}

// Where a pixel centre lies relative to the head ellipse: < 1 inside, > 1 outside.
double ellipseRadius(const cv::RotatedRect &ellipse, int x, int y)
{
    const double dx = (x - ellipse.center.x) / (ellipse.size.width / 2.0);
    const double dy = (y - ellipse.center.y) / (ellipse.size.height / 2.0);
    return std::sqrt(dx * dx + dy * dy);
}

struct PixelCounts {
    int inside = 0;          // pixels well inside the ellipse
    int insideChanged = 0;
    int outside = 0;         // pixels outside the ellipse (inside the image)
    int outsideChanged = 0;
};

PixelCounts countChanges(const cv::Mat &before, const cv::Mat &after, const cv::Rect2f &face)
{
    const cv::RotatedRect ellipse = Redactor::headEllipseFor(face);
    PixelCounts counts;
    for (int y = 0; y < before.rows; ++y) {
        for (int x = 0; x < before.cols; ++x) {
            const bool changed = before.at<cv::Vec3b>(y, x) != after.at<cv::Vec3b>(y, x);
            const double r = ellipseRadius(ellipse, x, y);
            if (r < 0.97) {
                ++counts.inside;
                counts.insideChanged += changed;
            } else if (r > 1.03) {
                ++counts.outside;
                counts.outsideChanged += changed;
            }
        }
    }
    return counts;
}

QString modeName(RedactionMode mode)
{
    switch (mode) {
    case RedactionMode::Blur: return QStringLiteral("blur");
    case RedactionMode::Pixelate: return QStringLiteral("pixelate");
    case RedactionMode::Solid: return QStringLiteral("solid");
    }
    return {};
}

void addModes()
{
    QTest::addColumn<RedactionMode>("mode");
    for (RedactionMode mode : {RedactionMode::Blur, RedactionMode::Pixelate, RedactionMode::Solid})
        QTest::newRow(qPrintable(modeName(mode))) << mode;
}

} // namespace

class TestRedaction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headEllipseCoversTheWholeFaceBoxAndMore();
    void headRegionIsClippedToTheImage();
    void onlyTheHeadEllipseChanges_data() { addModes(); }
    void onlyTheHeadEllipseChanges();
    void inputIsNotModified();
    void facesAtTheBorderAreClipped_data() { addModes(); }
    void facesAtTheBorderAreClipped();
    void degenerateBoxesChangeNothing();
    void strengthFollowsTheFaceSize_data();
    void strengthFollowsTheFaceSize();
    void weakSettingsAreClampedToSafeStrength();
    void initTestCase();
    void hiddenRealFacesAreNotFoundNorRecognised_data();
    void hiddenRealFacesAreNotFoundNorRecognised();
    void lightBlurIsStillRecognised();
    void onlyTheKeptFaceIsFoundAgain();
    void cutFaceOnObama2IsHidden();

private:
    // The engine, or a skip (a failure in CI) when the models are missing.
    FaceEngine *engine();
    // The descriptor of the main face of a fetched photo.
    std::optional<FaceDescriptor> descriptorOf(const QString &photo);

    std::unique_ptr<FaceEngine> m_engine;
    QString m_engineError;
};

void TestRedaction::headEllipseCoversTheWholeFaceBoxAndMore()
{
    const cv::Rect2f face(100, 120, 80, 100);
    const cv::RotatedRect ellipse = Redactor::headEllipseFor(face);
    for (const cv::Point2f corner : {face.tl(), cv::Point2f(face.x + face.width, face.y),
                                     cv::Point2f(face.x, face.y + face.height), face.br()}) {
        const double dx = (corner.x - ellipse.center.x) / (ellipse.size.width / 2.0);
        const double dy = (corner.y - ellipse.center.y) / (ellipse.size.height / 2.0);
        QVERIFY2(dx * dx + dy * dy < 1.0, "every corner of the face box lies inside the hidden ellipse");
    }
    // Generous: at least 40% wider, and reaching well above the brows for hair and forehead.
    QVERIFY(ellipse.size.width >= 1.4f * face.width);
    QVERIFY(ellipse.center.y - ellipse.size.height / 2 <= face.y - 0.4f * face.height);

    const cv::Rect region = Redactor::headRegionFor(face, cv::Size(1000, 1000));
    QVERIFY((region & cv::Rect(face)) == cv::Rect(face));
    QVERIFY(region.width >= int(ellipse.size.width));
    QVERIFY(region.height >= int(ellipse.size.height));
}

void TestRedaction::headRegionIsClippedToTheImage()
{
    const cv::Size size(200, 150);
    const cv::Rect full(cv::Point(0, 0), size);
    const cv::Rect topLeft = Redactor::headRegionFor(cv::Rect2f(-20, -20, 60, 60), size);
    QCOMPARE(topLeft.tl(), cv::Point(0, 0));
    QCOMPARE(topLeft & full, topLeft);
    const cv::Rect bottomRight = Redactor::headRegionFor(cv::Rect2f(170, 120, 60, 60), size);
    QCOMPARE(bottomRight.br(), full.br());
    QVERIFY(Redactor::headRegionFor(cv::Rect2f(500, 500, 50, 50), size).empty());
}

void TestRedaction::onlyTheHeadEllipseChanges()
{
    QFETCH(RedactionMode, mode);
    const cv::Mat image = noiseImage({400, 400});
    const cv::Rect2f face(150, 160, 80, 90);
    const cv::Mat redacted = redact(image, {face}, RedactionSettings{.mode = mode});

    QCOMPARE(redacted.size(), image.size());
    QCOMPARE(redacted.type(), image.type());
    const PixelCounts counts = countChanges(image, redacted, face);
    QVERIFY(counts.inside > 5000);
    QCOMPARE(counts.outsideChanged, 0);
    // Noise differs from its own average almost everywhere; solid changes every pixel.
    QVERIFY2(counts.insideChanged >= counts.inside * 98 / 100,
             qPrintable(QStringLiteral("%1 of %2 pixels inside the ellipse changed")
                            .arg(counts.insideChanged).arg(counts.inside)));

    const cv::Rect region = Redactor::headRegionFor(face, image.size());
    cv::Mat difference;
    cv::absdiff(image, redacted, difference);
    cv::Mat outsideRegion = difference.clone();
    outsideRegion(region).setTo(cv::Scalar::all(0));
    QCOMPARE(cv::countNonZero(outsideRegion.reshape(1)), 0);
}

void TestRedaction::inputIsNotModified()
{
    const cv::Mat image = noiseImage({200, 200});
    const cv::Mat copy = image.clone();
    const cv::Mat redacted = redact(image, {cv::Rect2f(50, 50, 60, 60)});
    QCOMPARE(cv::norm(image, copy, cv::NORM_INF), 0.0);
    QVERIFY(cv::norm(image, redacted, cv::NORM_INF) > 0.0);
}

void TestRedaction::facesAtTheBorderAreClipped()
{
    QFETCH(RedactionMode, mode);
    const cv::Mat image = noiseImage({300, 240});
    for (const cv::Rect2f face : {cv::Rect2f(-40, -30, 90, 100), cv::Rect2f(250, 180, 90, 100),
                                  cv::Rect2f(-10, 100, 50, 50), cv::Rect2f(120, 220, 60, 60)}) {
        const cv::Mat redacted = redact(image, {face}, RedactionSettings{.mode = mode});
        const PixelCounts counts = countChanges(image, redacted, face);
        QVERIFY(counts.inside > 500);
        QCOMPARE(counts.outsideChanged, 0);
        QVERIFY2(counts.insideChanged >= counts.inside * 98 / 100,
                 qPrintable(QStringLiteral("face at %1,%2: %3 of %4 visible head pixels changed")
                                .arg(face.x).arg(face.y).arg(counts.insideChanged).arg(counts.inside)));
    }
}

void TestRedaction::degenerateBoxesChangeNothing()
{
    const cv::Mat image = noiseImage({100, 100});
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const cv::Mat redacted = redact(image, {cv::Rect2f(10, 10, 0, 20), cv::Rect2f(nan, 10, 20, 20),
                                            cv::Rect2f(400, 400, 30, 30)});
    QCOMPARE(cv::norm(image, redacted, cv::NORM_INF), 0.0);
    QVERIFY(redact(cv::Mat(), {cv::Rect2f(0, 0, 10, 10)}).empty());
}

void TestRedaction::strengthFollowsTheFaceSize_data()
{
    QTest::addColumn<int>("faceWidth");
    for (int width : {24, 30, 60, 120, 250, 400})
        QTest::newRow(qPrintable(QStringLiteral("%1 px").arg(width))) << width;
}

// What survives redaction is measured relative to the head: the hidden head, reduced to
// a coarse grid and enlarged again, must be nearly the same picture, and the number of
// different colours left must be small, at every face size alike.
void TestRedaction::strengthFollowsTheFaceSize()
{
    QFETCH(int, faceWidth);
    const cv::Mat image = noiseImage({faceWidth * 3, faceWidth * 3});
    const float side = float(faceWidth);
    const cv::Rect2f face(side, side, side, side);
    const cv::Rect region = Redactor::headRegionFor(face, image.size());
    const cv::Size coarse(12, 12);

    const auto fineDetail = [&](const cv::Mat &picture) {
        cv::Mat head = picture(region), small, back;
        cv::resize(head, small, coarse, 0, 0, cv::INTER_AREA);
        cv::resize(small, back, head.size(), 0, 0, cv::INTER_LINEAR);
        cv::Mat mask = cv::Mat::zeros(head.size(), CV_8UC1);
        cv::RotatedRect inner = Redactor::headEllipseFor(face);
        inner.center -= cv::Point2f(float(region.x), float(region.y));
        inner.size = inner.size * 0.8f;
        cv::ellipse(mask, inner, cv::Scalar(255), cv::FILLED);
        return cv::norm(head, back, cv::NORM_L1, mask) / (3.0 * cv::countNonZero(mask));
    };

    const double original = fineDetail(image);
    const double blurred = fineDetail(redact(image, {face}, {.mode = RedactionMode::Blur}));
    QVERIFY2(blurred < original * 0.1,
             qPrintable(QStringLiteral("fine detail %1 left of %2").arg(blurred).arg(original)));

    const cv::Mat pixelated = redact(image, {face}, {.mode = RedactionMode::Pixelate});
    std::set<std::tuple<uchar, uchar, uchar>> colours;
    const cv::RotatedRect ellipse = Redactor::headEllipseFor(face);
    for (int y = region.y; y < region.y + region.height; ++y) {
        for (int x = region.x; x < region.x + region.width; ++x) {
            if (ellipseRadius(ellipse, x, y) < 1.0) {
                const cv::Vec3b c = pixelated.at<cv::Vec3b>(y, x);
                colours.insert({c[0], c[1], c[2]});
            }
        }
    }
    const int maxBlocks = (Redactor::kMaxPixelCells + 1) * (Redactor::kMaxPixelCells + 2);
    QVERIFY2(int(colours.size()) <= maxBlocks,
             qPrintable(QStringLiteral("%1 colours left in the pixelated head").arg(colours.size())));
}

void TestRedaction::weakSettingsAreClampedToSafeStrength()
{
    const cv::Mat image = noiseImage({600, 600});
    const cv::Rect2f face(200, 200, 200, 200);
    RedactionSettings weak;
    weak.mode = RedactionMode::Pixelate;
    weak.pixelCells = 200;
    RedactionSettings strongest = weak;
    strongest.pixelCells = Redactor::kMaxPixelCells;
    QCOMPARE(cv::norm(redact(image, {face}, weak), redact(image, {face}, strongest), cv::NORM_INF), 0.0);

    weak.mode = strongest.mode = RedactionMode::Blur;
    weak.blurCells = 100;
    strongest.blurCells = Redactor::kMaxBlurCells;
    QCOMPARE(cv::norm(redact(image, {face}, weak), redact(image, {face}, strongest), cv::NORM_INF), 0.0);
}

void TestRedaction::initTestCase()
{
    const auto models = ModelLocator::locate(QCoreApplication::applicationDirPath());
    if (!models) {
        m_engineError = models.error().message;
        return;
    }
    auto engine = FaceEngine::create(*models);
    if (!engine) {
        m_engineError = engine.error().message;
        return;
    }
    m_engine = std::move(*engine);
}

FaceEngine *TestRedaction::engine()
{
    return m_engine.get();
}

namespace {

struct PersonOnPhoto {
    cv::Mat image;
    FaceBox face;                 // the largest face
    FaceDescriptor descriptor{};
};

double iou(const cv::Rect2f &a, const cv::Rect2f &b)
{
    const float overlap = (a & b).area();
    return overlap / (a.area() + b.area() - overlap);
}

} // namespace

void TestRedaction::hiddenRealFacesAreNotFoundNorRecognised_data()
{
    QTest::addColumn<QString>("photo");
    QTest::addColumn<double>("scale");
    QTest::addColumn<RedactionMode>("mode");
    for (const QString &photo : {QStringLiteral("obama.jpg"), QStringLiteral("biden.jpg"), QStringLiteral("obama2.jpg")}) {
        for (RedactionMode mode : {RedactionMode::Blur, RedactionMode::Pixelate, RedactionMode::Solid})
            QTest::newRow(qPrintable(photo + u' ' + modeName(mode))) << photo << 1.0 << mode;
    }
    // The same strength at other face sizes: small (about 80 px wide) and large (about 550 px).
    for (const double scale : {0.3, 2.0}) {
        for (RedactionMode mode : {RedactionMode::Blur, RedactionMode::Pixelate}) {
            QTest::newRow(qPrintable(QStringLiteral("obama.jpg x%1 %2").arg(scale).arg(modeName(mode))))
                << QStringLiteral("obama.jpg") << scale << mode;
        }
    }
}

// DOMAIN.md product rule 6: a hidden face is recognisable neither by a person nor by a
// face-recognition model. Checked with the project's own detector and descriptor.
void TestRedaction::hiddenRealFacesAreNotFoundNorRecognised()
{
    QFETCH(QString, photo);
    QFETCH(double, scale);
    QFETCH(RedactionMode, mode);
    const QString path = test::fetchedImage(photo);
    BW_REQUIRE_DATA(path, photo);
    if (!engine())
        BW_REQUIRE_DATA(QString(), m_engineError);

    cv::Mat image = cv::imread(QFile::encodeName(path).toStdString());
    QVERIFY(!image.empty());
    if (scale != 1.0)
        cv::resize(image, image, cv::Size(), scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
    const auto analysed = engine()->analyse(image);
    QVERIFY2(analysed, analysed ? "" : qPrintable(analysed.error().message));
    QVERIFY2(!analysed->empty(), qPrintable(photo + QStringLiteral(": no face found in the original")));
    std::vector<cv::Rect2f> boxes;
    const AnalysedFace *person = nullptr;
    for (const AnalysedFace &face : *analysed) {
        boxes.push_back(face.box.rect);
        if (face.descriptor && (!person || face.box.rect.area() > person->box.rect.area()))
            person = &face;
    }
    QVERIFY2(person, qPrintable(photo + QStringLiteral(": the original face has no descriptor")));

    const cv::Mat redacted = redact(image, boxes, RedactionSettings{.mode = mode});

    const auto found = engine()->detect(redacted);
    QVERIFY2(found, found ? "" : qPrintable(found.error().message));
    for (const FaceBox &box : *found) {
        const cv::Rect region = Redactor::headRegionFor(person->box.rect, image.size());
        const cv::Point2f centre(box.rect.x + box.rect.width / 2, box.rect.y + box.rect.height / 2);
        QVERIFY2(iou(box.rect, person->box.rect) < 0.3 && !cv::Rect2f(region).contains(centre),
                 qPrintable(QStringLiteral("%1 (%2): a face is still detected at %3,%4 %5x%6, score %7")
                                .arg(photo, modeName(mode)).arg(box.rect.x).arg(box.rect.y)
                                .arg(box.rect.width).arg(box.rect.height).arg(box.score)));
    }

    // Even when aligned on the original box, what is left is not that person any more.
    std::vector<FaceBox> probes{person->box};
    probes.insert(probes.end(), found->begin(), found->end());
    const auto described = engine()->describe(redacted, probes);
    QVERIFY2(described, described ? "" : qPrintable(described.error().message));
    const std::optional<FaceDescriptor> stranger = descriptorOf(
        photo.startsWith(QLatin1String("biden")) ? QStringLiteral("obama.jpg") : QStringLiteral("biden.jpg"));
    QVERIFY(stranger);
    for (const FaceDescription &description : *described) {
        if (!description.descriptor)
            continue;
        const double distance = descriptorDistance(*description.descriptor, *person->descriptor);
        const double toStranger = descriptorDistance(*description.descriptor, *stranger);
        qInfo("%s x%.1f %s: face %.0f px wide, %d face(s) detected after hiding; descriptor "
              "distance to the original %.3f, to another person %.3f", qPrintable(photo), scale,
              qPrintable(modeName(mode)), double(person->box.rect.width), int(found->size()),
              distance, toStranger);
        QVERIFY2(distance > 0.6, qPrintable(QStringLiteral("%1 (%2): the hidden face is still recognised, distance %3")
                                                .arg(photo, modeName(mode)).arg(distance)));
        // Nothing of the person is left: the hidden face is hardly closer to them than
        // to somebody else.
        QVERIFY2(distance > toStranger - 0.1,
                 qPrintable(QStringLiteral("%1 (%2): distance %3 to the person, %4 to a stranger")
                                .arg(photo, modeName(mode)).arg(distance).arg(toStranger)));
    }
}

// A parent's overview or a letter about one pupil shows that pupil alone: on a group photo
// made of three real people, re-detection after redactAllBut finds the kept face, unchanged
// and still recognised, and none of the others.
void TestRedaction::onlyTheKeptFaceIsFoundAgain()
{
    if (!engine())
        BW_REQUIRE_DATA(QString(), m_engineError);
    std::vector<cv::Mat> people;
    for (const QString &name : {QStringLiteral("obama.jpg"), QStringLiteral("biden.jpg"), QStringLiteral("obama2.jpg")}) {
        const QString path = test::fetchedImage(name);
        BW_REQUIRE_DATA(path, name);
        cv::Mat person = cv::imread(QFile::encodeName(path).toStdString());
        cv::resize(person, person, cv::Size(person.cols * 500 / person.rows, 500), 0, 0, cv::INTER_AREA);
        people.push_back(person);
    }
    cv::Mat group;
    cv::hconcat(people, group);
    const auto analysed = engine()->analyse(group);
    QVERIFY2(analysed, analysed ? "" : qPrintable(analysed.error().message));
    QCOMPARE(analysed->size(), std::size_t(3));
    std::vector<cv::Rect2f> boxes;
    for (const AnalysedFace &face : *analysed)
        boxes.push_back(face.box.rect);

    for (std::size_t keep = 0; keep < boxes.size(); ++keep) {
        const cv::Mat view = redactAllBut(group, boxes, keep);
        const auto found = engine()->analyse(view);
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        QVERIFY2(found->size() == 1, qPrintable(QStringLiteral("keeping face %1: %2 faces found")
                                                    .arg(keep).arg(found->size())));
        QVERIFY2(iou(found->front().box.rect, boxes[keep]) > 0.6,
                 qPrintable(QStringLiteral("keeping face %1: the face found is elsewhere").arg(keep)));
        QVERIFY(found->front().descriptor && (*analysed)[keep].descriptor);
        QVERIFY(descriptorDistance(*found->front().descriptor, *(*analysed)[keep].descriptor) < 0.2);
    }
}

std::optional<FaceDescriptor> TestRedaction::descriptorOf(const QString &photo)
{
    const cv::Mat image = cv::imread(QFile::encodeName(test::fetchedImage(photo)).toStdString());
    const auto analysed = engine()->analyse(image);
    if (!analysed || analysed->empty())
        return std::nullopt;
    return analysed->front().descriptor;
}

// The check above can tell: a light blur, as many tools apply, leaves the person
// recognisable to the descriptor.
void TestRedaction::lightBlurIsStillRecognised()
{
    const QString path = test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(path, QStringLiteral("obama.jpg"));
    if (!engine())
        BW_REQUIRE_DATA(QString(), m_engineError);
    const cv::Mat image = cv::imread(QFile::encodeName(path).toStdString());
    const auto analysed = engine()->analyse(image);
    QVERIFY(analysed && !analysed->empty() && analysed->front().descriptor);
    const AnalysedFace &person = analysed->front();

    cv::Mat lightlyBlurred = image.clone();
    const cv::Rect region = Redactor::headRegionFor(person.box.rect, image.size());
    cv::GaussianBlur(lightlyBlurred(region), lightlyBlurred(region), cv::Size(), 2.0);
    const auto described = engine()->describe(lightlyBlurred, {person.box});
    QVERIFY(described && described->front().descriptor);
    const double distance = descriptorDistance(*described->front().descriptor, *person.descriptor);
    qInfo("light blur (sigma 2): descriptor distance %.3f", distance);
    QVERIFY(distance < 0.6);
}

// The woman behind the speaker in obama2.jpg: about three quarters of her face lie beyond
// the right edge; brow, cheek and jaw remain. A known leak (issue 18): neither CenterFace
// (heat <= 0.08 there at every scale, border and padding tried) nor dlib's HOG or MMOD
// detectors find her, and a skin-colour rule at the side edges that does find her marks
// about one false head in three photos. When she is found this check passes and Qt reports
// an unexpected pass, a failure: then remove the QEXPECT_FAIL.
void TestRedaction::cutFaceOnObama2IsHidden()
{
    const QString path = test::fetchedImage(QStringLiteral("obama2.jpg"));
    BW_REQUIRE_DATA(path, QStringLiteral("obama2.jpg"));
    if (!engine())
        BW_REQUIRE_DATA(QString(), m_engineError);
    const cv::Mat photo = cv::imread(QFile::encodeName(path).toStdString());
    QCOMPARE(photo.cols, 626);
    const cv::Rect cheek(590, 395, 36, 240);
    const auto found = engine()->detect(photo);
    QVERIFY2(found, found ? "" : qPrintable(found.error().message));
    const cv::Scalar paint(255, 0, 255);
    const cv::Mat hidden = Redactor({.mode = RedactionMode::Solid, .solidColour = paint}).redact(photo, *found);
    cv::Mat painted;
    cv::inRange(hidden(cheek), paint, paint, painted);
    const double share = cv::countNonZero(painted) / double(cheek.area());
    qInfo("obama2.jpg: %.0f %% of the face cut by the right edge is hidden", share * 100);
    QEXPECT_FAIL("", "issue 18: a face three quarters beyond the frame is not found yet", Abort);
    QVERIFY2(share >= 0.95, qPrintable(QStringLiteral("%1 % of her face is hidden").arg(share * 100, 0, 'f', 0)));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
