#include "faceengine.h"

namespace bw {

FaceEngine::FaceEngine(std::unique_ptr<FaceDetector> detector, std::unique_ptr<FaceDescriber> describer)
    : m_detector(std::move(detector))
    , m_describer(std::move(describer))
{
}

FaceEngine::~FaceEngine() = default;

Result<std::unique_ptr<FaceEngine>> FaceEngine::create(const ModelFiles &models, const FaceEngineSettings &settings)
{
    Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::create(models.centerFace, settings.detector);
    if (!detector)
        return std::unexpected(detector.error());
    Result<std::unique_ptr<FaceDescriber>> describer =
        FaceDescriber::create(models.shapePredictor5, models.faceRecognition, settings.describer);
    if (!describer)
        return std::unexpected(describer.error());
    return std::unique_ptr<FaceEngine>(new FaceEngine(std::move(*detector), std::move(*describer)));
}

Result<std::vector<FaceBox>> FaceEngine::detect(const cv::Mat &bgr)
{
    return m_detector->detect(bgr);
}

Result<std::vector<FaceDescription>> FaceEngine::describe(const cv::Mat &bgr, const std::vector<FaceBox> &faces)
{
    std::vector<FaceBox> sure;
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        if (!faces[i].possibleFace) {
            sure.push_back(faces[i]);
            positions.push_back(i);
        }
    }
    Result<std::vector<FaceDescription>> described = m_describer->describe(bgr, sure);
    if (!described)
        return described;
    std::vector<FaceDescription> descriptions(faces.size());
    for (std::size_t k = 0; k < positions.size(); ++k)
        descriptions[positions[k]] = (*described)[k];
    return descriptions;
}

Result<std::vector<AnalysedFace>> FaceEngine::analyse(const cv::Mat &bgr)
{
    Result<std::vector<FaceBox>> boxes = detect(bgr);
    if (!boxes)
        return std::unexpected(boxes.error());
    Result<std::vector<FaceDescription>> descriptions = describe(bgr, *boxes);
    if (!descriptions)
        return std::unexpected(descriptions.error());
    std::vector<AnalysedFace> faces;
    faces.reserve(boxes->size());
    for (std::size_t i = 0; i < boxes->size(); ++i) {
        const FaceDescription &d = (*descriptions)[i];
        faces.push_back(AnalysedFace{(*boxes)[i], d.descriptor, d.quality, d.recognisable});
    }
    return faces;
}

} // namespace bw
