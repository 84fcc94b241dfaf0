#pragma once

#include "documentcontent.h"
#include "storage/auditlog.h"

#include <QString>

namespace bw {

// What is wrong with the audit trail, in words, naming the first broken entry ("regel 17
// van het logboek is gewijzigd ..."); empty when it is intact. The app's banner and the
// readable report say it the same way.
QString auditFindingText(const AuditVerification &verification,
                         DocumentLanguage language = DocumentLanguage::Interface);

} // namespace bw
