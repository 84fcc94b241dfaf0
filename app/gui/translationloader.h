#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace bw::gui {

// Dutch is the language the UI is written in; other languages are Qt Linguist translations
// that the build puts in <bindir>/../share/beeldwacht/translations (build tree and
// installed copy alike).
class TranslationLoader {
public:
    // The language to use: `requested` ("en", "nl") when given, else the system's.
    static QLocale chooseLocale(const QString &requested, const QLocale &system = QLocale::system());

    static QString translationsDir(const QString &applicationDir);

    // Installs the app's and Qt's own translations for `locale` (for Dutch, the source
    // language, only the plural forms). Returns false when the app's translation is missing.
    static bool install(QCoreApplication &app, const QLocale &locale);
};

} // namespace bw::gui
