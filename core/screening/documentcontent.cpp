#include "documentcontent.h"

#include <QCoreApplication>

#include <opencv2/imgcodecs.hpp>

#include <vector>

namespace bw {

namespace {

constexpr int kJpegQuality = 82;

QString dataUrl(const cv::Mat &image)
{
    std::vector<uchar> bytes;
    if (image.empty() || !cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, kJpegQuality}))
        return {};
    const QByteArray jpeg(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    return QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(jpeg.toBase64());
}

} // namespace

QString documentText(DocumentLanguage language, const char *context, const char *source)
{
    if (language == DocumentLanguage::Dutch)
        return QString::fromUtf8(source);
    return QCoreApplication::translate(context, source);
}

QString documentDate(DocumentLanguage language, const QDate &date)
{
    return date.toString(language == DocumentLanguage::Dutch ? QStringLiteral("d-M-yyyy") : QStringLiteral("yyyy-MM-dd"));
}

QByteArray standaloneHtml(const DocumentContent &content)
{
    QString html = content.html;
    for (const auto &[name, image] : content.images)
        html.replace(QStringLiteral("src=\"%1\"").arg(name), QStringLiteral("src=\"%1\"").arg(dataUrl(image)));
    return html.toUtf8();
}

} // namespace bw
