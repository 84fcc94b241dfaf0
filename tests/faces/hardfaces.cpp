#include "hardfaces.h"

#include "faces/nms.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace bw::test {

namespace {

const cv::Size kCanvasSize(4000, 3000);
// Room left free in the canvas corners, so that pieces on two edges never overlap.
constexpr int kCorner = 520;
constexpr int kGap = 24;
constexpr int kMaxPiece = 480;

cv::Mat readImage(const QString &path)
{
    return cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
}

void readPascalXml(const QString &dir, const QString &xmlName, std::vector<RealFace> &faces)
{
    QFile file(QDir(dir).filePath(xmlName));
    if (!file.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader xml(&file);
    QString photoName;
    cv::Mat photo;
    int index = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("image")) {
            photoName = a.value(QLatin1String("file")).toString();
            photo = readImage(QDir(dir).filePath(photoName));
            index = 0;
        } else if (xml.name() == QLatin1String("box") && !photo.empty()) {
            const cv::Rect2f box(a.value(QLatin1String("left")).toFloat(), a.value(QLatin1String("top")).toFloat(),
                                 a.value(QLatin1String("width")).toFloat(), a.value(QLatin1String("height")).toFloat());
            faces.push_back({QStringLiteral("%1 face %2").arg(photoName).arg(++index), photo, box});
        }
    }
}

// A calm, blurred noise background (as in the CLI's bench), so that pasted pieces are the
// only faces on a canvas.
cv::Mat backgroundCanvas(int seed)
{
    cv::RNG rng(uint64(seed) * 7919u + 17u);
    cv::Mat noise(300, 400, CV_8UC3);
    rng.fill(noise, cv::RNG::UNIFORM, cv::Scalar::all(40), cv::Scalar::all(220));
    cv::GaussianBlur(noise, noise, cv::Size(0, 0), 4.0);
    cv::Mat canvas;
    cv::resize(noise, canvas, kCanvasSize, 0, 0, cv::INTER_CUBIC);
    return canvas;
}

// The part of the photo that stays inside the frame when `outside` of the face box lies
// beyond `side`, limited to `window` (in photo pixels).
cv::Rect insideFrame(const RealFace &face, Side side, double outside, const cv::Rect &window)
{
    const cv::Rect2f &b = face.box;
    cv::Rect2f keep(window);
    switch (side) {
    case Side::Left: keep = keep & cv::Rect2f(b.x + float(outside) * b.width, 0, 1e6f, 1e6f); break;
    case Side::Top: keep = keep & cv::Rect2f(0, b.y + float(outside) * b.height, 1e6f, 1e6f); break;
    case Side::Right: keep = keep & cv::Rect2f(0, 0, b.x + float(1.0 - outside) * b.width, 1e6f); break;
    case Side::Bottom: keep = keep & cv::Rect2f(0, 0, 1e6f, b.y + float(1.0 - outside) * b.height); break;
    }
    const int x0 = int(std::lround(keep.x)), y0 = int(std::lround(keep.y));
    return cv::Rect(x0, y0, int(std::lround(keep.x + keep.width)) - x0, int(std::lround(keep.y + keep.height)) - y0);
}

// The face with `margin` face widths (heights) of its photo around it, as far as the photo goes.
cv::Rect windowAround(const RealFace &face, float margin)
{
    const cv::Rect2f &b = face.box;
    return cv::Rect(cv::Rect2f(b.x - margin * b.width, b.y - margin * b.height, (1 + 2 * margin) * b.width,
                               (1 + 2 * margin) * b.height))
        & cv::Rect(0, 0, face.photo.cols, face.photo.rows);
}

FacePhoto cropped(const RealFace &face, const cv::Rect &crop, const QString &label)
{
    return {label, face.photo(crop).clone(),
            cv::Rect2f(face.box.x - float(crop.x), face.box.y - float(crop.y), face.box.width, face.box.height)};
}

// Where the next piece goes along one edge of a canvas; false when the edge is full.
struct EdgeCursor {
    int position = kCorner;

    bool place(Side side, cv::Size piece, cv::Point &at)
    {
        const bool vertical = side == Side::Left || side == Side::Right;
        const int length = vertical ? kCanvasSize.height : kCanvasSize.width;
        const int extent = vertical ? piece.height : piece.width;
        if (position + extent > length - kCorner)
            return false;
        switch (side) {
        case Side::Left: at = {0, position}; break;
        case Side::Right: at = {kCanvasSize.width - piece.width, position}; break;
        case Side::Top: at = {position, 0}; break;
        case Side::Bottom: at = {position, kCanvasSize.height - piece.height}; break;
        }
        position += extent + kGap;
        return true;
    }
};

} // namespace

std::vector<RealFace> pascalFaces()
{
    std::vector<RealFace> faces;
    const QString dir = pascalDir();
    if (dir.isEmpty())
        return faces;
    readPascalXml(dir, QStringLiteral("testing.xml"), faces);
    readPascalXml(dir, QStringLiteral("training.xml"), faces);
    return faces;
}

std::vector<RealFace> fetchedFaces(const Detect &detect)
{
    std::vector<RealFace> faces;
    for (const char *name : {"obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg"}) {
        const QString path = fetchedImage(QString::fromLatin1(name));
        const cv::Mat photo = path.isEmpty() ? cv::Mat() : readImage(path);
        if (photo.empty())
            continue;
        const std::vector<FaceBox> found = detect(photo);
        const auto best = std::max_element(found.begin(), found.end(), [](const FaceBox &a, const FaceBox &b) {
            return a.score < b.score;
        });
        if (best != found.end())
            faces.push_back({QString::fromLatin1(name), photo, best->rect});
    }
    return faces;
}

std::vector<RealFace> evalFaces(const QString &split)
{
    std::vector<RealFace> faces;
    QFile file(sourcePath(QStringLiteral("tests/data/eval-identities.json")));
    if (!file.open(QIODevice::ReadOnly))
        return faces;
    const QJsonArray photos = QJsonDocument::fromJson(file.readAll()).object()[QLatin1String("photos")].toArray();
    for (const QJsonValue &p : photos) {
        if (p[QLatin1String("split")].toString() != split)
            continue;
        const QString name = p[QLatin1String("path")].toString();
        const QString path = fetchedFile(name);
        const cv::Mat photo = path.isEmpty() ? cv::Mat() : readImage(path);
        if (photo.empty())
            continue;
        int index = 0;
        for (const QJsonValue &f : p[QLatin1String("faces")].toArray()) {
            ++index;
            if (f[QLatin1String("tags")].toArray().contains(QStringLiteral("possible")))
                continue;
            const QJsonArray b = f[QLatin1String("box")].toArray();
            faces.push_back({QStringLiteral("%1 face %2").arg(name).arg(index), photo,
                             cv::Rect2f(float(b[0].toDouble()), float(b[1].toDouble()), float(b[2].toDouble()),
                                        float(b[3].toDouble()))});
        }
    }
    return faces;
}

RealFace scaledFace(const RealFace &face, double faceWidth)
{
    const double scale = faceWidth / face.box.width;
    RealFace result{QStringLiteral("%1 at %2 px").arg(face.label).arg(faceWidth), {}, {}};
    cv::resize(face.photo, result.photo, cv::Size(), scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
    const float s = float(scale);
    result.box = cv::Rect2f(face.box.x * s, face.box.y * s, face.box.width * s, face.box.height * s);
    return result;
}

QString sideName(Side side)
{
    switch (side) {
    case Side::Left: return QStringLiteral("left");
    case Side::Top: return QStringLiteral("top");
    case Side::Right: return QStringLiteral("right");
    case Side::Bottom: return QStringLiteral("bottom");
    }
    return {};
}

FacePhoto windowed(const RealFace &face)
{
    return cropped(face, windowAround(face, 1.5f), face.label);
}

FacePhoto cutByFrame(const RealFace &face, Side side, double outside)
{
    const cv::Rect crop = insideFrame(face, side, outside, windowAround(face, 1.5f));
    return cropped(face, crop, QStringLiteral("%1, %2% beyond the %3 edge")
                                   .arg(face.label).arg(qRound(outside * 100)).arg(sideName(side)));
}

std::vector<Canvas> cutFacesOn12Mp(const std::vector<RealFace> &faces, double outside)
{
    std::vector<Canvas> canvases;
    std::array<EdgeCursor, 4> cursors;
    for (const RealFace &face : faces) {
        for (const Side side : kSides) {
            const float margin = std::min(1.5f, float(kMaxPiece) / (2.0f * face.box.width) - 0.5f);
            const cv::Rect crop = insideFrame(face, side, outside, windowAround(face, margin));
            if (crop.empty())
                continue;
            FacePhoto piece = cropped(face, crop, QStringLiteral("%1, %2% beyond the %3 edge of a 12-MP photo")
                                                      .arg(face.label).arg(qRound(outside * 100)).arg(sideName(side)));
            cv::Point at;
            EdgeCursor &cursor = cursors[std::size_t(side)];
            if (canvases.empty() || !cursor.place(side, piece.image.size(), at)) {
                canvases.push_back({backgroundCanvas(int(canvases.size())), {}});
                cursors = {};
                cursor.place(side, piece.image.size(), at);
            }
            piece.image.copyTo(canvases.back().image(cv::Rect(at, piece.image.size())));
            piece.box.x += float(at.x);
            piece.box.y += float(at.y);
            piece.image = cv::Mat();
            canvases.back().faces.push_back(piece);
        }
    }
    return canvases;
}

std::vector<Canvas> smallFacesOn12Mp(const std::vector<RealFace> &faces, double faceWidth)
{
    std::vector<Canvas> canvases;
    cv::Point at(kGap, kGap);
    int rowHeight = 0;
    for (const RealFace &face : faces) {
        FacePhoto piece = windowed(scaledFace(face, faceWidth));
        if (at.x + piece.image.cols + kGap > kCanvasSize.width) {
            at = {kGap, at.y + rowHeight + kGap};
            rowHeight = 0;
        }
        if (canvases.empty() || at.y + piece.image.rows + kGap > kCanvasSize.height) {
            canvases.push_back({backgroundCanvas(int(canvases.size()) + 200), {}});
            at = {kGap, kGap};
            rowHeight = 0;
        }
        const cv::Size size = piece.image.size();
        piece.image.copyTo(canvases.back().image(cv::Rect(at, size)));
        piece.box += cv::Point2f(at);
        piece.image = cv::Mat();
        canvases.back().faces.push_back(piece);
        at.x += size.width + kGap;
        rowHeight = std::max(rowHeight, size.height);
    }
    return canvases;
}

std::vector<Canvas> photosOn12Mp(const std::vector<RealFace> &faces, double scale)
{
    std::vector<Canvas> canvases;
    cv::Point at(kGap, kGap);
    int rowHeight = 0;
    const cv::Mat *lastPhoto = nullptr;
    cv::Point lastAt;
    for (const RealFace &face : faces) {
        const bool samePhoto = lastPhoto != nullptr && lastPhoto->data == face.photo.data;
        if (!samePhoto) {
            cv::Mat piece;
            cv::resize(face.photo, piece, cv::Size(), scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
            if (at.x + piece.cols + kGap > kCanvasSize.width) {
                at = {kGap, at.y + rowHeight + kGap};
                rowHeight = 0;
            }
            if (canvases.empty() || at.y + piece.rows + kGap > kCanvasSize.height) {
                canvases.push_back({backgroundCanvas(int(canvases.size()) + 100), {}});
                at = {kGap, kGap};
                rowHeight = 0;
            }
            piece.copyTo(canvases.back().image(cv::Rect(at, piece.size())));
            lastAt = at;
            lastPhoto = &face.photo;
            at.x += piece.cols + kGap;
            rowHeight = std::max(rowHeight, piece.rows);
        }
        const float s = float(scale);
        canvases.back().faces.push_back({QStringLiteral("%1 (x%2 on a 12-MP photo)").arg(face.label).arg(scale), {},
                                         cv::Rect2f(float(lastAt.x) + face.box.x * s, float(lastAt.y) + face.box.y * s,
                                                    face.box.width * s, face.box.height * s)});
    }
    return canvases;
}

Canvas faceSizesOn12Mp(const RealFace &face)
{
    Canvas canvas{cv::Mat(kCanvasSize, CV_8UC3, cv::Scalar(110, 130, 120)), {}};
    const cv::Rect2f &b = face.box;
    const cv::Rect crop = cv::Rect(cv::Rect2f(b.x - b.width * 0.5f, b.y - b.height * 0.4f, b.width * 2.0f, b.height * 1.8f))
        & cv::Rect(0, 0, face.photo.cols, face.photo.rows);
    int x = 60;
    for (const int width : {20, 28, 40, 60, 90, 140, 220, 400}) {
        const double scale = width / double(b.width);
        cv::Mat patch;
        cv::resize(face.photo(crop), patch, cv::Size(), scale, scale, cv::INTER_AREA);
        const int y = 1500 - patch.rows / 2 + (width % 3) * 300;
        patch.copyTo(canvas.image(cv::Rect(x, y, patch.cols, patch.rows)));
        const float s = float(scale);
        canvas.faces.push_back({QStringLiteral("%1 at %2 px on a 12-MP photo").arg(face.label).arg(width), {},
                                cv::Rect2f(float(x) + (b.x - float(crop.x)) * s, float(y) + (b.y - float(crop.y)) * s,
                                           b.width * s, b.height * s)});
        x += patch.cols + 60;
    }
    return canvas;
}

FacePhoto tilted(const RealFace &face, double degrees)
{
    const cv::Point2f centre(face.box.x + face.box.width / 2, face.box.y + face.box.height / 2);
    cv::Mat turn = cv::getRotationMatrix2D(centre, degrees, 1.0);
    const float w = float(face.photo.cols), h = float(face.photo.rows);
    const std::vector<cv::Point2f> corners{{0, 0}, {w, 0}, {w, h}, {0, h}};
    std::vector<cv::Point2f> turned;
    cv::transform(corners, turned, turn);
    const cv::Rect bounds = cv::boundingRect(turned);
    turn.at<double>(0, 2) -= bounds.x;
    turn.at<double>(1, 2) -= bounds.y;
    FacePhoto result{QStringLiteral("%1 tilted %2 degrees").arg(face.label).arg(degrees), {}, {}};
    cv::warpAffine(face.photo, result.image, turn, bounds.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    const cv::Point2f moved = centre - cv::Point2f(float(bounds.x), float(bounds.y));
    result.box = cv::RotatedRect(moved, face.box.size(), float(degrees)).boundingRect2f();
    return result;
}

cv::Mat darkened(const cv::Mat &bgr, double gamma)
{
    cv::Mat table(1, 256, CV_8U);
    for (int i = 0; i < 256; ++i)
        table.at<uchar>(i) = cv::saturate_cast<uchar>(255.0 * std::pow(i / 255.0, gamma));
    cv::Mat result;
    cv::LUT(bgr, table, result);
    return result;
}

cv::Mat flattened(const cv::Mat &bgr, double contrast)
{
    const cv::Scalar mean = cv::mean(bgr);
    cv::Mat result;
    bgr.convertTo(result, -1, contrast, 0.0);
    cv::add(result, mean * (1.0 - contrast), result);
    return result;
}

const FaceBox *detectionOf(const cv::Rect2f &truth, const std::vector<FaceBox> &found, cv::Size size)
{
    const cv::Rect2f frame(0, 0, float(size.width), float(size.height));
    const cv::Rect2f visible = truth & frame;
    const FaceBox *best = nullptr;
    float bestIoU = 0.3f;
    for (const FaceBox &face : found) {
        const float iou = boxIoU(face.rect & frame, visible);
        if (iou >= bestIoU) {
            best = &face;
            bestIoU = iou;
        }
    }
    return best;
}

void Recall::count(const FacePhoto &face, const std::vector<FaceBox> &found, cv::Size size)
{
    ++total;
    const FaceBox *hit = detectionOf(face.box, found, size);
    if (hit == nullptr)
        missed << face.label;
    else if (hit->possibleFace)
        ++asPossibleFace;
    else
        ++asFace;
}

QString Recall::summary() const
{
    return QStringLiteral("%1/%2 (%3; %4 as possible faces)")
        .arg(found()).arg(total).arg(rate(), 0, 'f', 3).arg(asPossibleFace);
}

} // namespace bw::test
