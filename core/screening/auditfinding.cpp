#include "auditfinding.h"

#include "storage/auditanchor.h"

namespace bw {

namespace {

constexpr const char *kContext = "AuditFinding";

const char *findingSource(AuditProblem problem)
{
    switch (problem) {
    case AuditProblem::None: return nullptr;
    case AuditProblem::EntryMissing: return QT_TRANSLATE_NOOP("AuditFinding", "regel %1 van het logboek is verwijderd");
    case AuditProblem::EntryOutOfPlace:
        return QT_TRANSLATE_NOOP("AuditFinding", "regel %1 van het logboek sluit niet aan op de regel ervoor (vervangen of verplaatst)");
    case AuditProblem::EntryChanged:
        return QT_TRANSLATE_NOOP("AuditFinding", "regel %1 van het logboek is gewijzigd nadat hij was geschreven");
    case AuditProblem::EntriesRemoved:
        return QT_TRANSLATE_NOOP("AuditFinding", "regel %1 en de regels daarna zijn uit het logboek verwijderd");
    case AuditProblem::ChainRewritten:
        return QT_TRANSLATE_NOOP("AuditFinding", "regel %1 van het logboek is niet meer de regel die eerder is vastgelegd (het logboek is herschreven)");
    case AuditProblem::AnchorUnreadable:
        return QT_TRANSLATE_NOOP("AuditFinding", "het bestand %1, dat de laatste regel van het logboek vastlegt, is onleesbaar");
    }
    return nullptr;
}

} // namespace

QString auditFindingText(const AuditVerification &verification, DocumentLanguage language)
{
    const char *source = verification.intact ? nullptr : findingSource(verification.problem);
    if (source == nullptr)
        return {};
    const QString text = documentText(language, kContext, source);
    if (verification.problem == AuditProblem::AnchorUnreadable)
        return text.arg(QString::fromLatin1(AuditAnchor::kFileName));
    return text.arg(verification.firstBadEntry);
}

} // namespace bw
