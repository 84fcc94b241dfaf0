#include "auditbanner.h"

#include "storage/auditanchor.h"

namespace bw::gui {

AuditBanner::AuditBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("auditBanner"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setStyleSheet(QStringLiteral(
        "QLabel { background: #8a1c1c; color: white; padding: 8px; border-radius: 4px; }"));
    hide();
}

QString AuditBanner::findingText(const AuditVerification &verification)
{
    const qint64 entry = verification.firstBadEntry;
    switch (verification.problem) {
    case AuditProblem::None: break;
    case AuditProblem::EntryMissing: return tr("regel %1 van het logboek is verwijderd").arg(entry);
    case AuditProblem::EntryOutOfPlace:
        return tr("regel %1 van het logboek sluit niet aan op de regel ervoor (vervangen of verplaatst)").arg(entry);
    case AuditProblem::EntryChanged:
        return tr("regel %1 van het logboek is gewijzigd nadat hij was geschreven").arg(entry);
    case AuditProblem::EntriesRemoved:
        return tr("regel %1 en de regels daarna zijn uit het logboek verwijderd").arg(entry);
    case AuditProblem::ChainRewritten:
        return tr("regel %1 van het logboek is niet meer de regel die eerder is vastgelegd "
                  "(het logboek is herschreven)").arg(entry);
    case AuditProblem::AnchorUnreadable:
        return tr("het bestand %1, dat de laatste regel van het logboek vastlegt, is onleesbaar")
            .arg(QString::fromLatin1(AuditAnchor::kFileName));
    }
    return {};
}

void AuditBanner::showVerification(const AuditVerification &verification)
{
    if (verification.intact) {
        hide();
        return;
    }
    setText(tr("<b>Het logboek van Beeldwacht is beschadigd:</b> %1. Het register is buiten "
               "Beeldwacht om gewijzigd. Dit is vastgelegd en wordt in het volgende exportverslag "
               "genoemd. Meld het aan de privacyfunctionaris van de school.")
                .arg(findingText(verification).toHtmlEscaped()));
    show();
}

void AuditBanner::showCheckFailed(const QString &message)
{
    setText(tr("<b>Het logboek kon niet worden gecontroleerd:</b> %1").arg(message.toHtmlEscaped()));
    show();
}

} // namespace bw::gui
