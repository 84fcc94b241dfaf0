#include "parentoverview.h"

#include "redaction/redactor.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <optional>

namespace bw {

namespace {

constexpr int kPictureLongSide = 560;
constexpr const char *kContext = "ParentOverview";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString exportSection(DocumentLanguage language, const ExportRecord &record, const QString &picture)
{
    const auto words = [language](const char *source) { return documentText(language, kContext, source); };
    QString html = QStringLiteral("<h3>%1</h3>\n")
                       .arg(words(QT_TRANSLATE_NOOP("ParentOverview", "%1 — %2 — bestand %3"))
                                .arg(documentDate(language, record.date), esc(record.channel), esc(record.fileName)));
    if (picture.isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>\n")
                          .arg(words(QT_TRANSLATE_NOOP("ParentOverview",
                                                       "Het bestand staat niet meer op deze computer; de foto is daarom niet afgebeeld.")));
    return html + QStringLiteral("<p><img src=\"%1\"></p>\n").arg(picture);
}

} // namespace

cv::Mat pupilOnlyPicture(const ExportRecord &record, qint64 pupilId, int longSide)
{
    const cv::Mat exported = cv::imread(record.outputPath.toStdString(), cv::IMREAD_COLOR);
    if (exported.empty() || record.sourceWidth <= 0)
        return {};
    // Boxes are in the source photo's pixels; the export may be smaller.
    const float scale = float(exported.cols) / float(record.sourceWidth);
    std::vector<cv::Rect2f> faces;
    std::optional<std::size_t> keep;
    for (const ExportedFace &face : record.faces) {
        if (face.visible && face.pupilId == pupilId)
            keep = faces.size();
        faces.emplace_back(face.box.x * scale, face.box.y * scale, face.box.width * scale, face.box.height * scale);
    }
    if (!keep)
        return {};
    const cv::Mat only = redactAllBut(exported, faces, *keep);
    const double shrink = std::min(1.0, double(longSide) / std::max(only.cols, only.rows));
    cv::Mat picture;
    cv::resize(only, picture, cv::Size(), shrink, shrink, cv::INTER_AREA);
    return picture;
}

DocumentContent parentOverview(const Pupil &pupil, const std::vector<ExportRecord> &exports,
                               const QDate &today, DocumentLanguage language)
{
    const auto words = [language](const char *source) { return documentText(language, kContext, source); };
    DocumentContent content;
    content.title = words(QT_TRANSLATE_NOOP("ParentOverview", "Foto's van %1 die de school heeft gepubliceerd")).arg(pupil.name);
    QString html = QStringLiteral("<html><body style=\"font-family:sans-serif\">\n<h1>%1</h1>\n").arg(esc(content.title));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(words(QT_TRANSLATE_NOOP("ParentOverview",
                                             "Opgesteld op %1. Hieronder staan de foto's waarop %2 zichtbaar is, met de datum, "
                                             "het kanaal en de bestandsnaam. Andere kinderen en volwassenen zijn in dit overzicht "
                                             "onherkenbaar gemaakt."))
                         .arg(documentDate(language, today), esc(pupil.name)));
    if (exports.empty())
        html += QStringLiteral("<p><b>%1</b></p>\n")
                    .arg(words(QT_TRANSLATE_NOOP("ParentOverview", "%1 staat op geen enkele foto die via Beeldwacht is gepubliceerd."))
                             .arg(esc(pupil.name)));
    int number = 0;
    for (const ExportRecord &record : exports) {
        const cv::Mat picture = pupilOnlyPicture(record, pupil.id, kPictureLongSide);
        QString name;
        if (!picture.empty()) {
            name = QStringLiteral("export%1").arg(++number);
            content.images.emplace(name, picture);
        }
        html += exportSection(language, record, name);
    }
    content.html = html + QStringLiteral("</body></html>\n");
    return content;
}

} // namespace bw
