#include "auditbanner.h"

#include "screening/auditfinding.h"

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

void AuditBanner::showVerification(const AuditVerification &verification)
{
    if (verification.intact) {
        hide();
        return;
    }
    setText(tr("<b>Het logboek van Beeldwacht is beschadigd:</b> %1. Het register is buiten "
               "Beeldwacht om gewijzigd. Dit is vastgelegd en wordt in het volgende exportverslag "
               "genoemd. Meld het aan de privacyfunctionaris van de school.")
                .arg(auditFindingText(verification).toHtmlEscaped()));
    show();
}

void AuditBanner::showCheckFailed(const QString &message)
{
    setText(tr("<b>Het logboek kon niet worden gecontroleerd:</b> %1").arg(message.toHtmlEscaped()));
    show();
}

} // namespace bw::gui
