#include "composedgroup.h"

#include "testsupport.h"

#include "faces/faceengine.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace bw::test {

Pasted paste(FaceEngine &engine, const cv::Mat &bgr, cv::Mat &canvas, cv::Point at, int width,
             const QString &who, int faceIndex)
{
    const std::vector<FaceBox> faces = engine.detect(bgr).value();
    const cv::Rect2f face = faces.at(std::size_t(faceIndex)).rect;
    const cv::Rect crop = cv::Rect(cv::Point(int(face.x - face.width * 0.6f), int(face.y - face.height * 0.5f)),
                                   cv::Size(int(face.width * 2.2f), int(face.height * 2.0f)))
                          & cv::Rect(0, 0, bgr.cols, bgr.rows);
    cv::Mat scaled;
    const double scale = double(width) / crop.width;
    cv::resize(bgr(crop), scaled, cv::Size(), scale, scale, cv::INTER_AREA);
    const cv::Rect target(at, scaled.size());
    scaled.copyTo(canvas(target & cv::Rect(0, 0, canvas.cols, canvas.rows)));
    return {who, target};
}

std::vector<Pasted> composeGroupPhoto(FaceEngine &engine, cv::Mat &canvas)
{
    canvas = cv::Mat(1800, 3200, CV_8UC3, cv::Scalar(90, 140, 110));
    std::vector<Pasted> pasted;
    pasted.push_back(paste(engine, cv::imread(fetchedImage(QStringLiteral("obama2.jpg")).toStdString()),
                           canvas, {150, 300}, 520, QStringLiteral("Barack Obama")));
    pasted.push_back(paste(engine, cv::imread(fetchedImage(QStringLiteral("biden.jpg")).toStdString()),
                           canvas, {900, 250}, 560, QStringLiteral("Joe Biden")));
    const QString pascal = pascalDir();
    if (pascal.isEmpty()) {
        qInfo("faces-pascal is absent (development-only data): the group photo has no strangers; "
              "CI runs this test with them");
        return pasted;
    }
    const cv::Mat strangers = cv::imread((pascal + QStringLiteral("/2008_002506.jpg")).toStdString());
    const std::vector<FaceBox> found = engine.detect(strangers).value();
    for (int i = 0; i < std::min<int>(2, int(found.size())); ++i)
        pasted.push_back(paste(engine, strangers, canvas, {1700 + i * 700, 400}, 520, QString(), i));
    return pasted;
}

std::vector<double> distancesToPasted(FaceEngine &engine, const cv::Mat &canvas, const cv::Mat &picture,
                                      const Pasted &pasted)
{
    const cv::Mat original = canvas(pasted.area & cv::Rect(0, 0, canvas.cols, canvas.rows));
    const FaceDescriptor known =
        engine.describe(original, {engine.detect(original).value().at(0)}).value().at(0).descriptor.value();
    const double scale = double(picture.cols) / canvas.cols;
    const cv::Rect area(cvRound(pasted.area.x * scale), cvRound(pasted.area.y * scale),
                        cvRound(pasted.area.width * scale), cvRound(pasted.area.height * scale));
    std::vector<FaceBox> inside;
    const std::vector<FaceBox> found = engine.detect(picture).value();
    for (const FaceBox &face : found) {
        if (area.contains(cv::Point(cvRound(face.rect.x + face.rect.width / 2), cvRound(face.rect.y + face.rect.height / 2))))
            inside.push_back(face);
    }
    std::vector<double> distances;
    const std::vector<FaceDescription> descriptions = engine.describe(picture, inside).value();
    for (const FaceDescription &description : descriptions)
        distances.push_back(description.descriptor ? descriptorDistance(known, *description.descriptor) : 1.0);
    return distances;
}

} // namespace bw::test
