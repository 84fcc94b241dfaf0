#include "requestletterwriter.h"

#include "pdfdocument.h"
#include "printablecontent.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryFile>

namespace bw::documents {

namespace {

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::WriteFailed, MessageId::DocumentUnwritable, path, file.errorString());
    return {};
}

} // namespace

Result<void> prepareLetterFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::WriteFailed, MessageId::LetterFolderUncreatable, folder);
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".beeldwacht-XXXXXX")));
    if (!probe.open())
        return fail(ErrorCode::WriteFailed, MessageId::LetterFolderUnwritable, folder, probe.errorString());
    return {};
}

Result<WrittenLetters> writeRequestLetters(const QString &folder, const std::vector<PhotoRequestSet> &sets,
                                           const LetterSettings &settings, PhotoAnalyser &analyser)
{
    if (Result<void> prepared = prepareLetterFolder(folder); !prepared)
        return std::unexpected(prepared.error());
    const QDir out(folder);
    WrittenLetters written;
    written.folder = folder;
    std::vector<RequestRow> rows;
    const Result<int> letters = makeRequestLetters(sets, settings, analyser, [&](const RequestLetterFile &letter) -> Result<void> {
        const QString base = out.filePath(letter.name);
        if (Result<void> pdf = writePdf(printable(letter.content), base + QStringLiteral(".pdf")); !pdf)
            return pdf;
        if (Result<void> html = writeFile(base + QStringLiteral(".html"), standaloneHtml(letter.content)); !html)
            return html;
        rows.insert(rows.end(), letter.rows.begin(), letter.rows.end());
        return {};
    });
    if (!letters)
        return std::unexpected(letters.error());
    written.letters = *letters;
    written.requests = int(rows.size());
    written.overview = out.filePath(QStringLiteral("verzoeken.csv"));
    if (Result<void> overview = writeFile(written.overview, requestOverviewCsv(rows, settings.today)); !overview)
        return std::unexpected(overview.error());
    return written;
}

} // namespace bw::documents
