#include "photobadge.h"

#include "photoentry.h"
#include "reason.h"

namespace bw::gui {

PhotoBadge::Kind PhotoBadge::kindOf(const PhotoEntry &entry)
{
    if (!entry.analysed)
        return Kind::Pending;
    // An unreadable photo is never exported, whatever the channel.
    if (entry.analysis.error)
        return Kind::DoNotUse;
    switch (entry.verdict.status) {
    case PhotoStatus::Exported: return Kind::Ready;
    case PhotoStatus::NeedsReview: return Kind::Check;
    case PhotoStatus::Excluded: return Kind::DoNotUse;
    }
    return Kind::DoNotUse;
}

QString PhotoBadge::label(Kind kind)
{
    switch (kind) {
    case Kind::Pending: return tr("nog niet bekeken");
    case Kind::Ready: return tr("klaar");
    case Kind::Check: return tr("controleren");
    case Kind::DoNotUse: return tr("niet gebruiken");
    }
    return {};
}

QColor PhotoBadge::colour(Kind kind)
{
    switch (kind) {
    case Kind::Pending: return QColor(0x75, 0x75, 0x75);
    case Kind::Ready: return QColor(0x2e, 0x7d, 0x32);
    case Kind::Check: return QColor(0xe6, 0x8a, 0x00);
    case Kind::DoNotUse: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString PhotoBadge::reasonsText(const PhotoVerdict &verdict)
{
    QStringList reasons;
    for (const Reason reason : verdict.reasons) {
        QString text = reasonText(reason);
        QStringList who;
        if (reason == Reason::PupilWithoutConsent) {
            who = verdict.pupilsWithoutConsent;
            if (verdict.unknownFacesWithoutConsent > 0)
                who << tr("%n onbekend gezicht(en)", nullptr, verdict.unknownFacesWithoutConsent);
        } else if (reason == Reason::PhotoConsentNeeded) {
            who = verdict.pupilsNeedingPhotoConsent;
        }
        if (!who.isEmpty())
            text += QStringLiteral(": ") + who.join(QStringLiteral(", "));
        reasons << text;
    }
    return reasons.join(QStringLiteral("; "));
}

} // namespace bw::gui
