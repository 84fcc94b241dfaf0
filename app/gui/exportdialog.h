#pragma once

#include "error.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

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

class MainWindow;
class PhotoListModel;

// Exports the batch for one channel: the destination, a summary of what will happen
// (photos, hidden faces, excluded photos), then core's Screener on the thread pool with a
// progress bar and cancel; at the end the accountability report opens.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(MainWindow *window, std::shared_ptr<PhotoAnalyser> analyser);
    ~ExportDialog() override;

    void setDestination(const QString &folder);
    void setReportPath(const QString &path);
    // Tests switch this off: no browser on a headless machine.
    void setOpenReportWhenDone(bool open) { m_openReport = open; }

    QString reportPath() const;
    QString destination() const;
    bool isRunning() const;

    QComboBox *channelSelector() const { return m_channels; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *resultLabel() const { return m_result; }

public Q_SLOTS:
    void startExport();
    void cancelExport();

Q_SIGNALS:
    void exportFinished(bool succeeded);

protected:
    void reject() override;

private:
    void updateSummary();
    void chooseDestination();
    void onProgress();
    void onFinished();
    void fail(const QString &message);
    QString defaultReportPath() const;

    MainWindow *m_window;
    PhotoListModel *m_model;
    Registry *m_registry;
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
    QString m_htmlReport;
};

} // namespace bw::gui
