#include "referenceimporter.h"

#include "faces/faceengine.h"
#include "faces/facematcher.h"
#include "imaging/photoloader.h"
#include "storage/registry.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace bw {

ReferenceImporter::ReferenceImporter(FaceEngine &engine, Registry &registry, QDate today)
    : m_engine(engine)
    , m_registry(registry)
    , m_today(today)
{
}

ReferenceResult ReferenceImporter::importPhoto(qint64 pupilId, const QString &path)
{
    ReferenceResult result;
    result.file = path;
    const auto refuse = [&](const Error &error) {
        result.error = error;
        return result;
    };

    Result<DecodedPhoto> decoded = loadPhoto(path);
    if (!decoded)
        return refuse(decoded.error());
    Result<std::vector<FaceBox>> faces = m_engine.detect(decoded->image);
    if (!faces)
        return refuse(faces.error());
    if (faces->size() != 1)
        return refuse({ErrorCode::InvalidArgument,
                       QStringLiteral("%1: a reference photo must show exactly one face, this one shows %2.")
                           .arg(path)
                           .arg(faces->size())});
    Result<std::vector<FaceDescription>> described = m_engine.describe(decoded->image, *faces);
    if (!described)
        return refuse(described.error());
    const FaceDescription &face = described->front();
    if (!face.recognisable || !face.descriptor)
        return refuse({ErrorCode::InvalidArgument,
                       QStringLiteral("%1: the face is too small or too blurred to recognise "
                                      "(%2 px wide); use a sharper, closer photo.")
                           .arg(path)
                           .arg(qRound(face.quality.widthPx))});

    QDate photoDate = decoded->photo.captureTime.date();
    if (!photoDate.isValid())
        photoDate = QFileInfo(path).lastModified().date();
    if (isReferenceOutdated(photoDate, m_today))
        result.warnings << QStringLiteral("outdated");

    Result<std::vector<ReferenceDescriptor>> known = m_registry.references();
    if (!known)
        return refuse(known.error());
    // The same photo gives the same descriptor: importing a folder twice adds nothing.
    result.alreadyKnown = std::any_of(known->begin(), known->end(), [&](const ReferenceDescriptor &ref) {
        return ref.pupilId == pupilId && ref.descriptor == *face.descriptor;
    });
    if (result.alreadyKnown)
        return result;

    Result<qint64> stored = m_registry.addReference(pupilId, *face.descriptor, photoDate,
                                                    decoded->photo.sha256Hex, QFileInfo(path).fileName());
    if (!stored)
        return refuse(stored.error());
    result.stored = true;
    return result;
}

Result<std::vector<ReferenceResult>> ReferenceImporter::importFolder(const QString &dir)
{
    const QDir root(dir);
    if (!root.exists())
        return fail(ErrorCode::FileNotFound, QStringLiteral("The folder %1 does not exist.").arg(dir));

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
        return fail(ErrorCode::NotFound,
                    QStringLiteral("No pupil in the registry is called %1; import the consent CSV "
                                   "first or rename the folder. Nothing was imported.")
                        .arg(unknown.join(QStringLiteral(", "))));
    if (folders.empty())
        return fail(ErrorCode::NotFound,
                    QStringLiteral("%1 holds no pupil folders (expected %1/<pupil name>/<photos>).").arg(dir));

    std::vector<ReferenceResult> results;
    for (const auto &[pupil, folder] : folders) {
        for (const QString &file : QDir(folder).entryList(QDir::Files, QDir::Name)) {
            ReferenceResult result = importPhoto(pupil.id, QDir(folder).filePath(file));
            result.pupilName = pupil.name;
            results.push_back(std::move(result));
        }
    }
    return results;
}

} // namespace bw
