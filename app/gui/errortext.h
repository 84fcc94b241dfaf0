#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace bw::gui {

// Core's failures in the teacher's words: every MessageId has a Dutch sentence here (English
// through the translation), filled with the message's args. Core's own English `message`
// is for the CLI and the logs, never shown in the window.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString describe(const Error &error);
    static QString describe(const Message &text);

    // The sentence with %1, %2, ... still in it (tests compare its placeholders with core's).
    static QString templateFor(MessageId id);
};

} // namespace bw::gui
