#include "pdfdocument.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace bw::documents {

namespace {

constexpr int kResolutionDpi = 300;
constexpr qreal kMarginMm = 18.0;

} // namespace

Result<QByteArray> renderPdf(const PrintableDocument &document)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr)
        return fail(ErrorCode::InvalidArgument, MessageId::DocumentNeedsGui, document.title);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                              QPageLayout::Millimeter);
        writer.setResolution(kResolutionDpi);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Beeldwacht"));

        QTextDocument text;
        text.setDocumentMargin(0);
        for (const auto &[name, image] : document.images)
            text.addResource(QTextDocument::ImageResource, QUrl(name), QVariant(image));
        text.setHtml(document.html);
        text.print(&writer);
    }
    if (bytes.isEmpty())
        return fail(ErrorCode::WriteFailed, MessageId::DocumentEmpty, document.title);
    return bytes;
}

Result<void> writePdf(const PrintableDocument &document, const QString &path)
{
    Result<QByteArray> pdf = renderPdf(document);
    if (!pdf)
        return std::unexpected(pdf.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return fail(ErrorCode::WriteFailed, MessageId::DocumentUnwritable, path, file.errorString());
    return {};
}

} // namespace bw::documents
