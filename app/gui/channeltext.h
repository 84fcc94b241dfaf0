#pragma once

#include "consent/channel.h"

#include <QCoreApplication>
#include <QString>

namespace bw::gui {

// Channel ids and consent categories are data ("sociale-media", "extern"); the window names
// them in words. A school's own channel or category is shown by its id, made readable.
class ChannelText {
    Q_DECLARE_TR_FUNCTIONS(ChannelText)
public:
    static QString name(const QString &channelId);       // "Sociale media"
    static QString audience(const QString &category);    // "openbaar"
    static QString describe(const Channel &channel);     // "Sociale media — openbaar"
    static QString category(const QString &category);    // "toestemming extern"
    // Where a consent statement came from ("typed in", "leerlingen.csv:12").
    static QString source(const QString &source);
};

} // namespace bw::gui
