#pragma once

#include "error.h"
#include "faces/strictness.h"

#include <QMainWindow>
#include <QThreadPool>

#include <memory>

class QActionGroup;
class QComboBox;
class QLabel;
class QListView;
class QSplitter;
class QTabWidget;

namespace bw {
class Registry;
}

namespace bw::gui {

class AnalysisController;
class BatchController;
class AuditBanner;
class ExportDialog;
class FacesView;
class PhotoListModel;
class PhotoRequestAction;
class RegistryWatcher;
class ReviewKeeper;
class ReviewPane;
class ThumbnailLoader;

// The teacher's window: photos in a grid with their badge, the review pane for the chosen
// photo, and the channel the photos are meant for. Analysis runs on the window's own
// thread pool; the UI thread only receives results.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds photos and folders (searched recursively) and starts their analysis. While the
    // export dialog is open they wait, and are added when it closes (the export has its own
    // list of photos).
    void importPhotos(const QStringList &paths);
    // Takes the selected photos out of the batch (never deletes a file).
    void removeSelectedPhotos();
    // "Reeks sluiten": the batch is done. Its photos leave the window and their kept review
    // is deleted from the data folder; the files themselves stay.
    void closeBatch();

    // Re-reads channels, pupils, consent and references from the registry (after the
    // consent screen changed them) and re-evaluates every photo.
    void reloadRegistry();
    // Deletes every face descriptor (biometric data) from the registry and compacts it;
    // photos not reviewed yet are analysed again, now without references.
    Result<void> purgeBiometricData();
    void selectChannel(const QString &channelId);
    QString currentChannelId() const;

    Registry *registry() const { return m_registry.get(); }
    PhotoListModel *photoModel() const { return m_model; }
    ReviewPane *reviewPane() const { return m_review; }
    FacesView *facesView() const { return m_faces; }
    // "Foto's" (the grid and the review pane) or "Gezichten" (every face of the batch).
    void showFacesView(bool faces);
    QListView *photoGrid() const { return m_grid; }
    QComboBox *channelSelector() const { return m_channels; }
    AnalysisController *analysis() const { return m_analysis; }
    // Keeps the review on disk as the teacher works and brings it back on reopening.
    ReviewKeeper *reviewKeeper() const { return m_keeper; }
    RegistryWatcher *registryWatcher() const { return m_registryWatcher; }
    AuditBanner *auditBanner() const { return m_auditBanner; }
    // "Toestemming per foto vragen…": letters for the photos that wait for per-photo consent.
    PhotoRequestAction *photoRequests() const { return m_photoRequests; }
    QThreadPool *threadPool() { return &m_pool; }
    QString dataDir() const { return m_dataDir; }
    // A new export dialog for the batch, owned by the window; its channel choice re-judges
    // the photos here.
    ExportDialog *createExportDialog();

    void showPhoto(int row);
    void showNextPhoto();
    void showPreviousPhoto();

    QString notice() const; // the last message in the status bar (tests)

public Q_SLOTS:
    void openImportDialog();
    void openImportFolderDialog();
    void openConsentDialog();
    void openExportDialog();
    void confirmPurgeBiometricData();
    void confirmCloseBatch();
    // Records an answer to a request for consent for one photo (requests record in the CLI).
    void openPhotoAnswerDialog();

Q_SIGNALS:
    void analysisFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createCentralWidgets();
    void openRegistry();
    void checkAuditTrail();
    void prepareAnalyser();
    void setStrictness(Strictness level);
    // The school's strictness, raised for the current channel (core's strictnessFor).
    Result<Strictness> channelStrictness();
    void applyChannel();
    void keepReviews();
    void restoreSettings();
    void saveSettings();
    void showProblem(const QString &message);
    void showNotice(const QString &message);

    QString m_dataDir;
    QThreadPool m_pool;
    std::unique_ptr<Registry> m_registry;
    PhotoListModel *m_model;
    AnalysisController *m_analysis;
    ThumbnailLoader *m_thumbnails;
    BatchController *m_batch;
    RegistryWatcher *m_registryWatcher;
    ReviewKeeper *m_keeper = nullptr;
    QListView *m_grid = nullptr;
    ReviewPane *m_review = nullptr;
    QSplitter *m_splitter = nullptr;
    FacesView *m_faces = nullptr;
    QTabWidget *m_views = nullptr;
    QComboBox *m_channels = nullptr;
    QLabel *m_problem = nullptr;
    QActionGroup *m_strictnessActions = nullptr;
    AuditBanner *m_auditBanner = nullptr;
    PhotoRequestAction *m_photoRequests = nullptr;
};

} // namespace bw::gui
