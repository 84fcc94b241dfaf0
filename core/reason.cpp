#include "reason.h"

#include <QCoreApplication>
#include <QStringList>

namespace bw {

namespace {

struct ReasonRow {
    const char *code = nullptr;
    const char *text = nullptr;   // Dutch source text (lupdate reads it: context "Reason")
    const char *brief = nullptr;  // optional short form for table cells
};

// The one table of reasons. A Reason without a row is a -Wswitch error (-Werror in CI);
// a row without an English translation fails tst_reason.
constexpr ReasonRow rowOf(Reason reason)
{
    switch (reason) {
    case Reason::Unknown: return {"unknown", QT_TRANSLATE_NOOP("Reason", "niet herkend")};
    case Reason::UncertainMatch: return {"uncertain_match", QT_TRANSLATE_NOOP("Reason", "herkenning onzeker")};
    case Reason::TooSmall: return {"too_small", QT_TRANSLATE_NOOP("Reason", "gezicht te klein om te herkennen")};
    case Reason::TooBlurred: return {"too_blurred", QT_TRANSLATE_NOOP("Reason", "gezicht te onscherp om te herkennen")};
    case Reason::NotRecognised: return {"not_recognised", QT_TRANSLATE_NOOP("Reason", "niet herkend")};
    case Reason::DuplicatePupil: return {"duplicate_pupil", QT_TRANSLATE_NOOP("Reason", "deze leerling staat al elders op de foto")};
    case Reason::UnknownPupil: return {"unknown_pupil", QT_TRANSLATE_NOOP("Reason", "leerling niet in het register")};
    case Reason::HiddenByTeacher: return {"hidden_by_teacher", QT_TRANSLATE_NOOP("Reason", "verborgen door u")};
    case Reason::NotAPupil: return {"not_a_pupil", QT_TRANSLATE_NOOP("Reason", "geen leerling")};
    case Reason::AssignmentWithoutReason: return {"assignment_without_reason", QT_TRANSLATE_NOOP("Reason", "toewijzing zonder reden telt niet")};
    case Reason::DrawnByTeacher: return {"drawn_by_teacher", QT_TRANSLATE_NOOP("Reason", "door u omkaderd")};
    case Reason::PossibleFace: return {"possible_face", QT_TRANSLATE_NOOP("Reason", "mogelijk gezicht: verborgen voor de zekerheid"), QT_TRANSLATE_NOOP("Reason", "mogelijk gezicht")};
    case Reason::NotAFace: return {"not_a_face", QT_TRANSLATE_NOOP("Reason", "geen gezicht (door u aangegeven)"), QT_TRANSLATE_NOOP("Reason", "geen gezicht")};
    case Reason::Consent: return {"consent", QT_TRANSLATE_NOOP("Reason", "toestemming"), QT_TRANSLATE_NOOP("Reason", "ja")};
    case Reason::NoAnswer: return {"no_answer", QT_TRANSLATE_NOOP("Reason", "geen antwoord op het toestemmingsformulier"), QT_TRANSLATE_NOOP("Reason", "geen antwoord")};
    case Reason::Refused: return {"refused", QT_TRANSLATE_NOOP("Reason", "geen toestemming"), QT_TRANSLATE_NOOP("Reason", "nee")};
    case Reason::Withdrawn: return {"withdrawn", QT_TRANSLATE_NOOP("Reason", "toestemming ingetrokken"), QT_TRANSLATE_NOOP("Reason", "ingetrokken")};
    case Reason::Expired: return {"expired", QT_TRANSLATE_NOOP("Reason", "toestemming verlopen"), QT_TRANSLATE_NOOP("Reason", "verlopen")};
    case Reason::OtherParentObjects: return {"other_parent_objects", QT_TRANSLATE_NOOP("Reason", "andere ouder maakt bezwaar"), QT_TRANSLATE_NOOP("Reason", "bezwaar ouder")};
    case Reason::NeedsPupilConsent: return {"needs_pupil_consent", QT_TRANSLATE_NOOP("Reason", "leerling (16+) moet zelf toestemming geven"), QT_TRANSLATE_NOOP("Reason", "leerling zelf")};
    case Reason::NeedsParentConsent: return {"needs_parent_consent", QT_TRANSLATE_NOOP("Reason", "ouder moet toestemming geven"), QT_TRANSLATE_NOOP("Reason", "ouder nodig")};
    case Reason::NeedsPhotoConsent: return {"needs_photo_consent", QT_TRANSLATE_NOOP("Reason", "losse toestemming per foto nodig"), QT_TRANSLATE_NOOP("Reason", "per foto")};
    case Reason::PhotoConsentRefused: return {"photo_consent_refused", QT_TRANSLATE_NOOP("Reason", "geen toestemming voor deze foto"), QT_TRANSLATE_NOOP("Reason", "nee voor foto")};
    case Reason::PhotoRequestExpired: return {"photo_request_expired", QT_TRANSLATE_NOOP("Reason", "verzoek om toestemming voor deze foto verlopen: telt als nee"), QT_TRANSLATE_NOOP("Reason", "verzoek verlopen")};
    case Reason::PupilInactive: return {"pupil_inactive", QT_TRANSLATE_NOOP("Reason", "leerling niet meer actief"), QT_TRANSLATE_NOOP("Reason", "niet actief")};
    case Reason::ExcludedByTeacher: return {"excluded_by_teacher", QT_TRANSLATE_NOOP("Reason", "door u uitgesloten")};
    case Reason::PupilWithoutConsent: return {"pupil_without_consent", QT_TRANSLATE_NOOP("Reason", "leerling zonder toestemming op de klassenfoto")};
    case Reason::SingleSubject: return {"single_subject", QT_TRANSLATE_NOOP("Reason", "één persoon centraal: niet voor sociale media")};
    case Reason::DominantFace: return {"dominant_face", QT_TRANSLATE_NOOP("Reason", "één gezicht valt op: niet voor sociale media")};
    case Reason::PhotoConsentNeeded: return {"photo_consent_needed", QT_TRANSLATE_NOOP("Reason", "losse toestemming voor deze foto nodig")};
    case Reason::ReadError: return {"read_error", QT_TRANSLATE_NOOP("Reason", "foto kon niet worden gelezen")};
    case Reason::AnalysisError: return {"analysis_error", QT_TRANSLATE_NOOP("Reason", "gezichten konden niet worden gezocht")};
    case Reason::WriteError: return {"write_error", QT_TRANSLATE_NOOP("Reason", "foto kon niet worden weggeschreven")};
    case Reason::MetadataUnreadable: return {"metadata_unreadable", QT_TRANSLATE_NOOP("Reason", "gegevens in de foto onleesbaar: stand onbekend, draai de foto zo nodig")};
    case Reason::RetentionExpired: return {"retention_expired", QT_TRANSLATE_NOOP("Reason", "bewaartermijn van de pasfoto verstreken"), QT_TRANSLATE_NOOP("Reason", "bewaartermijn voorbij")};
    }
    return {};
}

} // namespace

QString reasonCode(Reason reason)
{
    return QString::fromLatin1(rowOf(reason).code);
}

std::optional<Reason> reasonFromCode(QStringView code)
{
    for (Reason reason : allReasons()) {
        if (code == QLatin1String(rowOf(reason).code))
            return reason;
    }
    return std::nullopt;
}

QStringList reasonCodes(const QList<Reason> &reasons)
{
    QStringList codes;
    for (Reason reason : reasons)
        codes << reasonCode(reason);
    return codes;
}

QString reasonText(Reason reason)
{
    return QCoreApplication::translate("Reason", rowOf(reason).text);
}

QString reasonBriefText(Reason reason)
{
    const ReasonRow row = rowOf(reason);
    return row.brief ? QCoreApplication::translate("Reason", row.brief) : reasonText(reason);
}

QString reasonDutchText(Reason reason)
{
    return QString::fromUtf8(rowOf(reason).text);
}

const std::vector<Reason> &allReasons()
{
    // The enum's values run from 0 without gaps; the first value without a row is past the
    // last one (rowOf's switch covers every value, so only that one falls through).
    static const std::vector<Reason> all = [] {
        std::vector<Reason> reasons;
        for (int value = 0; rowOf(Reason(value)).code != nullptr; ++value)
            reasons.push_back(Reason(value));
        return reasons;
    }();
    return all;
}

} // namespace bw
