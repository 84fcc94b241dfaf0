#include "requestletter.h"

#include "export/photoexporter.h"
#include "redaction/redactor.h"

#include <QStringList>

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

// "Daan de Vries (groep 5B) en Sanne de Vries (groep 3A)".
QString pupilsWithClass(const std::vector<Pupil> &pupils)
{
    QStringList named;
    for (const Pupil &pupil : pupils)
        named << QStringLiteral("%1 (groep %2)").arg(esc(pupil.name), esc(pupil.className));
    const QString last = named.takeLast();
    return named.isEmpty() ? last : named.join(QStringLiteral(", ")) + QStringLiteral(" en ") + last;
}

QString salutation(const RequestLetterFacts &facts)
{
    if (facts.pupilAnswers)
        return QStringLiteral("Beste %1,").arg(esc(facts.pupils.front().name));
    return QStringLiteral("Beste ouder of verzorger van %1,").arg(pupilsWithClass(facts.pupils));
}

QString introduction(const RequestLetterFacts &facts, const std::vector<LetterItem> &items, const QString &place)
{
    if (items.size() == 1) {
        return QStringLiteral(
                   "<p>Wij willen de foto hieronder publiceren op <b>%1</b>. Voor elke foto daar vragen wij "
                   "apart toestemming. Op deze foto is alleen %2 herkenbaar: andere kinderen en volwassenen "
                   "hebben wij onherkenbaar gemaakt. Bij de foto zetten wij nooit een naam.</p>\n")
            .arg(place, esc(items.front().pupil.name));
    }
    QString text = QStringLiteral(
                       "<p>Wij willen de %1 foto's hieronder publiceren op <b>%2</b>. Voor elke foto daar vragen "
                       "wij apart toestemming. Op elke foto is alleen het kind herkenbaar bij wie de vraag hoort: "
                       "andere kinderen en volwassenen hebben wij onherkenbaar gemaakt. Bij de foto's zetten wij "
                       "nooit een naam. Elke foto heeft een eigen code en een eigen antwoord.</p>\n")
                       .arg(items.size())
                       .arg(place);
    if (facts.pupils.size() > 1)
        text.replace(QStringLiteral("</p>\n"), QStringLiteral(" Deze brief gaat over uw kinderen samen.</p>\n"));
    return text;
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
QString pictureTag(const cv::Mat &picture, const QString &name)
{
    constexpr double kWidth = 640.0;
    constexpr double kHeight = 720.0;
    const double scale = picture.empty() ? 1.0 : std::min({1.0, kWidth / picture.cols, kHeight / picture.rows});
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n")
        .arg(name)
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

namespace {

// One photo with its question, its answer box and its code.
QString letterItem(const LetterItem &item, std::size_t number, std::size_t count, const QString &place)
{
    const QString name = esc(item.pupil.name);
    const QString code = esc(item.request.code);
    QString html;
    if (count > 1) {
        // Each further photo on a page of its own, with its question beside it.
        html += QStringLiteral("<h2%1>Foto %2 van %3: %4</h2>\n")
                    .arg(number > 1 ? QStringLiteral(" style=\"page-break-before: always\"") : QString())
                    .arg(number)
                    .arg(count)
                    .arg(name);
    }
    html += pictureTag(item.picture, QStringLiteral("foto%1").arg(number));
    html += QStringLiteral(
                "<p><b>Mag deze foto met %1 erop worden gepubliceerd?</b> Laat het ons weten met "
                "<b>ja</b> of <b>nee</b> en noem daarbij de code <b>%2</b>: per e-mail, op dit "
                "formulier of bij de leerkracht.</p>\n"
                "<p>Zonder antwoord uiterlijk %3 telt dit als <b>nee</b>: dan is %1 op deze foto "
                "onherkenbaar. Uw antwoord geldt alleen voor deze foto op %4. Wie later zijn "
                "toestemming intrekt, wordt vanaf dat moment niet meer gepubliceerd.</p>\n")
                .arg(name, code, dutchDate(item.request.expiresOn), place);
    html += answerBox(item.request.code);
    return html;
}

} // namespace

DocumentContent requestLetter(const RequestLetterFacts &facts, const std::vector<LetterItem> &items)
{
    const QString place = esc(publicationPlace(facts.channel));
    QStringList codes;
    for (const LetterItem &item : items)
        codes << item.request.code;
    DocumentContent content;
    content.title = items.size() == 1
                        ? QStringLiteral("Toestemming voor één foto (code %1)").arg(codes.front())
                        : QStringLiteral("Toestemming voor %1 foto's (codes %2)").arg(items.size()).arg(codes.join(QStringLiteral(", ")));
    QString html = QStringLiteral("<html><body style=\"font-family:sans-serif\">\n");
    if (!facts.schoolName.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(facts.schoolName));
    html += QStringLiteral("<p>%1</p>\n<h1>%2</h1>\n")
                .arg(dutchDate(facts.today),
                     items.size() == 1 ? QStringLiteral("Toestemming voor één foto") : QStringLiteral("Toestemming per foto"));
    html += QStringLiteral("<p>%1</p>\n").arg(salutation(facts));
    html += introduction(facts, items, place);
    if (facts.pupilAnswers) {
        html += QStringLiteral("<p>Omdat %1 16 jaar of ouder is, beslist %1 dit zelf.</p>\n")
                    .arg(esc(facts.pupils.front().name));
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        html += letterItem(items[i], i + 1, items.size(), place);
        content.images.emplace(QStringLiteral("foto%1").arg(i + 1), items[i].picture);
    }
    html += QStringLiteral("<p>%1: <b>%2</b></p>\n</body></html>\n")
                .arg(items.size() == 1 ? QStringLiteral("Verzoekcode") : QStringLiteral("Verzoekcodes"),
                     esc(codes.join(QStringLiteral(", "))));
    content.html = html;
    return content;
}

} // namespace bw
