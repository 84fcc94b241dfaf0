#pragma once

#include "storage/auditlog.h"

#include <QLabel>

namespace bw::gui {

// The start-up check's outcome for the teacher: hidden while the audit log is intact, a
// clear red banner (not a log line) when someone changed it outside Beeldwacht.
class AuditBanner : public QLabel {
    Q_OBJECT
public:
    explicit AuditBanner(QWidget *parent = nullptr);

    // Shows the finding, or hides the banner for an intact log.
    void showVerification(const AuditVerification &verification);
    // The check itself could not run (e.g. the registry is busy): that is said too.
    void showCheckFailed(const QString &message);
};

} // namespace bw::gui
