#include "consenttable.h"

#include "consent/recognitionconsent.h"
#include "storage/registry.h"

#include <algorithm>

namespace bw {

const ConsentDecision *ConsentTable::find(qint64 pupilId, const QString &channelId) const
{
    const auto channel = std::find_if(channels.begin(), channels.end(),
                                      [&](const Channel &c) { return c.id == channelId; });
    const auto row = std::find_if(rows.begin(), rows.end(),
                                  [&](const Row &r) { return r.pupil.id == pupilId; });
    if (channel == channels.end() || row == rows.end())
        return nullptr;
    return &row->decisions[std::size_t(channel - channels.begin())];
}

Result<ConsentTable> takeConsentTable(Registry &registry, const QDate &moment,
                                      std::vector<Channel> channels)
{
    if (channels.empty()) {
        Result<std::vector<Channel>> all = registry.channels();
        if (!all)
            return std::unexpected(all.error());
        channels = std::move(*all);
    }
    const Result<SchoolSettings> settings = registry.schoolSettings();
    if (!settings)
        return std::unexpected(settings.error());
    Result<std::vector<Pupil>> pupils = registry.pupils();
    if (!pupils)
        return std::unexpected(pupils.error());
    std::sort(pupils->begin(), pupils->end(), [](const Pupil &a, const Pupil &b) {
        return a.className == b.className ? a.name.localeAwareCompare(b.name) < 0
                                          : a.className < b.className;
    });

    ConsentTable table{moment, std::move(channels), {}};
    for (Pupil &pupil : *pupils) {
        const Result<std::vector<ConsentStatement>> history = registry.statementsFor(pupil.id);
        if (!history)
            return std::unexpected(history.error());
        ConsentTable::Row row{std::move(pupil), {}, {}};
        for (const Channel &channel : table.channels)
            row.decisions.push_back(decideForPupil(row.pupil, *history, channel, moment, *settings));
        row.recognition = decideRecognitionConsent(row.pupil, *history, moment, *settings);
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace bw
