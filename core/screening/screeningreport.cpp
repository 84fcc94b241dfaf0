#include "screeningreport.h"

#include "readablereport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace bw {

namespace {

QJsonObject statementJson(const ConsentStatement &statement)
{
    QJsonObject json{
        {QStringLiteral("category"), statement.category},
        {QStringLiteral("answer"), statement.granted ? QStringLiteral("ja") : QStringLiteral("nee")},
        {QStringLiteral("date"), statement.date.toString(Qt::ISODate)},
        {QStringLiteral("given_by"), statementGiverCode(statement.givenBy)},
        {QStringLiteral("source"), statement.source},
        {QStringLiteral("recorded_at"), statement.recordedAt.toUTC().toString(Qt::ISODate)},
    };
    if (!statement.photoSha256.isEmpty())
        json.insert(QStringLiteral("photo_sha256"), statement.photoSha256);
    return json;
}

QJsonObject faceJson(const ScreenedFace &face)
{
    const cv::Rect2f &r = face.box.rect;
    QJsonObject json{
        {QStringLiteral("box"), QJsonArray{qRound(r.x), qRound(r.y), qRound(r.width), qRound(r.height)}},
        {QStringLiteral("score"), std::round(double(face.box.score) * 1000.0) / 1000.0},
        {QStringLiteral("pupil"), face.pupilName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(face.pupilName)},
        {QStringLiteral("distance"), std::isfinite(face.match.distance)
                                         ? QJsonValue(std::round(face.match.distance * 1000.0) / 1000.0)
                                         : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("visible"), face.decision.visible},
        {QStringLiteral("reason"), reasonCode(face.decision.reason)},
    };
    const QString matchedBy = matchedByCode(face.matchedBy);
    json.insert(QStringLiteral("matched_by"), matchedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(matchedBy));
    if (face.box.drawnByHand)
        json.insert(QStringLiteral("drawn_by_hand"), true);
    if (face.box.possibleFace)
        json.insert(QStringLiteral("possible_face"), true);
    if (face.basis)
        json.insert(QStringLiteral("consent"), statementJson(*face.basis));
    if (face.photoBasis)
        json.insert(QStringLiteral("photo_consent"), statementJson(*face.photoBasis));
    if (face.recognitionBasis)
        json.insert(QStringLiteral("recognition_consent"), statementJson(*face.recognitionBasis));
    return json;
}

QJsonObject photoJson(const ScreenedPhoto &screened)
{
    QJsonArray faces;
    int byReference = 0;
    int byBatch = 0;
    int byTeacher = 0;
    for (const ScreenedFace &face : screened.verdict.faces) {
        faces.append(faceJson(face));
        byReference += face.matchedBy == MatchedBy::Reference;
        byBatch += face.matchedBy == MatchedBy::Batch;
        byTeacher += face.matchedBy == MatchedBy::Teacher;
    }
    QJsonObject json{
        {QStringLiteral("faces_matched_by_reference"), byReference},
        {QStringLiteral("faces_matched_by_batch"), byBatch},
        {QStringLiteral("faces_identified_by_teacher"), byTeacher},
        {QStringLiteral("source"), screened.displaySource},
        {QStringLiteral("sha256"), QString::fromLatin1(screened.photo.sha256Hex)},
        {QStringLiteral("width"), screened.photo.width},
        {QStringLiteral("height"), screened.photo.height},
        {QStringLiteral("status"), photoStatusCode(screened.verdict.status)},
        {QStringLiteral("faces"), faces},
        {QStringLiteral("hidden_possible_faces"), screened.verdict.hiddenPossibleFaceCount()},
    };
    if (!screened.photo.metadataError.isEmpty())
        json.insert(QStringLiteral("metadata_error"), screened.photo.metadataError);
    if (screened.photo.quarterTurns != 0)
        json.insert(QStringLiteral("turned_by_teacher"), 90 * screened.photo.quarterTurns);
    if (screened.photo.captureTime.isValid())
        json.insert(QStringLiteral("capture_time"), screened.photo.captureTime.toString(Qt::ISODate));
    if (!screened.outputFile.isEmpty())
        json.insert(QStringLiteral("output"), screened.outputFile);
    if (!screened.verdict.reasons.isEmpty())
        json.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasonCodes(screened.verdict.reasons)));
    if (!screened.verdict.pupilsNeedingPhotoConsent.isEmpty())
        json.insert(QStringLiteral("pupils_needing_photo_consent"),
                    QJsonArray::fromStringList(screened.verdict.pupilsNeedingPhotoConsent));
    if (screened.error)
        json.insert(QStringLiteral("error"), screened.error->message);
    return json;
}

// The chain's state before the export and its head after it (entries, last hash).
QJsonObject auditJson(const AuditVerification &audit)
{
    QJsonObject json{{QStringLiteral("intact"), audit.intact},
                     {QStringLiteral("entries"), audit.head.entries},
                     {QStringLiteral("last_hash"), audit.head.lastHash}};
    if (!audit.intact) {
        json.insert(QStringLiteral("problem"), auditProblemCode(audit.problem));
        json.insert(QStringLiteral("first_bad_entry"), audit.firstBadEntry);
    }
    return json;
}

QString csvField(QString value)
{
    // Cells starting with = + - @ are read as formulas by spreadsheets: neutralise them.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::WriteFailed, MessageId::ReportUnwritable, path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::WriteFailed, MessageId::ReportUnwritable, path, file.errorString());
    return {};
}

bool isInside(const QString &path, const QString &dir)
{
    const QString canonicalDir = QFileInfo(dir).canonicalFilePath();
    const QString parent = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    if (canonicalDir.isEmpty() || parent.isEmpty())
        return false;
    return parent == canonicalDir || parent.startsWith(canonicalDir + QLatin1Char('/'));
}

} // namespace

QJsonObject reportJson(const ScreeningReport &report)
{
    QJsonArray photos;
    for (const ScreenedPhoto &photo : report.photos)
        photos.append(photoJson(photo));
    QJsonArray recognition;
    for (const auto &[pupil, statement] : report.recognitionConsent) {
        QJsonObject entry = statementJson(statement);
        entry.insert(QStringLiteral("pupil"), pupil);
        recognition.append(entry);
    }
    QJsonObject json{
        {QStringLiteral("recognition_consent"), recognition},
        {QStringLiteral("channel"), report.channel.id},
        {QStringLiteral("category"), report.channel.category},
        {QStringLiteral("generated_at"), report.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("consent_evaluated_on"), report.consentMoment.toString(Qt::ISODate)},
        {QStringLiteral("settings"), report.settings},
        {QStringLiteral("photos"), photos},
    };
    if (!report.madeBy.isEmpty())
        json.insert(QStringLiteral("made_by"), report.madeBy);
    if (report.audit)
        json.insert(QStringLiteral("audit"), auditJson(*report.audit));
    return json;
}

QByteArray reportCsv(const ScreeningReport &report)
{
    QStringList lines{QStringLiteral(
        "bron;sha256;status;uitvoer;gezicht;x;y;breedte;hoogte;leerling;zichtbaar;reden;"
        "toestemming_datum;toestemming_door;toestemming_bron;fout")};
    for (const ScreenedPhoto &photo : report.photos) {
        const QStringList photoFields{csvField(photo.displaySource), QString::fromLatin1(photo.photo.sha256Hex),
                                      photoStatusCode(photo.verdict.status), csvField(photo.outputFile)};
        const QString error = photo.error ? photo.error->message : reasonCodes(photo.verdict.reasons).join(QLatin1Char(' '));
        if (photo.verdict.faces.empty()) {
            lines << (photoFields + QStringList{QString(), QString(), QString(), QString(), QString(), QString(),
                                               QString(), QString(), QString(), QString(), QString(), csvField(error)})
                         .join(QLatin1Char(';'));
            continue;
        }
        int index = 0;
        for (const ScreenedFace &face : photo.verdict.faces) {
            const cv::Rect2f &r = face.box.rect;
            QStringList fields = photoFields;
            fields << QString::number(++index) << QString::number(qRound(r.x)) << QString::number(qRound(r.y))
                   << QString::number(qRound(r.width)) << QString::number(qRound(r.height))
                   << csvField(face.pupilName) << (face.decision.visible ? QStringLiteral("ja") : QStringLiteral("nee"))
                   << reasonCode(face.decision.reason)
                   << (face.basis ? face.basis->date.toString(Qt::ISODate) : QString())
                   << (face.basis ? statementGiverCode(face.basis->givenBy) : QString())
                   << csvField(face.basis ? face.basis->source : QString()) << csvField(error);
            lines << fields.join(QLatin1Char(';'));
        }
    }
    // A BOM so that spreadsheet programs read the names as UTF-8.
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray reportHtml(const ScreeningReport &report, DocumentLanguage language)
{
    return standaloneHtml(readableReport(report, language));
}

Result<void> checkReportLocation(const QString &jsonPath, const QString &exportDir)
{
    if (isInside(jsonPath, exportDir))
        return fail(ErrorCode::InvalidArgument, MessageId::ReportInsideExport, jsonPath, exportDir);
    return {};
}

ReportFiles reportFilesFor(const QString &jsonPath)
{
    const QFileInfo info(jsonPath);
    const QString base = info.absolutePath() + QLatin1Char('/') + info.completeBaseName();
    return {jsonPath, base + QStringLiteral(".csv"), base + QStringLiteral(".html"), base + QStringLiteral(".pdf")};
}

Result<ReportFiles> writeReport(const ScreeningReport &report, const QString &jsonPath,
                                const QString &exportDir, DocumentLanguage language)
{
    if (Result<void> location = checkReportLocation(jsonPath, exportDir); !location)
        return std::unexpected(location.error());
    const ReportFiles files = reportFilesFor(jsonPath);
    const QByteArray json = QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    for (const auto &[path, bytes] : {std::pair{files.json, json}, std::pair{files.csv, reportCsv(report)},
                                      std::pair{files.html, reportHtml(report, language)}}) {
        if (Result<void> written = writeAtomically(path, bytes); !written)
            return std::unexpected(written.error());
    }
    return files;
}

} // namespace bw
