#include "export/exportnaming.h"

#include "imaging/photo.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace bw {

namespace {

// Channel ids are data; keep the file name portable whatever a school typed.
QString safeChannelPart(const QString &channelId)
{
    QString safe;
    for (const QChar c : channelId.toLower()) {
        const bool portable = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
        safe += portable ? c : QLatin1Char('-');
    }
    return safe.isEmpty() ? QStringLiteral("export") : safe;
}

bool takenIn(const QString &name, const QStringList &folders)
{
    for (const QString &folder : folders) {
        // A dangling symlink or a directory with the name counts as taken as well.
        if (QFileInfo(QDir(folder).filePath(name)).exists()
            || QFileInfo(QDir(folder).filePath(name)).isSymLink())
            return true;
    }
    return false;
}

} // namespace

ExportNaming::ExportNaming(const QString &channelId)
    : m_channelId(safeChannelPart(channelId))
{
}

QDate ExportNaming::dateFor(const Photo &photo, const QDate &exportDate)
{
    return photo.captureTime.isValid() ? photo.captureTime.date() : exportDate;
}

QString ExportNaming::fileName(const QDate &date, int number) const
{
    return QStringLiteral("%1_%2_%3.jpg")
        .arg(m_channelId, date.toString(QStringLiteral("yyyy-MM-dd")))
        .arg(number, 3, 10, QLatin1Char('0'));
}

QString ExportNaming::channelOf(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z0-9-]+)_\\d{4}-\\d{2}-\\d{2}_\\d{3,}\\.jpg$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ExportNaming::nextFreeName(const QString &fileName, const QStringList &folders)
{
    static const QRegularExpression pattern(QStringLiteral("^(.*_)(\\d+)(\\.[^.]*)$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    const QString prefix = match.hasMatch() ? match.captured(1) : QFileInfo(fileName).completeBaseName() + QLatin1Char('_');
    const QString suffix = match.hasMatch() ? match.captured(3) : QStringLiteral(".jpg");
    int number = match.hasMatch() ? match.captured(2).toInt() + 1 : 2;
    for (;; ++number) {
        const QString name = prefix + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0')) + suffix;
        if (!takenIn(name, folders))
            return name;
    }
}

} // namespace bw
