#include "enrolment/referenceimporter.h"

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

Result<ReferenceResult> ReferenceImporter::store(qint64 pupilId, const ReferenceCheck &check)
{
    ReferenceResult result{check, {}, false, false};
    if (!check.usable())
        return result;
    Result<std::vector<ReferenceDescriptor>> known = m_registry.references();
    if (!known)
        return std::unexpected(known.error());
    // The same photo gives the same descriptor: importing a folder twice adds nothing.
    result.alreadyKnown = std::any_of(known->begin(), known->end(), [&](const ReferenceDescriptor &ref) {
        return ref.pupilId == pupilId && ref.descriptor == *check.descriptor;
    });
    if (result.alreadyKnown)
        return result;
    Result<qint64> stored = m_registry.addReference(pupilId, *check.descriptor, check.photoDate,
                                                    check.sha256Hex, QFileInfo(check.file).fileName());
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
            Result<ReferenceResult> result =
                store(pupil.id, checkReferencePhoto(engine, QDir(folder).filePath(file)));
            if (!result)
                return std::unexpected(result.error());
            result->pupilName = pupil.name;
            results.push_back(std::move(*result));
        }
    }
    return results;
}

} // namespace bw
