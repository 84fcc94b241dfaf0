#pragma once

#include "error.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <map>

namespace bw::documents {

// A document for people (a consent form, a letter to parents, a readable report) as Qt
// rich text with its pictures. Core builds the words; this library prints them.
struct PrintableDocument {
    QString title;                      // the PDF's title in its metadata
    QString html;                       // Qt's rich-text subset; pictures as <img src="NAME">
    std::map<QString, QImage> images;   // by the NAME used in src

    bool operator==(const PrintableDocument &) const = default;
};

// Renders the document on A4 pages with Qt's own PDF writer. Needs a QGuiApplication
// (fonts); the CLI starts one on the offscreen platform.
Result<QByteArray> renderPdf(const PrintableDocument &document);

// renderPdf, written atomically (a temporary file renamed into place): a failure leaves
// no half-written file and the error names the file.
Result<void> writePdf(const PrintableDocument &document, const QString &path);

} // namespace bw::documents
