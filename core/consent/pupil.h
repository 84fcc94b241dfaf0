#pragma once

#include <QDate>
#include <QString>

namespace bw {

struct Pupil {
    qint64 id = 0;
    QString name;          // full name, as in the school's administration
    QString className;     // "groep", e.g. "5B"
    QDate birthDate;       // invalid = unknown, treated as under 16
    bool active = true;

    bool operator==(const Pupil &) const = default;
};

} // namespace bw
