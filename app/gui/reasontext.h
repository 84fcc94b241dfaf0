#pragma once

#include <QCoreApplication>
#include <QString>

namespace bw::gui {

// Words for the teacher for the stable reason codes that core puts in every FaceDecision and
// PhotoVerdict. Only wording: the decision itself is core's.
class ReasonText {
    Q_DECLARE_TR_FUNCTIONS(ReasonText)
public:
    static QString describe(const QString &code);
    // One or two words for a consent reason, for narrow table cells ("nee", "verlopen").
    static QString brief(const QString &code);
};

} // namespace bw::gui
