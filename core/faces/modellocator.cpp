#include "modellocator.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace bw {

namespace {
const QStringList kModelNames = {
    QStringLiteral("centerface.onnx"),
    QStringLiteral("shape_predictor_5_face_landmarks.dat"),
    QStringLiteral("dlib_face_recognition_resnet_model_v1.dat"),
    QStringLiteral("mmod_human_face_detector.dat"),
};
}

QStringList ModelLocator::candidateDirs(const QString &applicationDir, const QStringList &extraDirs)
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("BEELDWACHT_MODELS");
    if (!fromEnv.isEmpty())
        dirs << fromEnv;
    if (!applicationDir.isEmpty())
        dirs << QDir(applicationDir).absoluteFilePath(QStringLiteral("../share/beeldwacht/models"));
    dirs << extraDirs;
    return dirs;
}

Result<ModelFiles> ModelLocator::locate(const QString &applicationDir, const QStringList &extraDirs)
{
    const QStringList dirs = candidateDirs(applicationDir, extraDirs);
    QString firstMissing;
    for (const QString &dir : dirs) {
        QStringList paths;
        for (const QString &name : kModelNames) {
            const QString path = QDir(dir).absoluteFilePath(name);
            if (!QFileInfo(path).isFile()) {
                if (firstMissing.isEmpty())
                    firstMissing = QDir::cleanPath(path);
                break;
            }
            paths << QDir::cleanPath(path);
        }
        if (paths.size() == kModelNames.size())
            return ModelFiles{paths[0], paths[1], paths[2], paths[3]};
    }
    if (firstMissing.isEmpty())
        firstMissing = kModelNames.first();
    return fail(ErrorCode::ModelMissing, MessageId::ModelNotFound, firstMissing, dirs.join(QStringLiteral(", ")));
}

} // namespace bw
