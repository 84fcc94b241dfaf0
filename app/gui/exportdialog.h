#pragma once

#include "error.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThreadPool;

namespace bw {
class PhotoAnalyser;
class Registry;
class Screener;
struct ScreenedPhoto;
} // namespace bw

namespace bw::gui {

class PhotoListModel;

// Exports the batch for one channel: the destination, a summary of what will happen
// (photos, hidden faces, excluded photos), then core's Screener on the thread pool with a
// progress bar and cancel; at the end the accountability report opens. The job comes from
// core's prepareScreeningJob, as in the CLI.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // What the dialog works with, handed in by its owner.
    struct Inputs {
        PhotoListModel *model = nullptr;      // the batch, with the teacher's review
        Registry *registry = nullptr;
        QThreadPool *pool = nullptr;
        std::vector<std::pair<QString, QString>> channels; // id, label
        QString channelId;                    // chosen at first
        QString reportFolder;                 // default place for reports (stays at school)
        // The analyser for the chosen channel's job (it recognises at the job's strictness).
        std::function<std::shared_ptr<PhotoAnalyser>()> analyser;
    };

    explicit ExportDialog(Inputs inputs, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setDestination(const QString &folder);
    // The report's JSON path or the readable report beside it (either names the set).
    void setReportPath(const QString &path);
    // Tests switch this off: no browser on a headless machine.
    void setOpenReportWhenDone(bool open) { m_openReport = open; }
    // How the readable report is opened (QDesktopServices by default); false: it could not be.
    void setReportOpener(std::function<bool(const QString &)> opener) { m_opener = std::move(opener); }

    QString reportPath() const;          // the JSON record, for the screening job
    QString readableReportPath() const;  // what the dialog shows and opens
    QString destination() const;
    bool isRunning() const;
    // The folder last used for a channel (or the default one for it).
    static QString rememberedDestination(const QString &channelId);

    QComboBox *channelSelector() const { return m_channels; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *openReportButton() const { return m_openReportButton; }

public Q_SLOTS:
    // Asks first when the folder holds another channel's export; then begins.
    void startExport();
    void cancelExport();
    void openReport();

Q_SIGNALS:
    void exportFinished(bool succeeded);
    // Another channel was chosen: the photos are to be judged for it (the window does).
    void channelChosen(const QString &channelId);
    // Photos dropped on the dialog: the window adds them once the dialog is closed.
    void photosDropped(const QStringList &paths);

protected:
    void reject() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateSummary();
    void beginExport();
    QStringList otherChannelsIn(const QString &folder) const;
    void chooseDestination();
    void onProgress();
    void onFinished();
    void fail(const QString &message);
    QString defaultReportPath() const;

    Inputs m_inputs;
    PhotoListModel *m_model;
    std::shared_ptr<PhotoAnalyser> m_analyser;
    std::unique_ptr<Screener> m_screener;
    QFutureWatcher<ScreenedPhoto> *m_watcher;
    QComboBox *m_channels;
    QLineEdit *m_destination;
    QLineEdit *m_report;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_openReportButton;
    QPushButton *m_close;
    bool m_openReport = true;
    bool m_reportEdited = false;
    bool m_destinationEdited = false;
    std::function<bool(const QString &)> m_opener;
};

} // namespace bw::gui
