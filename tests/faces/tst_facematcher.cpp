#include "faces/facematcher.h"

#include <QTest>

using namespace bw;

namespace {

// Descriptors on a line: descriptor(x) and descriptor(y) lie |x - y| apart.
FaceDescriptor descriptorAt(double x)
{
    FaceDescriptor d{};
    d[0] = float(x);
    return d;
}

FaceDescription face(double x, float width = 120.0f, double sharpness = 500.0)
{
    return FaceDescription{descriptorAt(x), FaceQuality{width, sharpness}, true};
}

ReferenceDescriptor reference(qint64 pupil, double x)
{
    return ReferenceDescriptor{pupil, descriptorAt(x), QDate(2026, 1, 1)};
}

MatchSettings testSettings()
{
    MatchSettings settings;
    settings.acceptDistance = 0.45;
    settings.minMargin = 0.10;
    settings.qualityFloor = QualityFloor{40.0f, 15.0};
    return settings;
}

} // namespace

Q_DECLARE_METATYPE(FaceDescription)
Q_DECLARE_METATYPE(std::vector<ReferenceDescriptor>)
Q_DECLARE_METATYPE(MatchStatus)

class TstFaceMatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleFace_data()
    {
        QTest::addColumn<FaceDescription>("face");
        QTest::addColumn<std::vector<ReferenceDescriptor>>("gallery");
        QTest::addColumn<MatchStatus>("status");
        QTest::addColumn<qint64>("nearest");     // 0 = none
        QTest::addColumn<double>("distance");

        const std::vector<ReferenceDescriptor> twoPupils{reference(1, 0.0), reference(2, 1.0)};
        QTest::newRow("close and clear") << face(0.2) << twoPupils << MatchStatus::Matched << qint64(1) << 0.2;
        QTest::newRow("just under threshold") << face(0.44) << twoPupils << MatchStatus::Matched << qint64(1) << 0.44;
        QTest::newRow("over threshold is unknown") << face(0.46) << twoPupils << MatchStatus::NoMatch << qint64(1) << 0.46;
        QTest::newRow("too far from everyone") << face(-0.7) << twoPupils << MatchStatus::NoMatch << qint64(1) << 0.7;
        const std::vector<ReferenceDescriptor> lookAlikes{reference(1, 0.0), reference(2, 0.6)};
        QTest::newRow("runner-up too close") << face(0.26) << lookAlikes << MatchStatus::Ambiguous << qint64(1) << 0.26;
        QTest::newRow("margin just enough") << face(0.24) << lookAlikes << MatchStatus::Matched << qint64(1) << 0.24;
        // Several references per pupil: the closest reference counts for that pupil.
        const std::vector<ReferenceDescriptor> manyRefs{reference(1, 0.0), reference(1, 2.0), reference(2, 5.0)};
        QTest::newRow("nearest reference of pupil") << face(1.8) << manyRefs << MatchStatus::Matched << qint64(1) << 0.2;
        // A second reference of the SAME pupil is no runner-up.
        const std::vector<ReferenceDescriptor> samePupil{reference(1, 0.0), reference(1, 0.05)};
        QTest::newRow("own references are no rival") << face(0.02) << samePupil << MatchStatus::Matched << qint64(1) << 0.02;
        QTest::newRow("empty gallery") << face(0.0) << std::vector<ReferenceDescriptor>{} << MatchStatus::NoMatch << qint64(0)
                                       << std::numeric_limits<double>::infinity();
        QTest::newRow("too small") << face(0.0, 30.0f) << twoPupils << MatchStatus::TooSmall << qint64(1) << 0.0;
        QTest::newRow("too blurred") << face(0.0, 120.0f, 5.0) << twoPupils << MatchStatus::TooBlurred << qint64(1) << 0.0;
        QTest::newRow("not described") << FaceDescription{} << twoPupils << MatchStatus::NotDescribed << qint64(0)
                                       << std::numeric_limits<double>::infinity();
        // The describer measures every face but describes only those above its floor: a
        // face it left without a descriptor is still named for its quality.
        const double none = std::numeric_limits<double>::infinity();
        QTest::newRow("measured, too small, undescribed") << FaceDescription{std::nullopt, FaceQuality{30.0f, 500.0}, false}
                                                          << twoPupils << MatchStatus::TooSmall << qint64(0) << none;
        QTest::newRow("measured, too blurred, undescribed") << FaceDescription{std::nullopt, FaceQuality{120.0f, 5.0}, false}
                                                            << twoPupils << MatchStatus::TooBlurred << qint64(0) << none;
        QTest::newRow("measured, fine, undescribed") << FaceDescription{std::nullopt, FaceQuality{120.0f, 500.0}, false}
                                                     << twoPupils << MatchStatus::NotDescribed << qint64(0) << none;
    }
    void singleFace()
    {
        QFETCH(FaceDescription, face);
        QFETCH(std::vector<ReferenceDescriptor>, gallery);
        QFETCH(MatchStatus, status);
        QFETCH(qint64, nearest);
        QFETCH(double, distance);
        const std::vector<FaceMatch> matches = matchFaces(std::vector<FaceDescription>{face}, gallery, testSettings());
        QCOMPARE(matches.size(), std::size_t(1));
        const FaceMatch &m = matches[0];
        QCOMPARE(m.status, status);
        QCOMPARE(m.nearestPupilId.value_or(0), nearest);
        if (std::isinf(distance))
            QVERIFY(std::isinf(m.distance));
        else
            QVERIFY(std::abs(m.distance - distance) < 1e-6);
        // Only a match names a pupil: everything else is unknown.
        QCOMPARE(m.pupilId.has_value(), status == MatchStatus::Matched);
        if (m.pupilId)
            QCOMPARE(*m.pupilId, nearest);
    }

    void marginIsDistanceToRunnerUpPupil()
    {
        const auto matches = matchFaces(std::vector<FaceDescription>{face(0.1)}, {reference(1, 0.0), reference(2, 0.7)}, testSettings());
        QVERIFY(std::abs(matches[0].margin - 0.5) < 1e-6);
        const auto single = matchFaces(std::vector<FaceDescription>{face(0.1)}, {reference(1, 0.0)}, testSettings());
        QVERIFY(std::isinf(single[0].margin));
        QCOMPARE(single[0].status, MatchStatus::Matched);
    }

    void pupilAtMostOncePerPhoto()
    {
        // Faces 0 and 2 both look like pupil 1; face 2 is closer and keeps the pupil.
        const std::vector<FaceDescription> faces{face(0.3), face(5.0), face(0.1), face(-5.0)};
        const std::vector<ReferenceDescriptor> gallery{reference(1, 0.0), reference(2, 5.0), reference(3, 10.0)};
        const auto matches = matchFaces(faces, gallery, testSettings());
        QCOMPARE(matches.size(), std::size_t(4));
        QCOMPARE(matches[0].status, MatchStatus::DuplicatePupil);
        QVERIFY(!matches[0].pupilId);
        QCOMPARE(matches[0].nearestPupilId, std::optional<qint64>(1));
        QCOMPARE(matches[1].pupilId, std::optional<qint64>(2));
        QCOMPARE(matches[2].pupilId, std::optional<qint64>(1));
        QCOMPARE(matches[3].status, MatchStatus::NoMatch);
    }

    void analysedFacesMatchTheSame()
    {
        const AnalysedFace analysed{FaceBox{}, descriptorAt(0.1), FaceQuality{120.0f, 500.0}, true};
        const auto matches = matchFaces(std::vector<AnalysedFace>{analysed}, {reference(7, 0.0)}, testSettings());
        QCOMPARE(matches[0].pupilId, std::optional<qint64>(7));
    }

    void strictnessOnlyTightens()
    {
        const MatchSettings normal = fromStrictness(Strictness::Normal);
        const MatchSettings strict = fromStrictness(Strictness::Strict);
        const MatchSettings veryStrict = fromStrictness(Strictness::VeryStrict);
        // All stricter than dlib's adult 0.6.
        QVERIFY(normal.acceptDistance < 0.6);
        QVERIFY(strict.acceptDistance < normal.acceptDistance);
        QVERIFY(veryStrict.acceptDistance < strict.acceptDistance);
        QVERIFY(strict.minMargin > normal.minMargin);
        QVERIFY(veryStrict.minMargin > strict.minMargin);
        QVERIFY(strict.qualityFloor.minWidthPx >= normal.qualityFloor.minWidthPx);
        QVERIFY(veryStrict.qualityFloor.minWidthPx >= strict.qualityFloor.minWidthPx);
        // A face accepted at Normal but between the thresholds is unknown when stricter.
        const double between = (normal.acceptDistance + strict.acceptDistance) / 2;
        const std::vector<FaceDescription> faces{face(between, 200.0f, 500.0)};
        QCOMPARE(matchFaces(faces, {reference(1, 0.0)}, normal)[0].status, MatchStatus::Matched);
        QCOMPARE(matchFaces(faces, {reference(1, 0.0)}, strict)[0].status, MatchStatus::NoMatch);
    }

    void outdatedReferences_data()
    {
        QTest::addColumn<QDate>("photoDate");
        QTest::addColumn<QDate>("moment");
        QTest::addColumn<int>("months");
        QTest::addColumn<bool>("outdated");
        QTest::newRow("fresh") << QDate(2026, 1, 10) << QDate(2026, 6, 1) << 12 << false;
        QTest::newRow("exactly a year") << QDate(2025, 6, 1) << QDate(2026, 6, 1) << 12 << false;
        QTest::newRow("a year and a day") << QDate(2025, 5, 31) << QDate(2026, 6, 1) << 12 << true;
        QTest::newRow("custom six months") << QDate(2025, 11, 1) << QDate(2026, 6, 1) << 6 << true;
        QTest::newRow("no date is outdated") << QDate() << QDate(2026, 6, 1) << 12 << true;
    }
    void outdatedReferences()
    {
        QFETCH(QDate, photoDate);
        QFETCH(QDate, moment);
        QFETCH(int, months);
        QFETCH(bool, outdated);
        QCOMPARE(isReferenceOutdated(photoDate, moment, months), outdated);
    }
};

QTEST_GUILESS_MAIN(TstFaceMatcher)
#include "tst_facematcher.moc"
