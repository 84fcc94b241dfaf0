#pragma once

#include "error.h"

#include <QString>
#include <QStringList>

namespace bw {

// The model files Beeldwacht uses (DESIGN.md "Models").
struct ModelFiles {
    QString centerFace;        // centerface.onnx
    QString shapePredictor5;   // shape_predictor_5_face_landmarks.dat
    QString faceRecognition;   // dlib_face_recognition_resnet_model_v1.dat
    QString mmodDetector;      // mmod_human_face_detector.dat
};

// Finds the models directory: (1) $BEELDWACHT_MODELS, (2) <binary dir>/../share/beeldwacht/models
// (installed copy and build tree alike), (3) an explicit extra directory. The first directory
// that holds every file wins; otherwise the error names the missing file and the command
// that fetches it.
class ModelLocator {
public:
    static Result<ModelFiles> locate(const QString &applicationDir,
                                     const QStringList &extraDirs = {});
    static QStringList candidateDirs(const QString &applicationDir,
                                     const QStringList &extraDirs = {});
};

} // namespace bw
