#include "requestletter.h"

#include "export/photoexporter.h"
#include "redaction/redactor.h"

#include <algorithm>

namespace bw {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dutchDate(const QDate &date)
{
    return documentDate(DocumentLanguage::Dutch, date);
}

QString salutation(const RequestLetterFacts &facts)
{
    if (facts.pupilAnswers)
        return QStringLiteral("Beste %1,").arg(esc(facts.pupil.name));
    return QStringLiteral("Beste ouder of verzorger van %1 (groep %2),")
        .arg(esc(facts.pupil.name), esc(facts.pupil.className));
}

QString answerBox(const QString &code)
{
    return QStringLiteral(
               "<table border=\"1\" cellpadding=\"8\" cellspacing=\"0\" width=\"100%\">"
               "<tr><td>&#9744; <b>Ja</b>, deze foto mag worden gepubliceerd.<br>"
               "&#9744; <b>Nee</b>, deze foto mag niet worden gepubliceerd.</td></tr>"
               "<tr><td>Naam: ______________________________ &nbsp; Datum: ______________<br><br>"
               "Handtekening: ______________________________ &nbsp; Code: <b>%1</b></td></tr></table>\n")
        .arg(esc(code));
}

// The picture keeps the channel's export size (a parent may zoom in); shown, it fits the
// text width of an A4 page (and of an e-mail) with room for the question below it.
QString pictureTag(const cv::Mat &picture)
{
    constexpr double kWidth = 640.0;
    constexpr double kHeight = 720.0;
    const double scale = picture.empty() ? 1.0 : std::min({1.0, kWidth / picture.cols, kHeight / picture.rows});
    return QStringLiteral("<p><img src=\"foto\" width=\"%1\" height=\"%2\"></p>\n")
        .arg(qRound(picture.cols * scale))
        .arg(qRound(picture.rows * scale));
}

} // namespace

QString publicationPlace(const Channel &channel)
{
    if (channel.id == QLatin1String("website"))
        return QStringLiteral("de openbare website van de school");
    if (channel.id == QLatin1String("sociale-media"))
        return QStringLiteral("de sociale media van de school");
    if (channel.id == QLatin1String("schoolgids"))
        return QStringLiteral("de schoolgids");
    return QStringLiteral("het kanaal \u2018%1\u2019").arg(channel.id);
}

cv::Mat requestPicture(const cv::Mat &image, const std::vector<cv::Rect2f> &faces, std::size_t keep,
                       const ExportProfile &profile, const RedactionSettings &redaction)
{
    // Hidden first, at full size, then scaled: the same order and blur as an export.
    return PhotoExporter::resizedForProfile(redactAllBut(image, faces, keep, redaction), profile);
}

DocumentContent requestLetter(const RequestLetterFacts &facts, const cv::Mat &picture)
{
    const QString name = esc(facts.pupil.name);
    const QString place = esc(publicationPlace(facts.channel));
    const QString code = esc(facts.request.code);
    DocumentContent content;
    content.title = QStringLiteral("Toestemming voor één foto (code %1)").arg(facts.request.code);
    QString html = QStringLiteral("<html><body style=\"font-family:sans-serif\">\n");
    if (!facts.schoolName.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(facts.schoolName));
    html += QStringLiteral("<p>%1</p>\n<h1>Toestemming voor één foto</h1>\n").arg(dutchDate(facts.today));
    html += QStringLiteral("<p>%1</p>\n").arg(salutation(facts));
    html += QStringLiteral(
                "<p>Wij willen de foto hieronder publiceren op <b>%1</b>. Voor elke foto daar vragen wij "
                "apart toestemming. Op deze foto is alleen %2 herkenbaar: andere kinderen en volwassenen "
                "hebben wij onherkenbaar gemaakt. Bij de foto zetten wij nooit een naam.</p>\n")
                .arg(place, name);
    if (facts.pupilAnswers)
        html += QStringLiteral("<p>Omdat %1 16 jaar of ouder is, beslist %1 dit zelf.</p>\n").arg(name);
    html += pictureTag(picture);
    html += QStringLiteral(
                "<p><b>Mag deze foto met %1 erop worden gepubliceerd?</b> Laat het ons weten met "
                "<b>ja</b> of <b>nee</b> en noem daarbij de code <b>%2</b>: per e-mail, op dit "
                "formulier of bij de leerkracht.</p>\n"
                "<p>Zonder antwoord uiterlijk %3 telt dit als <b>nee</b>: dan is %1 op deze foto "
                "onherkenbaar. Uw antwoord geldt alleen voor deze foto op %4. Wie later zijn "
                "toestemming intrekt, wordt vanaf dat moment niet meer gepubliceerd.</p>\n")
                .arg(name, code, dutchDate(facts.request.expiresOn), place);
    html += answerBox(facts.request.code);
    html += QStringLiteral("<p>Verzoekcode: <b>%1</b></p>\n</body></html>\n").arg(code);
    content.html = html;
    content.images.emplace(QStringLiteral("foto"), picture);
    return content;
}

} // namespace bw
