#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace bw::gui {

QLocale TranslationLoader::chooseLocale(const QString &requested, const QLocale &system)
{
    if (!requested.isEmpty())
        return QLocale(requested);
    // The UI is Dutch unless the system asks for English; a third language we do not
    // have falls back to Dutch, the school's language.
    if (system.language() == QLocale::English)
        return QLocale(QLocale::English);
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QString TranslationLoader::translationsDir(const QString &applicationDir)
{
    return QDir::cleanPath(applicationDir + QStringLiteral("/../share/beeldwacht/translations"));
}

bool TranslationLoader::install(QCoreApplication &app, const QLocale &locale)
{
    // Dutch, the source language, has a translation too: only its plural forms.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (!appTranslator->load(locale, QStringLiteral("beeldwacht"), QStringLiteral("_"),
                             translationsDir(QCoreApplication::applicationDirPath())))
        return false;
    QCoreApplication::installTranslator(appTranslator);
    return true;
}

} // namespace bw::gui
