#include "facedescriber.h"

#include <QFile>
#include <QFileInfo>

#include <dlib/dnn.h>
#include <dlib/image_processing.h>
#include <dlib/opencv/cv_image.h>

#include <opencv2/imgproc.hpp>

namespace bw {

namespace {

// dlib's face recognition ResNet (dlib_face_recognition_resnet_model_v1.dat): the network
// type must match the serialised model layer for layer.
template <template <int, template <typename> class, int, typename> class Block, int N,
          template <typename> class BN, typename Subnet>
using Residual = dlib::add_prev1<Block<N, BN, 1, dlib::tag1<Subnet>>>;

template <template <int, template <typename> class, int, typename> class Block, int N,
          template <typename> class BN, typename Subnet>
using ResidualDown = dlib::add_prev2<dlib::avg_pool<2, 2, 2, 2, dlib::skip1<dlib::tag2<Block<N, BN, 2, dlib::tag1<Subnet>>>>>>;

template <int N, template <typename> class BN, int Stride, typename Subnet>
using ConvBlock = BN<dlib::con<N, 3, 3, 1, 1, dlib::relu<BN<dlib::con<N, 3, 3, Stride, Stride, Subnet>>>>>;

template <int N, typename Subnet>
using AffineResidual = dlib::relu<Residual<ConvBlock, N, dlib::affine, Subnet>>;
template <int N, typename Subnet>
using AffineResidualDown = dlib::relu<ResidualDown<ConvBlock, N, dlib::affine, Subnet>>;

template <typename Subnet> using Level0 = AffineResidualDown<256, Subnet>;
template <typename Subnet> using Level1 = AffineResidual<256, AffineResidual<256, AffineResidualDown<256, Subnet>>>;
template <typename Subnet> using Level2 = AffineResidual<128, AffineResidual<128, AffineResidualDown<128, Subnet>>>;
template <typename Subnet> using Level3 = AffineResidual<64, AffineResidual<64, AffineResidual<64, AffineResidualDown<64, Subnet>>>>;
template <typename Subnet> using Level4 = AffineResidual<32, AffineResidual<32, AffineResidual<32, Subnet>>>;

using RecognitionNet = dlib::loss_metric<dlib::fc_no_bias<128, dlib::avg_pool_everything<
    Level0<Level1<Level2<Level3<Level4<dlib::max_pool<3, 3, 2, 2, dlib::relu<dlib::affine<
    dlib::con<32, 7, 7, 2, 2, dlib::input_rgb_image_sized<150>>>>>>>>>>>>>;

constexpr unsigned long kChipSize = 150;
constexpr double kChipPadding = 0.25;   // the padding the ResNet was trained with
constexpr unsigned long kBatchSize = 16;

// The 5-point predictor was trained on dlib detector boxes: square and tighter than
// CenterFace's, which reach from the hairline to below the chin. A square of the box's
// width, centred a little below the box centre, is close to what it expects.
dlib::rectangle predictorBox(const cv::Rect2f &rect)
{
    const float side = rect.width;
    const float cx = rect.x + rect.width / 2.0f;
    const float cy = rect.y + rect.height * 0.55f;
    return dlib::rectangle(long(std::lround(cx - side / 2)), long(std::lround(cy - side / 2)),
                           long(std::lround(cx + side / 2)), long(std::lround(cy + side / 2)));
}

double chipSharpness(const dlib::matrix<dlib::rgb_pixel> &chip)
{
    const cv::Mat rgb(int(chip.nr()), int(chip.nc()), CV_8UC3, const_cast<dlib::rgb_pixel *>(&chip(0, 0)));
    cv::Mat gray, laplacian;
    cv::cvtColor(rgb, gray, cv::COLOR_RGB2GRAY);
    cv::Laplacian(gray, laplacian, CV_64F);
    cv::Scalar mean, stddev;
    cv::meanStdDev(laplacian, mean, stddev);
    return stddev[0] * stddev[0];
}

} // namespace

struct FaceDescriber::Impl {
    dlib::shape_predictor predictor;
    RecognitionNet net;
    DescriberSettings settings;
};

FaceDescriber::FaceDescriber(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

FaceDescriber::~FaceDescriber() = default;

Result<std::unique_ptr<FaceDescriber>> FaceDescriber::create(const QString &shapePredictorPath,
                                                             const QString &recognitionModelPath,
                                                             const DescriberSettings &settings)
{
    for (const QString &path : {shapePredictorPath, recognitionModelPath}) {
        if (!QFileInfo(path).isFile())
            return fail(ErrorCode::ModelMissing, MessageId::RecognitionModelMissing, path);
    }
    auto impl = std::make_unique<Impl>();
    impl->settings = settings;
    QString loading = shapePredictorPath;
    try {
        dlib::deserialize(QFile::encodeName(shapePredictorPath).toStdString()) >> impl->predictor;
        loading = recognitionModelPath;
        dlib::deserialize(QFile::encodeName(recognitionModelPath).toStdString()) >> impl->net;
    } catch (const std::exception &e) {
        return fail(ErrorCode::ModelInvalid, MessageId::RecognitionModelInvalid, loading, e.what());
    }
    if (impl->predictor.num_parts() != 5)
        return fail(ErrorCode::ModelInvalid, MessageId::LandmarkModelWrong, shapePredictorPath);
    return std::unique_ptr<FaceDescriber>(new FaceDescriber(std::move(impl)));
}

Result<std::vector<FaceDescription>> FaceDescriber::describe(const cv::Mat &bgr, const std::vector<FaceBox> &faces)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return fail(ErrorCode::InvalidArgument, MessageId::RecognitionNeedsBgr);
    std::vector<FaceDescription> descriptions(faces.size());
    if (faces.empty())
        return descriptions;
    try {
        const dlib::cv_image<dlib::bgr_pixel> image(bgr);
        // The ResNet is the costly part (~35 ms a face): with skipBelowFloor, a face below
        // the quality floor only has its quality measured.
        std::vector<dlib::matrix<dlib::rgb_pixel>> chips;
        std::vector<std::size_t> described;
        const QualityFloor &floor = m_impl->settings.qualityFloor;
        for (std::size_t i = 0; i < faces.size(); ++i) {
            const dlib::full_object_detection shape = m_impl->predictor(image, predictorBox(faces[i].rect));
            dlib::matrix<dlib::rgb_pixel> chip;
            dlib::extract_image_chip(image, dlib::get_face_chip_details(shape, kChipSize, kChipPadding), chip);
            FaceQuality &quality = descriptions[i].quality;
            quality.widthPx = faces[i].rect.width;
            quality.sharpness = chipSharpness(chip);
            descriptions[i].recognisable = quality.widthPx >= floor.minWidthPx && quality.sharpness >= floor.minSharpness;
            if (descriptions[i].recognisable || !m_impl->settings.skipBelowFloor) {
                chips.push_back(std::move(chip));
                described.push_back(i);
            }
        }
        if (chips.empty())
            return descriptions;
        const std::vector<dlib::matrix<float, 0, 1>> vectors = m_impl->net(chips, kBatchSize);
        if (vectors.size() != chips.size())
            return fail(ErrorCode::RecognitionFailed, MessageId::RecognitionCountMismatch, vectors.size(), chips.size());
        for (std::size_t k = 0; k < described.size(); ++k) {
            if (vectors[k].size() != 128)
                return fail(ErrorCode::RecognitionFailed, MessageId::RecognitionWrongSize);
            FaceDescriptor descriptor;
            std::copy(vectors[k].begin(), vectors[k].end(), descriptor.begin());
            descriptions[described[k]].descriptor = descriptor;
        }
    } catch (const std::exception &e) {
        return fail(ErrorCode::RecognitionFailed, MessageId::RecognitionFailed, e.what());
    }
    return descriptions;
}

} // namespace bw
