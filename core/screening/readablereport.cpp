#include "readablereport.h"

#include "auditfinding.h"
#include "reportthumbnail.h"

#include <QFileInfo>
#include <QJsonObject>

namespace bw {

namespace {

constexpr int kThumbnailLongSide = 480;
// Pictures cost memory while the report is built and printed: a batch of thousands of
// photos gets thumbnails for its first exports only (the words cover every photo).
constexpr int kMaxThumbnails = 200;
constexpr const char *kContext = "ReadableReport";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Texts of one report in one language.
class Words {
public:
    explicit Words(DocumentLanguage language) : m_language(language) {}

    QString operator()(const char *source) const { return documentText(m_language, kContext, source); }
    QString reason(Reason reason) const
    {
        return m_language == DocumentLanguage::Dutch ? reasonDutchText(reason) : reasonText(reason);
    }
    QString giver(StatementGiver giver) const
    {
        return m_language == DocumentLanguage::Dutch ? statementGiverCode(giver) : statementGiverText(giver);
    }
    QString date(const QDate &date) const { return documentDate(m_language, date); }
    QString reasons(const QList<Reason> &reasons) const
    {
        QStringList texts;
        for (Reason r : reasons)
            texts << reason(r);
        return texts.join(QStringLiteral("; "));
    }

private:
    DocumentLanguage m_language;
};

QString statusText(const Words &words, PhotoStatus status)
{
    switch (status) {
    case PhotoStatus::Exported: return words(QT_TRANSLATE_NOOP("ReadableReport", "geëxporteerd"));
    case PhotoStatus::NeedsReview: return words(QT_TRANSLATE_NOOP("ReadableReport", "wacht op een beslissing"));
    case PhotoStatus::Excluded: return words(QT_TRANSLATE_NOOP("ReadableReport", "niet gebruikt"));
    }
    return {};
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// "ja, 1-9-2025, door ouder" (the statement that allowed or refused it).
QString statementText(const Words &words, const ConsentStatement &statement)
{
    return words(QT_TRANSLATE_NOOP("ReadableReport", "%1, %2, door %3"))
        .arg(statement.granted ? words(QT_TRANSLATE_NOOP("ReadableReport", "ja"))
                               : words(QT_TRANSLATE_NOOP("ReadableReport", "nee")),
             words.date(statement.date), words.giver(statement.givenBy));
}

// How a pupil was named: recognised from the reference photos, with the face-recognition
// consent that allowed it, or pointed out by the teacher (which is not biometric processing).
QString namedBy(const Words &words, const ScreenedFace &face)
{
    QString text;
    if (face.matchedBy == MatchedBy::Teacher) {
        text = words(QT_TRANSLATE_NOOP("ReadableReport", "aangewezen door de leerkracht"));
    } else if (face.matchedBy == MatchedBy::Reference || face.matchedBy == MatchedBy::Batch) {
        text = face.matchedBy == MatchedBy::Batch
                   ? words(QT_TRANSLATE_NOOP("ReadableReport", "herkend aan een eerdere foto van deze dag"))
                   : words(QT_TRANSLATE_NOOP("ReadableReport", "herkend aan de pasfoto's"));
        if (face.recognitionBasis)
            text += QStringLiteral(" (%1 %2)").arg(words(QT_TRANSLATE_NOOP("ReadableReport", "toestemming gezichtsherkenning")),
                                                   statementText(words, *face.recognitionBasis));
    }
    return text.isEmpty() ? QString() : QStringLiteral("<br><small>%1</small>").arg(esc(text));
}

// One face as a table row: number, who (and how they were named), shown or hidden, why.
QString faceRow(const Words &words, int number, const ScreenedFace &face)
{
    QString who = esc(face.pupilName) + (face.pupilName.isEmpty() ? QString() : namedBy(words, face));
    if (face.decision.reason == Reason::NotAFace)
        who = words(QT_TRANSLATE_NOOP("ReadableReport", "geen gezicht"));
    else if (face.pupilName.isEmpty())
        who = face.box.possibleFace ? words(QT_TRANSLATE_NOOP("ReadableReport", "mogelijk gezicht"))
                                    : words(QT_TRANSLATE_NOOP("ReadableReport", "onbekend gezicht"));
    QString why = words.reason(face.decision.reason);
    if (face.basis)
        why += QStringLiteral(" ") + statementText(words, *face.basis);
    if (face.photoBasis)
        why += QStringLiteral("; ") + words(QT_TRANSLATE_NOOP("ReadableReport", "voor deze foto: %1"))
                                          .arg(statementText(words, *face.photoBasis));
    const QString shown = face.decision.visible ? words(QT_TRANSLATE_NOOP("ReadableReport", "zichtbaar"))
                                                : words(QT_TRANSLATE_NOOP("ReadableReport", "verborgen"));
    const QString colour = face.decision.visible ? QStringLiteral("#0a6b2d") : QStringLiteral("#8a1c1c");
    return QStringLiteral("<tr><td>%1</td><td>%2</td><td><span style=\"color:%3\"><b>%4</b></span></td>"
                          "<td>%5</td></tr>\n")
        .arg(number)
        .arg(who, colour, shown, esc(why));
}

QString photoSection(const Words &words, int index, const ScreenedPhoto &photo, bool hasThumbnail)
{
    QString html = QStringLiteral("<h2>%1. %2</h2>\n<p><b>%3</b>")
                       .arg(index + 1)
                       .arg(esc(fileName(photo.displaySource)), statusText(words, photo.verdict.status));
    if (!photo.outputFile.isEmpty())
        html += words(QT_TRANSLATE_NOOP("ReadableReport", " als %1")).arg(esc(fileName(photo.outputFile)));
    if (!photo.verdict.reasons.isEmpty())
        html += QStringLiteral(": ") + esc(words.reasons(photo.verdict.reasons));
    html += QStringLiteral("</p>\n");
    if (!photo.verdict.pupilsNeedingPhotoConsent.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>\n")
                    .arg(words(QT_TRANSLATE_NOOP("ReadableReport", "Nog losse toestemming nodig voor:")),
                         esc(photo.verdict.pupilsNeedingPhotoConsent.join(QStringLiteral(", "))));
    if (hasThumbnail)
        html += QStringLiteral("<p><img src=\"photo%1\"></p>\n").arg(index + 1);
    if (photo.verdict.faces.empty()) {
        if (photo.verdict.status == PhotoStatus::Exported)
            html += QStringLiteral("<p>%1</p>\n").arg(words(QT_TRANSLATE_NOOP("ReadableReport", "Geen gezichten gevonden.")));
        return html;
    }
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th></tr>\n")
                .arg(words(QT_TRANSLATE_NOOP("ReadableReport", "Nr.")), words(QT_TRANSLATE_NOOP("ReadableReport", "Wie")),
                     words(QT_TRANSLATE_NOOP("ReadableReport", "Op de foto")),
                     words(QT_TRANSLATE_NOOP("ReadableReport", "Waarom")));
    int number = 0;
    for (const ScreenedFace &face : photo.verdict.faces)
        html += faceRow(words, ++number, face);
    return html + QStringLiteral("</table>\n");
}

struct Counts {
    int exported = 0, waiting = 0, unused = 0, shown = 0, hidden = 0, possible = 0;
};

Counts countsOf(const ScreeningReport &report)
{
    Counts counts;
    for (const ScreenedPhoto &photo : report.photos) {
        counts.exported += photo.verdict.status == PhotoStatus::Exported;
        counts.waiting += photo.verdict.status == PhotoStatus::NeedsReview;
        counts.unused += photo.verdict.status == PhotoStatus::Excluded;
        for (const ScreenedFace &face : photo.verdict.faces) {
            // A box the teacher marked "geen gezicht" is neither shown nor hidden.
            if (face.decision.reason == Reason::NotAFace)
                continue;
            counts.shown += face.decision.visible;
            counts.hidden += !face.decision.visible;
        }
        counts.possible += photo.verdict.hiddenPossibleFaceCount();
    }
    return counts;
}

QString auditLine(const Words &words, const std::optional<AuditVerification> &audit, DocumentLanguage language)
{
    if (!audit)
        return words(QT_TRANSLATE_NOOP("ReadableReport", "niet gecontroleerd (geen register)"));
    if (!audit->intact)
        return QStringLiteral("<span style=\"color:#8a1c1c\"><b>%1</b></span> %2")
            .arg(words(QT_TRANSLATE_NOOP("ReadableReport", "BESCHADIGD:")), esc(auditFindingText(*audit, language)));
    return words(QT_TRANSLATE_NOOP("ReadableReport", "in orde; na deze export %1 regels, laatste controlegetal %2"))
        .arg(audit->head.entries)
        .arg(esc(audit->head.lastHash));
}

QString summary(const Words &words, const ScreeningReport &report, DocumentLanguage language)
{
    const Counts counts = countsOf(report);
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n").arg(label, value);
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">\n");
    html += row(words(QT_TRANSLATE_NOOP("ReadableReport", "Kanaal")),
                words(QT_TRANSLATE_NOOP("ReadableReport", "%1 (toestemming nodig voor: %2)"))
                    .arg(esc(report.channel.id), esc(report.channel.category)));
    html += row(words(QT_TRANSLATE_NOOP("ReadableReport", "Datum")),
                esc(words.date(report.generatedAt.toLocalTime().date()) + QStringLiteral(" ")
                    + report.generatedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    html += row(words(QT_TRANSLATE_NOOP("ReadableReport", "Gemaakt door")), esc(report.madeBy));
    html += row(words(QT_TRANSLATE_NOOP("ReadableReport", "Toestemming bekeken op")), words.date(report.consentMoment));
    html += row(words(QT_TRANSLATE_NOOP("ReadableReport", "Foto's")),
                words(QT_TRANSLATE_NOOP("ReadableReport", "%1 geëxporteerd, %2 wachten op een beslissing, %3 niet gebruikt"))
                    .arg(counts.exported).arg(counts.waiting).arg(counts.unused));
    QString faces = words(QT_TRANSLATE_NOOP("ReadableReport", "%1 zichtbaar, %2 verborgen")).arg(counts.shown).arg(counts.hidden);
    if (counts.possible == 1)
        faces += words(QT_TRANSLATE_NOOP("ReadableReport", " (waarvan 1 mogelijk gezicht)"));
    else if (counts.possible > 1)
        faces += words(QT_TRANSLATE_NOOP("ReadableReport", " (waarvan %1 mogelijke gezichten)")).arg(counts.possible);
    html += row(words(QT_TRANSLATE_NOOP("ReadableReport", "Gezichten")), faces);
    html += row(words(QT_TRANSLATE_NOOP("ReadableReport", "Logboek")), auditLine(words, report.audit, language));
    return html + QStringLiteral("</table>\n");
}

// Why photos were not (yet) used, one line each, so nobody has to scroll for it.
QString notUsedList(const Words &words, const ScreeningReport &report)
{
    QString items;
    for (const ScreenedPhoto &photo : report.photos) {
        if (photo.verdict.status == PhotoStatus::Exported)
            continue;
        QString why = words.reasons(photo.verdict.reasons);
        if (!photo.verdict.pupilsNeedingPhotoConsent.isEmpty())
            why += QStringLiteral(" (%1)").arg(photo.verdict.pupilsNeedingPhotoConsent.join(QStringLiteral(", ")));
        items += QStringLiteral("<li>%1 — %2: %3</li>\n")
                     .arg(esc(fileName(photo.displaySource)), statusText(words, photo.verdict.status), esc(why));
    }
    if (items.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3>\n<ul>\n%2</ul>\n")
        .arg(words(QT_TRANSLATE_NOOP("ReadableReport", "Foto's die niet (of nog niet) gebruikt zijn")), items);
}

QString strictnessText(const Words &words, const QString &name)
{
    if (name == QLatin1String("normal"))
        return words(QT_TRANSLATE_NOOP("ReadableReport", "normaal"));
    if (name == QLatin1String("strict"))
        return words(QT_TRANSLATE_NOOP("ReadableReport", "streng"));
    return words(QT_TRANSLATE_NOOP("ReadableReport", "zeer streng"));
}

QString redactionText(const Words &words, const QString &mode)
{
    if (mode == QLatin1String("pixelate"))
        return words(QT_TRANSLATE_NOOP("ReadableReport", "in grove blokjes"));
    if (mode == QLatin1String("solid"))
        return words(QT_TRANSLATE_NOOP("ReadableReport", "met een effen vlak"));
    return words(QT_TRANSLATE_NOOP("ReadableReport", "onherkenbaar vervaagd"));
}

QString channelRulesText(const Words &words, const QJsonObject &settings)
{
    QStringList rules;
    if (settings.value(QStringLiteral("group_photos_only")).toBool())
        rules << words(QT_TRANSLATE_NOOP("ReadableReport", "alleen groepsfoto's"));
    if (settings.value(QStringLiteral("exclude_on_missing_consent")).toBool())
        rules << words(QT_TRANSLATE_NOOP("ReadableReport", "een leerling zonder toestemming sluit de foto uit (nooit vervagen)"));
    if (settings.value(QStringLiteral("per_photo_consent")).toBool())
        rules << words(QT_TRANSLATE_NOOP("ReadableReport", "losse toestemming per foto"));
    return rules.isEmpty() ? words(QT_TRANSLATE_NOOP("ReadableReport", "geen")) : rules.join(QStringLiteral("; "));
}

// The settings the export ran with, as a list a person reads (the JSON keeps the values).
QString settingsList(const Words &words, const QJsonObject &settings)
{
    const auto item = [](const QString &label, const QString &value) {
        return QStringLiteral("<li>%1: %2</li>\n").arg(label, value.toHtmlEscaped());
    };
    const int longSide = settings.value(QStringLiteral("long_side")).toInt();
    const int quality = settings.value(QStringLiteral("jpeg_quality")).toInt();
    QString html = QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(words(QT_TRANSLATE_NOOP("ReadableReport", "Instellingen")));
    html += item(words(QT_TRANSLATE_NOOP("ReadableReport", "Strengheid van de herkenning")),
                 strictnessText(words, settings.value(QStringLiteral("strictness")).toString()));
    html += item(words(QT_TRANSLATE_NOOP("ReadableReport", "Herkend als leerling")),
                 words(QT_TRANSLATE_NOOP("ReadableReport", "afstand kleiner dan %1 en minstens %2 dichter bij dan de volgende leerling"))
                     .arg(settings.value(QStringLiteral("accept_distance")).toDouble(), 0, 'f', 2)
                     .arg(settings.value(QStringLiteral("min_margin")).toDouble(), 0, 'f', 2));
    if (settings.contains(QStringLiteral("batch_references")))
        html += item(words(QT_TRANSLATE_NOOP("ReadableReport", "Referenties van dezelfde dag")),
                     settings.value(QStringLiteral("batch_references")).toBool()
                         ? words(QT_TRANSLATE_NOOP("ReadableReport", "aan: een zeker herkend of door de leerkracht "
                                                                     "aangewezen gezicht helpt die leerling op de andere "
                                                                     "foto's van deze reeks te herkennen"))
                         : words(QT_TRANSLATE_NOOP("ReadableReport", "uit")));
    html += item(words(QT_TRANSLATE_NOOP("ReadableReport", "Kleinste gezicht dat herkend wordt")),
                 words(QT_TRANSLATE_NOOP("ReadableReport", "%1 pixels breed")).arg(settings.value(QStringLiteral("min_face_width")).toInt()));
    if (settings.contains(QStringLiteral("face_threshold")))
        html += item(words(QT_TRANSLATE_NOOP("ReadableReport", "Gezichten zoeken")),
                     words(QT_TRANSLATE_NOOP("ReadableReport", "een gezicht vanaf score %1; een mogelijk gezicht (altijd "
                                                               "verborgen) vanaf score %2"))
                         .arg(settings.value(QStringLiteral("face_threshold")).toDouble(), 0, 'f', 2)
                         .arg(settings.value(QStringLiteral("candidate_threshold")).toDouble(), 0, 'f', 2));
    html += item(words(QT_TRANSLATE_NOOP("ReadableReport", "Verborgen gezichten")),
                 redactionText(words, settings.value(QStringLiteral("redaction")).toString()));
    html += item(words(QT_TRANSLATE_NOOP("ReadableReport", "Exportformaat")),
                 (longSide > 0 ? words(QT_TRANSLATE_NOOP("ReadableReport", "lange zijde %1 pixels")).arg(longSide)
                               : words(QT_TRANSLATE_NOOP("ReadableReport", "volledige grootte")))
                     + words(QT_TRANSLATE_NOOP("ReadableReport", ", JPEG-kwaliteit %1")).arg(quality));
    html += item(words(QT_TRANSLATE_NOOP("ReadableReport", "Regels van het kanaal")), channelRulesText(words, settings));
    html += item(words(QT_TRANSLATE_NOOP("ReadableReport", "Versie van Beeldwacht")),
                 settings.value(QStringLiteral("version")).toString());
    return html + QStringLiteral("</ul>\n");
}

} // namespace

DocumentContent readableReport(const ScreeningReport &report, const std::map<int, cv::Mat> &thumbnails,
                               DocumentLanguage language)
{
    const Words words(language);
    DocumentContent content;
    content.title = words(QT_TRANSLATE_NOOP("ReadableReport", "Verantwoording export naar %1")).arg(report.channel.id);
    QString html = QStringLiteral("<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>"
                                  "<body style=\"font-family:sans-serif\">\n<h1>%2</h1>\n")
                       .arg(language == DocumentLanguage::Dutch ? QStringLiteral("nl") : QStringLiteral("en"),
                            esc(content.title));
    html += summary(words, report, language);
    html += notUsedList(words, report);
    html += settingsList(words, report.settings);
    for (int i = 0; i < int(report.photos.size()); ++i) {
        const auto thumbnail = thumbnails.find(i);
        const bool hasThumbnail = thumbnail != thumbnails.end() && !thumbnail->second.empty();
        if (hasThumbnail)
            content.images.emplace(QStringLiteral("photo%1").arg(i + 1), thumbnail->second);
        html += photoSection(words, i, report.photos[std::size_t(i)], hasThumbnail);
    }
    content.html = html + QStringLiteral("</body></html>\n");
    return content;
}

std::map<int, cv::Mat> reportThumbnails(const ScreeningReport &report)
{
    std::map<int, cv::Mat> thumbnails;
    for (int i = 0; i < int(report.photos.size()) && int(thumbnails.size()) < kMaxThumbnails; ++i) {
        const ScreenedPhoto &photo = report.photos[std::size_t(i)];
        if (photo.outputFile.isEmpty())
            continue;
        if (cv::Mat thumbnail = loadNumberedThumbnail(photo, kThumbnailLongSide); !thumbnail.empty())
            thumbnails.emplace(i, std::move(thumbnail));
    }
    return thumbnails;
}

DocumentContent readableReport(const ScreeningReport &report, DocumentLanguage language)
{
    return readableReport(report, reportThumbnails(report), language);
}

} // namespace bw
