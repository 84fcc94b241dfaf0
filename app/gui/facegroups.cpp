#include "facegroups.h"

#include "photolistmodel.h"
#include "readingorder.h"

#include <algorithm>
#include <map>
#include <optional>

namespace bw::gui {

namespace {

// The pupil the face only looks like, or none.
std::optional<qint64> suggestionFor(const ScreenedFace &face, bool decided, const ConsentSnapshot &consent)
{
    if (decided || face.pupilId || face.box.possibleFace || !face.match.suggestedPupilId)
        return std::nullopt;
    const PupilConsent *pupil = consent.find(*face.match.suggestedPupilId);
    if (pupil == nullptr || !pupil->recognitionAllowed)
        return std::nullopt;
    return face.match.suggestedPupilId;
}

QString nameOf(qint64 pupilId, const ConsentSnapshot &consent)
{
    const PupilConsent *pupil = consent.find(pupilId);
    return pupil != nullptr ? pupil->pupil.name : QString();
}

// Groups keyed by pupil, in the order of their names.
std::vector<FaceGroup> byName(std::map<qint64, FaceGroup> groups)
{
    std::vector<FaceGroup> sorted;
    for (auto &[id, group] : groups)
        sorted.push_back(std::move(group));
    std::stable_sort(sorted.begin(), sorted.end(), [](const FaceGroup &a, const FaceGroup &b) {
        return QString::localeAwareCompare(a.pupilName, b.pupilName) < 0;
    });
    return sorted;
}

} // namespace

std::vector<FaceGroup> groupFaces(const PhotoListModel &model)
{
    const ConsentSnapshot &consent = model.consent();
    std::map<qint64, FaceGroup> pupils;
    std::map<qint64, FaceGroup> suggestions;
    FaceGroup unknown{FaceGroupKind::Unknown, 0, {}, {}};
    FaceGroup possible{FaceGroupKind::Possible, 0, {}, {}};
    for (int row = 0; row < model.rowCount(); ++row) {
        const PhotoEntry &entry = model.entry(row);
        if (!entry.analysed || entry.analysis.error)
            continue;
        const std::size_t detected = std::min(entry.analysis.faces.size(), entry.verdict.faces.size());
        for (const int index : readingOrder(entry.verdict.faces)) {
            if (std::size_t(index) >= detected)
                continue; // a box drawn by hand
            const ScreenedFace &face = entry.verdict.faces[std::size_t(index)];
            const FaceRef ref{row, index};
            const bool decided = entry.review.overrides.contains(index);
            if (face.pupilId) {
                FaceGroup &group = pupils[*face.pupilId];
                group.kind = FaceGroupKind::Pupil;
                group.pupilId = *face.pupilId;
                group.pupilName = face.pupilName;
                group.faces.push_back(ref);
            } else if (const std::optional<qint64> like = suggestionFor(face, decided, consent)) {
                FaceGroup &group = suggestions[*like];
                group.kind = FaceGroupKind::Suggestion;
                group.pupilId = *like;
                group.pupilName = nameOf(*like, consent);
                group.faces.push_back(ref);
            } else {
                (face.box.possibleFace ? possible : unknown).faces.push_back(ref);
            }
        }
    }
    std::vector<FaceGroup> groups = byName(std::move(pupils));
    for (FaceGroup &group : byName(std::move(suggestions)))
        groups.push_back(std::move(group));
    for (FaceGroup *group : {&unknown, &possible}) {
        if (!group->faces.empty())
            groups.push_back(std::move(*group));
    }
    return groups;
}

} // namespace bw::gui
