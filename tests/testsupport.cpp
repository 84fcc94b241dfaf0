#include "testsupport.h"

#include "faces/facematcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace bw::test {

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

QString pascalDir()
{
    const QString path = QStringLiteral(BW_SHARED_TESTDATA "/faces-pascal");
    return QFileInfo(path + QStringLiteral("/testing.xml")).isFile() ? QDir::cleanPath(path) : QString();
}

QString binDir()
{
    return QStringLiteral(BW_BUILD_BIN_DIR);
}

bool testDataRequired()
{
    return qEnvironmentVariable("BW_REQUIRE_TEST_DATA") == QLatin1String("1");
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

} // namespace bw::test
