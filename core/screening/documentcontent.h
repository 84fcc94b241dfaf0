#pragma once

#include "documentlanguage.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <map>

namespace bw {


// A document for people as core builds it: Qt rich text and its pictures (BGR, 8-bit,
// upright). app/documents prints it to PDF; standaloneHtml() makes a single HTML file.
struct DocumentContent {
    QString title;
    QString html;                        // pictures as <img src="NAME">
    std::map<QString, cv::Mat> images;   // by the NAME used in src
};

// `source` (a QT_TRANSLATE_NOOP text of `context`) in the document's language.
QString documentText(DocumentLanguage language, const char *context, const char *source);

// A date as the document's readers write it: 1-9-2025 in Dutch, 2025-09-01 otherwise.
QString documentDate(DocumentLanguage language, const QDate &date);

// The document as one HTML file for a browser: each picture embedded as a JPEG data URL.
QByteArray standaloneHtml(const DocumentContent &content);

} // namespace bw
