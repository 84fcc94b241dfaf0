#include "testsupport.h"

#include "faces/facedetector.h"
#include "faces/facematcher.h"
#include "imaging/photoloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

namespace bw::test {

namespace {

QString requirement()
{
    return qEnvironmentVariable("BW_REQUIRE_TEST_DATA");
}

} // namespace

QString fetchedImage(const QString &name)
{
    return fetchedFile(QStringLiteral("testimages/") + name);
}

QString fetchedFile(const QString &relativePath)
{
    const QString path = QDir(QStringLiteral(BW_FETCH_DIR)).filePath(relativePath);
    return QFileInfo(path).isFile() ? path : QString();
}

QString sourcePath(const QString &relativePath)
{
    return QDir(QStringLiteral(BW_SOURCE_DIR)).filePath(relativePath);
}

QString sharedTestDataDir()
{
    const QString overridden = qEnvironmentVariable("BW_SHARED_TESTDATA");
    return QDir::cleanPath(overridden.isEmpty() ? QStringLiteral(BW_SHARED_TESTDATA) : overridden);
}

QString pascalDir()
{
    const QString path = sharedTestDataDir() + QStringLiteral("/faces-pascal");
    return QFileInfo(path + QStringLiteral("/testing.xml")).isFile() ? path : QString();
}

QByteArray pngChunk(const char *type, const QByteArray &payload)
{
    const auto appendBigEndian = [](QByteArray &bytes, quint32 value) {
        bytes.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
    };
    const QByteArray body = QByteArray(type, 4) + payload;
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : body) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    QByteArray chunk;
    appendBigEndian(chunk, quint32(payload.size()));
    chunk.append(body);
    appendBigEndian(chunk, ~crc);
    return chunk;
}

bool writeWithDamagedExif(const QString &jpeg, const QString &target)
{
    QFile source(jpeg);
    if (!source.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = source.readAll();
    QByteArray garbage(512, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 37 + 11) % 256);
    // The segment: FF E1, a 16-bit length (counting itself), "Exif\0\0", then a TIFF block.
    const QByteArray marker("\xFF\xE1");
    qsizetype segment = bytes.indexOf(marker);
    while (segment >= 0 && bytes.mid(segment + 4, 6) != QByteArray("Exif\0\0", 6))
        segment = bytes.indexOf(marker, segment + 2);
    if (segment < 0) {
        const QByteArray payload = QByteArray("Exif\0\0", 6) + garbage;
        const int length = int(payload.size()) + 2;
        bytes.insert(2, QByteArray("\xFF\xE1") + char(length >> 8) + char(length & 0xFF) + payload);
    } else {
        const int length = (uchar(bytes[segment + 2]) << 8) | uchar(bytes[segment + 3]);
        for (qsizetype i = segment + 10; i < std::min(segment + 2 + length, bytes.size()); ++i)
            bytes[i] = garbage[i % garbage.size()];
    }
    QFile out(target);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

std::vector<FaceBox> detectInFile(FaceDetector &detector, const QString &path)
{
    const Result<DecodedPhoto> photo = loadPhoto(path);
    if (!photo) {
        qWarning("%s", qPrintable(photo.error().message));
        return {};
    }
    const Result<std::vector<FaceBox>> faces = detector.detect(photo->image);
    if (!faces) {
        qWarning("%s", qPrintable(faces.error().message));
        return {};
    }
    return *faces;
}

QString binDir()
{
    return QStringLiteral(BW_BUILD_BIN_DIR);
}

bool fetchedDataRequired()
{
    return requirement() == QLatin1String("1") || requirement() == QLatin1String("fetched");
}

bool sharedDataRequired()
{
    return requirement() == QLatin1String("1");
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString settingsRecordProblem(const QJsonObject &settings, Strictness strictness, int longSide)
{
    const MatchSettings match = fromStrictness(strictness);
    const std::pair<QString, QJsonValue> expected[] = {
        {QStringLiteral("version"), QStringLiteral(BW_VERSION)},
        {QStringLiteral("strictness"), strictnessName(strictness)},
        {QStringLiteral("accept_distance"), match.acceptDistance},
        {QStringLiteral("min_margin"), match.minMargin},
        {QStringLiteral("min_face_width"), double(match.qualityFloor.minWidthPx)},
        // DetectorSettings' defaults, as a reader of the report sees them.
        {QStringLiteral("face_threshold"), 0.4},
        {QStringLiteral("candidate_threshold"), 0.25},
        {QStringLiteral("redaction"), QStringLiteral("blur")},
        {QStringLiteral("long_side"), longSide},
    };
    for (const auto &[key, value] : expected) {
        if (settings.value(key) != value)
            return QStringLiteral("settings.%1 is %2, expected %3 in %4")
                .arg(key, settings.value(key).toVariant().toString(), value.toVariant().toString(),
                     QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    }
    for (const char *rule : {"group_photos_only", "exclude_on_missing_consent", "per_photo_consent", "jpeg_quality"}) {
        if (!settings.contains(QLatin1String(rule)))
            return QStringLiteral("settings.%1 is missing").arg(QLatin1String(rule));
    }
    return {};
}

QString pdfText(const QString &path, const QStringList &options)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    options + QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace bw::test
