#pragma once

#include "consent/pupil.h"
#include "consent/schoolsettings.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace bw {

// A printable document's content, built in core and printed by the app (app/documents).
struct ConsentForm {
    QString title;
    QString html;   // one page per pupil (CSS page breaks), Dutch
    int pupils = 0; // pages
};

// The consent form the school hands out (DOMAIN.md sections 2, 3, 8): per pupil, name and
// class filled in, one yes/no question per publication category, and, apart and explained,
// the question whether the pupil's face may be recognised automatically; who may answer
// (a parent, both parents when the other objects, the pupil from 16) and the date.
// Every active pupil of `pupils` gets a page, or only those of `className` when given.
// `categories` are the registry's; the face-recognition category is asked separately.
ConsentForm consentForm(const std::vector<Pupil> &pupils, const QStringList &categories,
                        const SchoolSettings &settings, const QDate &today,
                        const QString &className = {});

} // namespace bw
