#pragma once

#include "consent/channel.h"
#include "consent/consentpolicy.h"
#include "consent/pupil.h"
#include "error.h"

#include <QDate>

#include <vector>

namespace bw {

class Registry;

// "May this pupil appear on this channel, and why not?" for every pupil and channel, as
// decideForPupil answers it (inactive pupils and per-photo channels included). The consent
// screen and `pupils list` both show this table, so they cannot disagree. (Screening uses
// a ConsentSnapshot instead: there the per-photo question is asked per photo.)
struct ConsentTable {
    struct Row {
        Pupil pupil;
        std::vector<ConsentDecision> decisions; // one per channel, in the order of `channels`
        ConsentDecision recognition;            // face recognition: no channel (DOMAIN.md §8)
    };

    QDate moment;
    std::vector<Channel> channels;
    std::vector<Row> rows;                      // by class, then name

    // nullptr for a pupil or channel not in the table.
    const ConsentDecision *find(qint64 pupilId, const QString &channelId) const;
};

// The table for `channels` (all of the registry's when empty) on `moment`.
Result<ConsentTable> takeConsentTable(Registry &registry, const QDate &moment,
                                      std::vector<Channel> channels = {});

} // namespace bw
