#include "commands.h"

#include "faces/faceengine.h"
#include "faces/modellocator.h"
#include "enrolment/referenceimporter.h"
#include "storage/registry.h"

namespace bw::cli {

int runRefs(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 2 || arguments[0] != QLatin1String("import"))
        return failRun(context, QStringLiteral("usage: refs import DIR   (DIR/<pupil name>/*.jpg|png|heic)"));

    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    Result<ModelFiles> models = ModelLocator::locate(context.applicationDir);
    if (!models)
        return failRun(context, models.error().message);
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(*models);
    if (!engine)
        return failRun(context, engine.error().message);

    ReferenceImporter importer(**registry);
    Result<std::vector<ReferenceResult>> results = importer.importFolder(**engine, arguments[1]);
    if (!results)
        return failRun(context, results.error().message);

    int stored = 0;
    int known = 0;
    int refused = 0;
    for (const ReferenceResult &result : *results) {
        if (!result.check.usable()) {
            ++refused;
            context.err << "refused: " << result.check.error->message << Qt::endl;
            continue;
        }
        result.stored ? ++stored : ++known;
        if (result.check.outdated)
            context.err << "warning: " << result.check.file
                        << " is more than a year old; a newer photo recognises this pupil better" << Qt::endl;
    }
    context.out << stored << " reference photos stored, " << known << " already known, " << refused
                << " refused" << Qt::endl;
    return 0;
}

} // namespace bw::cli
