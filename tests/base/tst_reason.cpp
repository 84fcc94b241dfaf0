#include "consent/consentstatement.h"
#include "reason.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace bw;

namespace {

// context -> Dutch source -> English translation, only finished ones (lupdate marks a new
// or changed source text type="unfinished" until someone translates it).
using Translations = QHash<QString, QHash<QString, QString>>;

Translations finishedTranslations(const QString &tsFile)
{
    Translations translations;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return translations;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            // A plural's forms are child elements: their text, so that the reader goes on.
            const QString english = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (finished && !english.isEmpty())
                translations[context][source] = english;
        }
    }
    return translations;
}

} // namespace

// Every decision reason has one stable code and a text in Dutch and English, from the one
// table in core/reason.cpp that the report, the CLI and the GUI all read.
class TestReason : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void codesAreSnakeCaseUniqueAndRoundTrip();
    void codesInReportsStayTheSame_data();
    void codesInReportsStayTheSame();
    void everyReasonHasDutchAndEnglishText();
    void statementGiverHasOneCodeAndText();

private:
    Translations m_english;
};

void TestReason::initTestCase()
{
    const QString ts = QStringLiteral(BW_TRANSLATIONS_DIR "/beeldwacht_en.ts");
    m_english = finishedTranslations(ts);
    QVERIFY2(!m_english.isEmpty(), qPrintable(ts));
}

void TestReason::codesAreSnakeCaseUniqueAndRoundTrip()
{
    // Every value up to the last of the original table is there (the loop did not stop early).
    QVERIFY(std::find(allReasons().begin(), allReasons().end(), Reason::WriteError) != allReasons().end());
    QCOMPARE(allReasons().front(), Reason::Unknown); // the default of a FaceDecision: hidden
    const QRegularExpression snakeCase(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    QSet<QString> codes;
    for (Reason reason : allReasons()) {
        const QString code = reasonCode(reason);
        QVERIFY2(snakeCase.match(code).hasMatch(), qPrintable(code));
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
        QCOMPARE(reasonFromCode(code), std::optional<Reason>(reason));
    }
    QCOMPARE(reasonFromCode(u"no_such_reason"), std::nullopt);
    QCOMPARE(reasonCodes({Reason::DominantFace, Reason::ReadError}),
             (QStringList{QStringLiteral("dominant_face"), QStringLiteral("read_error")}));
}

// Scripts and old reports read these codes: renaming an enum value must not change them.
void TestReason::codesInReportsStayTheSame_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("code");
    const std::pair<Reason, const char *> known[] = {
        {Reason::Consent, "consent"}, {Reason::NoAnswer, "no_answer"}, {Reason::Refused, "refused"},
        {Reason::Withdrawn, "withdrawn"}, {Reason::Expired, "expired"},
        {Reason::OtherParentObjects, "other_parent_objects"},
        {Reason::NeedsPupilConsent, "needs_pupil_consent"},
        {Reason::NeedsParentConsent, "needs_parent_consent"},
        {Reason::NeedsPhotoConsent, "needs_photo_consent"}, {Reason::PupilInactive, "pupil_inactive"},
        {Reason::UnknownPupil, "unknown_pupil"}, {Reason::HiddenByTeacher, "hidden_by_teacher"},
        {Reason::NotAPupil, "not_a_pupil"}, {Reason::AssignmentWithoutReason, "assignment_without_reason"},
        {Reason::DuplicatePupil, "duplicate_pupil"}, {Reason::Unknown, "unknown"},
        {Reason::UncertainMatch, "uncertain_match"}, {Reason::TooSmall, "too_small"},
        {Reason::TooBlurred, "too_blurred"}, {Reason::NotRecognised, "not_recognised"},
        {Reason::DrawnByTeacher, "drawn_by_teacher"}, {Reason::ExcludedByTeacher, "excluded_by_teacher"},
        {Reason::PupilWithoutConsent, "pupil_without_consent"}, {Reason::SingleSubject, "single_subject"},
        {Reason::DominantFace, "dominant_face"}, {Reason::PhotoConsentNeeded, "photo_consent_needed"},
        {Reason::ReadError, "read_error"}, {Reason::AnalysisError, "analysis_error"},
        {Reason::WriteError, "write_error"},
    };
    for (const auto &[reason, code] : known)
        QTest::newRow(code) << int(reason) << QString::fromLatin1(code);
}

void TestReason::codesInReportsStayTheSame()
{
    QFETCH(int, reason);
    QFETCH(QString, code);
    QCOMPARE(reasonCode(Reason(reason)), code);
}

void TestReason::everyReasonHasDutchAndEnglishText()
{
    const QHash<QString, QString> english = m_english.value(QStringLiteral("Reason"));
    for (Reason reason : allReasons()) {
        const QString code = reasonCode(reason);
        const QString dutch = reasonDutchText(reason);
        QVERIFY2(!dutch.isEmpty(), qPrintable(code + QStringLiteral(": no Dutch text")));
        // Without a translator the UI speaks Dutch, the source language.
        QCOMPARE(reasonText(reason), dutch);
        QVERIFY2(english.contains(dutch),
                 qPrintable(QStringLiteral("%1: no English for \"%2\" in beeldwacht_en.ts "
                                           "(build update_translations, then translate it)")
                                .arg(code, dutch)));
        const QString brief = reasonBriefText(reason);
        QVERIFY2(brief == dutch || english.contains(brief),
                 qPrintable(QStringLiteral("%1: no English for the brief \"%2\"").arg(code, brief)));
    }
}

void TestReason::statementGiverHasOneCodeAndText()
{
    const QHash<QString, QString> english = m_english.value(QStringLiteral("StatementGiver"));
    for (StatementGiver giver : {StatementGiver::Parent, StatementGiver::BothParents, StatementGiver::Pupil}) {
        const QString code = statementGiverCode(giver);
        QCOMPARE(statementGiverFromCode(code), std::optional<StatementGiver>(giver));
        QCOMPARE(statementGiverFromCode(QStringLiteral("  ") + code.toUpper()), std::optional<StatementGiver>(giver));
        QCOMPARE(statementGiverText(giver), code);
        QVERIFY2(english.contains(code), qPrintable(code));
    }
    QCOMPARE(statementGiverCode(StatementGiver::BothParents), QStringLiteral("beide ouders"));
    QCOMPARE(statementGiverFromCode(QStringLiteral("oma")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestReason)
#include "tst_reason.moc"
