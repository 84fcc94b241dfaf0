#include "exportrecords.h"

#include <QFileInfo>

namespace bw {

namespace {

ExportedFace exportedFace(const ScreenedFace &face)
{
    ExportedFace exported{face.box.rect, face.decision.visible, std::nullopt};
    if (face.decision.visible)
        exported.pupilId = face.pupilId;
    return exported;
}

} // namespace

std::vector<ExportRecord> exportRecordsOf(const ScreeningReport &report, const QString &reportPath,
                                          const QDateTime &exportedAt)
{
    std::vector<ExportRecord> records;
    for (const ScreenedPhoto &photo : report.photos) {
        if (photo.outputFile.isEmpty())
            continue;
        ExportRecord record;
        record.channel = report.channel.id;
        record.category = report.channel.category;
        record.exportedAt = exportedAt.toUTC();
        record.date = exportedAt.toLocalTime().date();
        record.fileName = QFileInfo(photo.outputFile).fileName();
        record.outputPath = QFileInfo(photo.outputFile).absoluteFilePath();
        record.sourcePath = QFileInfo(photo.photo.sourcePath).absoluteFilePath();
        record.sourceSha256 = QString::fromLatin1(photo.photo.sha256Hex);
        record.sourceWidth = photo.photo.width;
        record.sourceHeight = photo.photo.height;
        record.reportPath = QFileInfo(reportPath).absoluteFilePath();
        for (const ScreenedFace &face : photo.verdict.faces)
            record.faces.push_back(exportedFace(face));
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace bw
