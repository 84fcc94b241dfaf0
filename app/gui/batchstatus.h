#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace bw::gui {

class AnalysisController;
class PhotoListModel;

// The status bar's content: how the batch stands for the channel (klaar / controleren /
// niet gebruiken, hidden faces) and, while photos are analysed, a progress bar with Stoppen.
class BatchStatus : public QWidget {
    Q_OBJECT
public:
    BatchStatus(PhotoListModel *model, AnalysisController *analysis, QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }

private:
    void updateSummary();
    void showProgress(int done, int total);

    PhotoListModel *m_model;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace bw::gui
