#include "commands.h"

#include "faces/modellocator.h"

namespace bw::cli {

int runModels(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return failRun(context, QStringLiteral("models takes no arguments"));
    const Result<ModelFiles> models = ModelLocator::locate(context.applicationDir);
    if (!models)
        return failRun(context, models.error().message);
    context.out << models->centerFace << "\n" << models->shapePredictor5 << "\n"
                << models->faceRecognition << "\n" << models->mmodDetector << Qt::endl;
    return 0;
}

} // namespace bw::cli
