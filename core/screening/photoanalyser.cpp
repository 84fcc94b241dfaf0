#include "photoanalyser.h"

#include "imaging/quarterturn.h"

#include <QElapsedTimer>

#include <map>
#include <mutex>
#include <thread>

namespace bw {

struct PhotoAnalyser::Impl {
    ModelFiles models;
    std::vector<ReferenceDescriptor> gallery;
    MatchSettings matchSettings;
    ImportSettings importSettings;
    FaceEngineSettings engineSettings;

    std::mutex mutex;
    std::map<std::thread::id, std::unique_ptr<FaceEngine>> engines;
    std::vector<std::unique_ptr<FaceEngine>> spares;   // loaded by prepare(), taken by a worker

    Result<FaceEngine *> engineForThisThread()
    {
        const std::thread::id thread = std::this_thread::get_id();
        {
            std::lock_guard lock(mutex);
            const auto found = engines.find(thread);
            if (found != engines.end())
                return found->second.get();
            if (!spares.empty()) {
                FaceEngine *engine = spares.back().get();
                engines[thread] = std::move(spares.back());
                spares.pop_back();
                return engine;
            }
        }
        // Loading takes a while: do it outside the lock so other workers keep going.
        Result<std::unique_ptr<FaceEngine>> created = FaceEngine::create(models, engineSettings);
        if (!created)
            return std::unexpected(created.error());
        std::lock_guard lock(mutex);
        FaceEngine *engine = created->get();
        engines[thread] = std::move(*created);
        return engine;
    }

    Result<std::vector<DetectedFace>> findFaces(FaceEngine &engine, const cv::Mat &image,
                                                StageTimes &times)
    {
        QElapsedTimer clock;
        clock.start();
        Result<std::vector<FaceBox>> boxes = engine.detect(image);
        times.detect = double(clock.nsecsElapsed()) / 1e6;
        if (!boxes)
            return std::unexpected(boxes.error());

        clock.restart();
        Result<std::vector<FaceDescription>> descriptions = engine.describe(image, *boxes);
        times.describe = double(clock.nsecsElapsed()) / 1e6;
        if (!descriptions)
            return std::unexpected(descriptions.error());

        clock.restart();
        const std::vector<FaceMatch> matches = matchFaces(*descriptions, gallery, matchSettings);
        times.match = double(clock.nsecsElapsed()) / 1e6;

        std::vector<DetectedFace> faces;
        faces.reserve(boxes->size());
        for (std::size_t i = 0; i < boxes->size(); ++i)
            faces.push_back({(*boxes)[i], matches[i], (*descriptions)[i]});
        return faces;
    }
};

PhotoAnalyser::PhotoAnalyser(ModelFiles models, std::vector<ReferenceDescriptor> gallery,
                             MatchSettings matchSettings, ImportSettings importSettings,
                             FaceEngineSettings engineSettings)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->models = std::move(models);
    m_impl->gallery = std::move(gallery);
    m_impl->matchSettings = matchSettings;
    m_impl->importSettings = importSettings;
    m_impl->engineSettings = engineSettings;
    // A face below the floor it is matched at is unknown whatever it resembles: the
    // describer leaves it without a descriptor and saves the ResNet's time.
    m_impl->engineSettings.describer.qualityFloor = matchSettings.qualityFloor;
    m_impl->engineSettings.describer.skipBelowFloor = true;
}

PhotoAnalyser::~PhotoAnalyser() = default;

const MatchSettings &PhotoAnalyser::matchSettings() const
{
    return m_impl->matchSettings;
}

const std::vector<ReferenceDescriptor> &PhotoAnalyser::gallery() const
{
    return m_impl->gallery;
}

const DetectorSettings &PhotoAnalyser::detectorSettings() const
{
    return m_impl->engineSettings.detector;
}

Result<void> PhotoAnalyser::prepare()
{
    Result<std::unique_ptr<FaceEngine>> engine = FaceEngine::create(m_impl->models, m_impl->engineSettings);
    if (!engine)
        return std::unexpected(engine.error());
    std::lock_guard lock(m_impl->mutex);
    m_impl->spares.push_back(std::move(*engine));
    return {};
}

Result<AnalysedPhoto> PhotoAnalyser::analyse(const QString &path, int quarterTurns)
{
    AnalysedPhoto result;
    result.analysis.source = path;
    result.analysis.match = m_impl->matchSettings;
    QElapsedTimer clock;
    clock.start();
    Result<DecodedPhoto> decoded = loadPhoto(path, m_impl->importSettings);
    result.analysis.times.decode = double(clock.nsecsElapsed()) / 1e6;
    if (!decoded)
        return std::unexpected(decoded.error());
    result.decoded = std::move(*decoded);
    turnClockwise(result.decoded, quarterTurns);
    result.analysis.photo = result.decoded.photo;

    Result<FaceEngine *> engine = m_impl->engineForThisThread();
    if (!engine)
        return std::unexpected(engine.error());
    Result<std::vector<DetectedFace>> faces =
        m_impl->findFaces(**engine, result.decoded.image, result.analysis.times);
    if (!faces)
        return std::unexpected(faces.error());
    result.analysis.faces = std::move(*faces);
    return result;
}

Result<AnalysedPhoto> PhotoAnalyser::reload(const PhotoAnalysis &earlier)
{
    if (earlier.error)
        return std::unexpected(*earlier.error);
    AnalysedPhoto result;
    result.analysis = earlier;
    QElapsedTimer clock;
    clock.start();
    Result<DecodedPhoto> decoded = loadPhoto(earlier.source, m_impl->importSettings);
    result.analysis.times = {};
    result.analysis.times.decode = double(clock.nsecsElapsed()) / 1e6;
    if (!decoded)
        return std::unexpected(decoded.error());
    if (decoded->photo.sha256Hex != earlier.photo.sha256Hex)
        return fail(ErrorCode::FileUnreadable, MessageId::PhotoChanged, earlier.source);
    result.decoded = std::move(*decoded);
    turnClockwise(result.decoded, earlier.photo.quarterTurns);
    return result;
}

} // namespace bw
