#pragma once

#include "error.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <opencv2/core/mat.hpp>

#include <functional>
#include <memory>

namespace bw {
class PhotoAnalyser;
class Registry;
}

namespace bw::gui {

struct PhotoEntry;

// "Voorbeeld": the photo under review exactly as the chosen channel will export it, made by
// the export's own code (core's exportedImage: the same redaction and the same scaling to the
// channel's size; only the JPEG encoding is left out), on a worker thread. A photo the
// channel will not export says so instead. The photo is shown whole, without face boxes:
// what a parent will see.
class ExportPreview : public QWidget {
    Q_OBJECT
public:
    struct Inputs {
        std::function<Registry *()> registry;
        std::function<std::shared_ptr<PhotoAnalyser>()> analyser;
    };
    explicit ExportPreview(Inputs inputs, QWidget *parent = nullptr);
    ~ExportPreview() override;

    // Makes the preview of `entry` for `channelId`; ready (or failed) follows.
    void show(const PhotoEntry &entry, const QString &channelId);
    void clear();

    // The preview's pixels (BGR, the export's size) and what the widget says (tests).
    const cv::Mat &pixels() const { return m_pixels; }
    QString message() const { return m_message; }

    QSize sizeHint() const override { return {800, 600}; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onFinished();
    void setMessage(const QString &message);

    Inputs m_in;
    QFutureWatcher<Result<cv::Mat>> m_watcher;
    QString m_pendingKey;   // what is being computed; a newer request waits for it
    std::function<void()> m_next;
    cv::Mat m_pixels;
    QImage m_image;
    QString m_message;
};

} // namespace bw::gui
