#include "consentform.h"

#include "consent/consentpolicy.h"
#include "consent/recognitionconsent.h"

namespace bw {

namespace {

const QString kYesNo = QStringLiteral("<td class=\"answer\">&#9744; ja &nbsp;&nbsp; &#9744; nee</td>");

// What each standard question covers (DOMAIN.md section 2); a school's own category is
// asked by its name.
QString categoryExplanation(const QString &category)
{
    if (category == QLatin1String("intern"))
        return QStringLiteral("Intern gebruik: de digitale nieuwsbrief voor ouders, de schoolapp of het "
                              "ouderportaal (zoals Parro of Social Schools) en het besloten deel van de "
                              "schoolwebsite waarvoor u moet inloggen.");
    if (category == QLatin1String("extern"))
        return QStringLiteral("Extern gebruik: de schoolgids, folders, de openbare website en de sociale "
                              "media van de school. Bij deze foto's staat nooit de naam van uw kind.");
    if (category == QLatin1String("klassenfoto"))
        return QStringLiteral("De klassenfoto die aan alle ouders van de klas wordt gegeven.");
    return QStringLiteral("Foto's voor: %1.").arg(category.toHtmlEscaped());
}

QString retentionText(const SchoolSettings &settings)
{
    if (settings.referenceRetentionMonths > 0)
        return QStringLiteral("%1 maanden nadat de pasfoto is toegevoegd").arg(settings.referenceRetentionMonths);
    return QStringLiteral("het einde van het schooljaar waarin de pasfoto is toegevoegd, plus de "
                          "zomervakantie");
}

QString recognitionSection(const SchoolSettings &settings)
{
    return QStringLiteral(
               "<h2>Apart: automatische gezichtsherkenning</h2>"
               "<p>De school controleert foto's met het programma Beeldwacht voordat ze gedeeld worden. "
               "Beeldwacht kan gezichten automatisch herkennen. Daarvoor maakt het van een pasfoto van uw "
               "kind een reeks getallen die het gezicht beschrijft. Op foto's van een activiteit vergelijkt "
               "het gezichten met die getallen om te weten welk kind erop staat en of het gezicht zichtbaar "
               "mag blijven. Dat is het verwerken van <b>biometrische gegevens</b> (AVG artikel 9): dat mag "
               "alleen met uw uitdrukkelijke toestemming voor precies dit doel.</p><ul>"
               "<li>De gegevens blijven op de computer van de school; ze worden nooit gedeeld of "
               "ge&uuml;pload.</li>"
               "<li>Ze worden bewaard tot %1 en dan automatisch gewist, en meteen als u de toestemming "
               "intrekt of als uw kind de school verlaat.</li>"
               "<li>Zegt u nee (of vult u niets in), dan herkent Beeldwacht uw kind niet. Het gezicht van uw "
               "kind wordt dan onherkenbaar gemaakt, tenzij de leerkracht uw kind zelf op de foto aanwijst "
               "en u voor het gebruik van die foto toestemming gaf.</li>"
               "<li>Deze vraag staat los van de vragen hierboven: ja op die vragen is geen ja op deze "
               "vraag.</li></ul>"
               "<table class=\"questions\"><tr><td class=\"question\"><b>Mag Beeldwacht het gezicht van "
               "deze leerling automatisch herkennen met een pasfoto?</b></td>%2</tr></table>")
        .arg(retentionText(settings), kYesNo);
}

QString whoAnswers(const Pupil &pupil, const QDate &today)
{
    const QString rule = isOwnConsentAge(pupil.birthDate, today)
        ? QStringLiteral("<p><b>Deze leerling is 16 jaar of ouder en beslist zelf:</b> de leerling vult dit "
                         "formulier in.</p>")
        : QStringLiteral("<p>Een ouder of verzorger vult dit formulier in. Is de leerling 16 jaar of ouder, "
                         "dan beslist de leerling zelf. Maakt de andere ouder bezwaar, dan vullen beide "
                         "ouders het in.</p>");
    return QStringLiteral(
               "<h2>Wie vult in</h2>%1"
               "<p>&#9744; ouder of verzorger &nbsp;&nbsp; &#9744; beide ouders &nbsp;&nbsp; "
               "&#9744; de leerling zelf (16 jaar of ouder)</p>"
               "<table class=\"sign\"><tr><td>Naam:</td><td>%2</td></tr>"
               "<tr><td>Datum:</td><td>%2</td></tr>"
               "<tr><td>Handtekening:</td><td>%2</td></tr></table>")
        .arg(rule, QString(48, QLatin1Char('_')));
}

QString pupilPage(const Pupil &pupil, const QStringList &categories, const SchoolSettings &settings,
                  const QDate &today)
{
    QString questions;
    for (const QString &category : categories) {
        if (isRecognitionCategory(category))
            continue;
        questions += QStringLiteral("<tr><td class=\"question\"><b>%1</b><br>%2</td>%3</tr>")
                         .arg(category.toHtmlEscaped(), categoryExplanation(category), kYesNo);
    }
    const QString school = settings.schoolName.isEmpty() ? QStringLiteral("de school")
                                                          : settings.schoolName.toHtmlEscaped();
    return QStringLiteral(
               "<h1>Toestemming voor foto's en gezichtsherkenning</h1>"
               "<p class=\"school\">%1 &middot; %2</p>"
               "<table class=\"pupil\" cellpadding=\"2\"><tr><td>Leerling:</td><td><b>%3</b></td></tr>"
               "<tr><td>Groep:</td><td><b>%4</b></td></tr></table>"
               "<p>Op school maken we foto's van activiteiten. We vragen uw toestemming per doel. Kruis bij "
               "elke vraag ja of nee aan. Niets ingevuld telt als nee. U kunt uw keuze altijd veranderen "
               "of intrekken bij de leerkracht of de administratie; intrekken door &eacute;&eacute;n ouder "
               "is genoeg.</p>"
               "<h2>Foto's</h2><table class=\"questions\">%5</table>%6%7")
        .arg(school, today.toString(QStringLiteral("dd-MM-yyyy")), pupil.name.toHtmlEscaped(),
             pupil.className.toHtmlEscaped(), questions, recognitionSection(settings), whoAnswers(pupil, today));
}

} // namespace

ConsentForm consentForm(const std::vector<Pupil> &pupils, const QStringList &categories,
                        const SchoolSettings &settings, const QDate &today, const QString &className)
{
    int pages = 0;
    QString html = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><style>"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt}"
        "h1{font-size:13pt;margin-bottom:2pt} h2{font-size:10pt;margin-top:8pt;margin-bottom:3pt}"
        "p{margin-top:2pt;margin-bottom:3pt} ul{margin-top:2pt;margin-bottom:2pt}"
        ".school{color:#555} table{border-collapse:collapse}"
        "table.questions td{border:1px solid #999;padding:3px;vertical-align:top}"
        "td.answer{white-space:nowrap;width:22%}"
        "table.sign td{padding:6px 4px}"
        "</style></head><body>");
    for (const Pupil &pupil : pupils) {
        if (!pupil.active || (!className.isEmpty() && pupil.className != className))
            continue;
        html += pages++ == 0 ? QStringLiteral("<div>") : QStringLiteral("<div style=\"page-break-before:always\">");
        html += pupilPage(pupil, categories, settings, today) + QStringLiteral("</div>");
    }
    html += QStringLiteral("</body></html>");
    const QString title = className.isEmpty() ? QStringLiteral("Toestemmingsformulier")
                                              : QStringLiteral("Toestemmingsformulier groep %1").arg(className);
    return {title, html, pages};
}

} // namespace bw
