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
    // The family ("gezin" in the consent CSV): a code the school chooses, the same for siblings,
    // so that one letter asks for all of them. Empty: no family known.
    QString family = {};

    bool operator==(const Pupil &) const = default;
};

} // namespace bw
