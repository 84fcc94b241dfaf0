#pragma once

#include "error.h"
#include "requestletterwriter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QMessageBox;
class QThreadPool;
class QWidget;

namespace bw {
class PhotoAnalyser;
class Registry;
}

namespace bw::gui {

class PhotoListModel;

// "Toestemming per foto vragen…": for the photos of the batch that wait for per-photo consent
// on the chosen channel (DOMAIN.md section 2), the requests are made in the registry (on the
// UI thread: quick, no pixels) and the letters are written into a folder the teacher picks,
// on the thread pool, by the same code as the CLI's `requests make` (writeRequestLetters).
// A message box then says what was made, with a button that opens the folder, or why
// nothing was (nothing to ask, a folder that cannot be written).
class PhotoRequestAction : public QObject {
    Q_OBJECT
public:
    struct Inputs {
        PhotoListModel *model = nullptr;
        QThreadPool *pool = nullptr;
        std::function<Registry *()> registry;
        std::function<std::shared_ptr<PhotoAnalyser>()> analyser;
        QWidget *window = nullptr;   // parent of the folder dialog and the messages
    };
    explicit PhotoRequestAction(Inputs inputs, QObject *parent = nullptr);
    ~PhotoRequestAction() override;

    QAction *action() const { return m_action; }

    // The rows of photos that wait for a per-photo answer on the model's channel.
    std::vector<int> waitingRows() const;
    // Asks for the folder (remembered), then makeLetters.
    void start();
    // Makes the requests and starts writing the letters into `folder`; lettersMade or failed
    // follows (failed at once when there is nothing to ask or the folder cannot be written).
    void makeLetters(const QString &folder);
    bool isRunning() const { return m_watcher.isRunning(); }
    QMessageBox *message() const; // the last message shown (tests)

Q_SIGNALS:
    void lettersMade(const bw::documents::WrittenLetters &written);
    void failed(const QString &message);

private:
    void onFinished();
    // Refused at once: why, in the teacher's words; empty when letters can be made.
    QString nothingToAsk() const;
    void fail(const QString &message);
    void showMessage(bool problem, const QString &text, const QString &details, const QString &folder);

    Inputs m_in;
    QAction *m_action;
    QFutureWatcher<Result<documents::WrittenLetters>> m_watcher;
    QPointer<QMessageBox> m_message;
};

} // namespace bw::gui
