#include "reasontext.h"

#include <QHash>

namespace bw::gui {

QString ReasonText::describe(const QString &code)
{
    // Built on every call so that a language switch at start-up is honoured.
    const QHash<QString, QString> texts{
        {QStringLiteral("consent"), tr("toestemming")},
        {QStringLiteral("no_answer"), tr("geen antwoord op het toestemmingsformulier")},
        {QStringLiteral("refused"), tr("geen toestemming")},
        {QStringLiteral("withdrawn"), tr("toestemming ingetrokken")},
        {QStringLiteral("expired"), tr("toestemming verlopen")},
        {QStringLiteral("other_parent_objects"), tr("andere ouder maakt bezwaar")},
        {QStringLiteral("needs_pupil_consent"), tr("leerling (16+) moet zelf toestemming geven")},
        {QStringLiteral("needs_parent_consent"), tr("ouder moet toestemming geven")},
        {QStringLiteral("needs_photo_consent"), tr("losse toestemming per foto nodig")},
        {QStringLiteral("unknown_pupil"), tr("leerling niet in het register")},
        {QStringLiteral("pupil_inactive"), tr("leerling niet meer actief")},
        {QStringLiteral("no_consent"), tr("geen toestemming")},
        {QStringLiteral("hidden_by_teacher"), tr("verborgen door u")},
        {QStringLiteral("not_a_pupil"), tr("geen leerling")},
        {QStringLiteral("assignment_without_reason"), tr("toewijzing zonder reden telt niet")},
        {QStringLiteral("duplicate_pupil"), tr("deze leerling staat al elders op de foto")},
        {QStringLiteral("unknown"), tr("niet herkend")},
        {QStringLiteral("uncertain_match"), tr("herkenning onzeker")},
        {QStringLiteral("too_small"), tr("gezicht te klein om te herkennen")},
        {QStringLiteral("too_blurred"), tr("gezicht te onscherp om te herkennen")},
        {QStringLiteral("not_recognised"), tr("niet herkend")},
        {QStringLiteral("drawn_by_teacher"), tr("door u omkaderd")},
        {QStringLiteral("excluded_by_teacher"), tr("door u uitgesloten")},
        {QStringLiteral("pupil_without_consent"), tr("leerling zonder toestemming op de klassenfoto")},
        {QStringLiteral("single_subject"), tr("één persoon centraal: niet voor sociale media")},
        {QStringLiteral("dominant_face"), tr("één gezicht valt op: niet voor sociale media")},
        {QStringLiteral("photo_consent_needed"), tr("losse toestemming voor deze foto nodig")},
        {QStringLiteral("read_error"), tr("foto kon niet worden gelezen")},
        {QStringLiteral("metadata_unreadable"),
         tr("gegevens in de foto onleesbaar: stand onbekend, draai de foto zo nodig")},
    };
    return texts.value(code, code);
}

QString ReasonText::brief(const QString &code)
{
    const QHash<QString, QString> texts{
        {QStringLiteral("consent"), tr("ja")},
        {QStringLiteral("no_answer"), tr("geen antwoord")},
        {QStringLiteral("refused"), tr("nee")},
        {QStringLiteral("withdrawn"), tr("ingetrokken")},
        {QStringLiteral("expired"), tr("verlopen")},
        {QStringLiteral("other_parent_objects"), tr("bezwaar ouder")},
        {QStringLiteral("needs_pupil_consent"), tr("leerling zelf")},
        {QStringLiteral("needs_parent_consent"), tr("ouder nodig")},
        {QStringLiteral("needs_photo_consent"), tr("per foto")},
        {QStringLiteral("pupil_inactive"), tr("niet actief")},
    };
    return texts.value(code, describe(code));
}

} // namespace bw::gui
