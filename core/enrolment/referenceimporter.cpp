#include "enrolment/referenceimporter.h"

#include "consent/recognitionconsent.h"
#include "faces/faceengine.h"
#include "faces/facematcher.h"
#include "imaging/photoloader.h"
#include "storage/registry.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace bw {

ReferenceCheck checkReferencePhoto(FaceEngine &engine, const QString &path, const QDate &today)
{
    const QualityFloor floor = fromStrictness(Strictness::VeryStrict).qualityFloor;
    ReferenceCheck check;
    check.file = path;
    const auto refuse = [&](ReferenceProblem problem, const Error &error) {
        check.problem = problem;
        check.error = error;
        check.descriptor.reset();
        return check;
    };

    Result<DecodedPhoto> decoded = loadPhoto(path);
    if (!decoded)
        return refuse(ReferenceProblem::Unreadable, decoded.error());
    check.sha256Hex = decoded->photo.sha256Hex;
    check.photoDate = decoded->photo.captureTime.date();
    if (!check.photoDate.isValid())
        check.photoDate = QFileInfo(path).lastModified().date();
    check.outdated = isReferenceOutdated(check.photoDate, today);

    Result<std::vector<FaceBox>> faces = engine.detect(decoded->image);
    if (!faces)
        return refuse(ReferenceProblem::Unreadable, faces.error());
    // Only sure faces count: a possible face (a poster, a half face at the edge) is never
    // described, so it cannot become the reference.
    std::erase_if(*faces, [](const FaceBox &face) { return face.possibleFace; });
    if (faces->empty())
        return refuse(ReferenceProblem::NoFace,
                      Error(ErrorCode::InvalidArgument, makeMessage(MessageId::ReferenceNoFace, path)));
    if (faces->size() > 1)
        return refuse(ReferenceProblem::SeveralFaces,
                      Error(ErrorCode::InvalidArgument,
                            makeMessage(MessageId::ReferenceSeveralFaces, path, faces->size())));
    Result<std::vector<FaceDescription>> described = engine.describe(decoded->image, *faces);
    if (!described)
        return refuse(ReferenceProblem::Unreadable, described.error());
    const FaceDescription &face = described->front();
    check.quality = face.quality;
    if (!face.descriptor || face.quality.widthPx < floor.minWidthPx
        || face.quality.sharpness < floor.minSharpness)
        return refuse(ReferenceProblem::NotRecognisable,
                      Error(ErrorCode::InvalidArgument,
                            makeMessage(MessageId::ReferenceNotRecognisable, path, qRound(face.quality.widthPx))));
    check.descriptor = face.descriptor;
    return check;
}

ReferenceImporter::ReferenceImporter(Registry &registry)
    : m_registry(registry)
{
}

Result<std::optional<Message>> ReferenceImporter::consentRefusal(qint64 pupilId, const QString &file)
{
    const Result<ConsentDecision> consent = m_registry.recognitionConsent(pupilId, QDate::currentDate());
    if (!consent)
        return std::unexpected(consent.error());
    if (consent->allowed)
        return std::nullopt;
    const Result<Pupil> pupil = m_registry.pupil(pupilId);
    if (!pupil)
        return std::unexpected(pupil.error());
    return makeMessage(MessageId::ReferenceWithoutConsent, file, pupil->name, recognitionCategory(),
                       reasonCode(consent->reason));
}

namespace {

ReferenceResult refusedForConsent(const QString &file, const Message &refusal)
{
    ReferenceResult result;
    result.check.file = file;
    result.check.problem = ReferenceProblem::NoConsent;
    result.check.error = Error(ErrorCode::InvalidArgument, refusal);
    return result;
}

} // namespace

Result<ReferenceResult> ReferenceImporter::store(qint64 pupilId, const ReferenceCheck &check)
{
    ReferenceResult result{check, {}, false, false};
    if (!check.usable())
        return result;
    const Result<std::optional<Message>> refusal = consentRefusal(pupilId, check.file);
    if (!refusal)
        return std::unexpected(refusal.error());
    if (*refusal)
        return refusedForConsent(check.file, **refusal);
    Result<std::vector<ReferenceDescriptor>> known = m_registry.references().descriptors();
    if (!known)
        return std::unexpected(known.error());
    // The same photo gives the same descriptor: importing a folder twice adds nothing.
    result.alreadyKnown = std::any_of(known->begin(), known->end(), [&](const ReferenceDescriptor &ref) {
        return ref.pupilId == pupilId && ref.descriptor == *check.descriptor;
    });
    if (result.alreadyKnown)
        return result;
    const NewReference reference{*check.descriptor, check.photoDate, check.sha256Hex,
                                 QFileInfo(check.file).fileName()};
    Result<qint64> stored = m_registry.enrolReference(pupilId, reference);
    if (!stored)
        return std::unexpected(stored.error());
    result.stored = true;
    return result;
}

Result<std::vector<ReferenceResult>> ReferenceImporter::importFolder(FaceEngine &engine, const QString &dir)
{
    const QDir root(dir);
    if (!root.exists())
        return fail(ErrorCode::FileNotFound, MessageId::ReferenceFolderMissing, dir);

    std::vector<std::pair<Pupil, QString>> folders;
    QStringList unknown;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        Result<std::optional<Pupil>> pupil = m_registry.pupilByName(name);
        if (!pupil)
            return std::unexpected(pupil.error());
        if (!*pupil)
            unknown << name;
        else
            folders.emplace_back(**pupil, root.filePath(name));
    }
    if (!unknown.isEmpty())
        return fail(ErrorCode::NotFound, MessageId::ReferenceUnknownPupils, unknown.join(QStringLiteral(", ")));
    if (folders.empty())
        return fail(ErrorCode::NotFound, MessageId::ReferenceFolderEmpty, dir);

    std::vector<ReferenceResult> results;
    for (const auto &[pupil, folder] : folders) {
        for (const QString &file : QDir(folder).entryList(QDir::Files, QDir::Name)) {
            const QString path = QDir(folder).filePath(file);
            const Result<std::optional<Message>> refusal = consentRefusal(pupil.id, path);
            if (!refusal)
                return std::unexpected(refusal.error());
            Result<ReferenceResult> result = *refusal ? refusedForConsent(path, **refusal)
                                                      : store(pupil.id, checkReferencePhoto(engine, path));
            if (!result)
                return std::unexpected(result.error());
            result->pupilName = pupil.name;
            results.push_back(std::move(*result));
        }
    }
    return results;
}

} // namespace bw
