#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace bw {

struct Photo;

// Neutral output names, `<channel>_<yyyy-MM-dd>_<nnn>.jpg`: they never carry a pupil's
// name or the original file name (DOMAIN.md section 5: names are never attached to
// published photos).
class ExportNaming {
public:
    explicit ExportNaming(const QString &channelId);

    const QString &channelId() const { return m_channelId; }

    // The capture date when the photo says, otherwise the export date.
    static QDate dateFor(const Photo &photo, const QDate &exportDate);

    // e.g. "parro_2026-05-30_007.jpg"; numbers above 999 simply get more digits.
    QString fileName(const QDate &date, int number) const;

    // The channel a file name of this form was exported for; empty for any other name.
    static QString channelOf(const QString &fileName);

    // The first free name after `fileName` (same channel and date, a higher number) for
    // when that name turned out to be taken after all.
    static QString nextFreeName(const QString &fileName, const QStringList &folders);

private:
    QString m_channelId;
};

} // namespace bw
