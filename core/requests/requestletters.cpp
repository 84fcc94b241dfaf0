#include "requestletters.h"

#include "consent/consentpolicy.h"
#include "requestletter.h"
#include "screening/photoanalyser.h"

#include <algorithm>
#include <map>
#include <optional>

namespace bw {

namespace {

// The letter a request goes in: its family's (siblings under 16: their parents answer for
// all of them), or the pupil's own (no family known, or 16 and older: answers themself).
QString letterKey(const Pupil &pupil, const QDate &today)
{
    if (!pupil.family.isEmpty() && !isOwnConsentAge(pupil.birthDate, today))
        return QStringLiteral("gezin:") + pupil.family;
    return QStringLiteral("leerling:%1").arg(pupil.id);
}

} // namespace

std::vector<std::vector<RequestRef>> letterGroups(const std::vector<PhotoRequestSet> &sets, const QDate &today)
{
    std::vector<std::vector<RequestRef>> groups;
    std::map<QString, std::size_t> groupOfKey;
    for (std::size_t s = 0; s < sets.size(); ++s) {
        for (std::size_t r = 0; r < sets[s].requests.size(); ++r) {
            const auto [found, added] = groupOfKey.try_emplace(letterKey(sets[s].requests[r].pupil, today), groups.size());
            if (added)
                groups.emplace_back();
            groups[found->second].push_back({s, r});
        }
    }
    return groups;
}

namespace {

// The letter's pupils in the order they first appear, and whether it goes to a pupil of 16+.
RequestLetterFacts factsFor(const std::vector<LetterItem> &items, const LetterSettings &settings)
{
    RequestLetterFacts facts{{}, settings.channel, settings.schoolName, settings.today, false};
    for (const LetterItem &item : items) {
        const bool known = std::any_of(facts.pupils.begin(), facts.pupils.end(),
                                       [&](const Pupil &pupil) { return pupil.id == item.pupil.id; });
        if (!known)
            facts.pupils.push_back(item.pupil);
    }
    facts.pupilAnswers = facts.pupils.size() == 1 && isOwnConsentAge(facts.pupils.front().birthDate, settings.today);
    return facts;
}

// Keeps the last photo decoded: a letter often shows one photo for several requests.
class PhotoCache {
public:
    explicit PhotoCache(PhotoAnalyser &analyser) : m_analyser(analyser) {}

    Result<cv::Mat> image(const std::vector<PhotoRequestSet> &sets, std::size_t set)
    {
        if (m_set != set) {
            Result<AnalysedPhoto> reloaded = m_analyser.reload(sets[set].analysis);
            if (!reloaded)
                return std::unexpected(reloaded.error());
            m_image = reloaded->decoded.image;
            m_set = set;
        }
        return m_image;
    }

private:
    PhotoAnalyser &m_analyser;
    std::optional<std::size_t> m_set;
    cv::Mat m_image;
};

} // namespace

Result<int> makeRequestLetters(const std::vector<PhotoRequestSet> &sets, const LetterSettings &settings,
                               PhotoAnalyser &analyser,
                               const std::function<Result<void>(const RequestLetterFile &)> &write)
{
    PhotoCache cache(analyser);
    int written = 0;
    for (const std::vector<RequestRef> &group : letterGroups(sets, settings.today)) {
        std::vector<LetterItem> items;
        RequestLetterFile letter;
        for (const RequestRef &ref : group) {
            const PhotoRequestSet &set = sets[ref.set];
            const MadeRequest &made = set.requests[ref.request];
            Result<cv::Mat> image = cache.image(sets, ref.set);
            if (!image)
                return std::unexpected(image.error());
            items.push_back({made.request, made.pupil,
                             requestPicture(*image, set.faces, made.face, settings.channel.profile, settings.redaction)});
            letter.rows.push_back({made.request, made.pupil, {}});
        }
        letter.name = items.front().request.code;
        for (RequestRow &row : letter.rows)
            row.letter = letter.name;
        letter.content = requestLetter(factsFor(items, settings), items);
        if (Result<void> done = write(letter); !done)
            return std::unexpected(done.error());
        ++written;
    }
    return written;
}

} // namespace bw
