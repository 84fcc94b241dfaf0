#include "consent/consentstatement.h"

#include <QCoreApplication>

namespace bw {

namespace {

// The Dutch words are both the stable code and the source text (context "StatementGiver").
const char *giverWord(StatementGiver giver)
{
    switch (giver) {
    case StatementGiver::Parent: return QT_TRANSLATE_NOOP("StatementGiver", "ouder");
    case StatementGiver::BothParents: return QT_TRANSLATE_NOOP("StatementGiver", "beide ouders");
    case StatementGiver::Pupil: return QT_TRANSLATE_NOOP("StatementGiver", "leerling");
    }
    return QT_TRANSLATE_NOOP("StatementGiver", "ouder");
}

} // namespace

QString statementGiverCode(StatementGiver giver)
{
    return QString::fromUtf8(giverWord(giver));
}

std::optional<StatementGiver> statementGiverFromCode(const QString &code)
{
    const QString normalised = code.toLower().simplified();
    for (StatementGiver giver : {StatementGiver::Parent, StatementGiver::BothParents, StatementGiver::Pupil}) {
        if (normalised == QLatin1String(giverWord(giver)))
            return giver;
    }
    return std::nullopt;
}

QString statementGiverText(StatementGiver giver)
{
    return QCoreApplication::translate("StatementGiver", giverWord(giver));
}

} // namespace bw
