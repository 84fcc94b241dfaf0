#include "photorequestaction.h"

#include "errortext.h"
#include "photolistmodel.h"
#include "requests/photorequestmaker.h"
#include "screening/screeningjob.h"
#include "storage/registry.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace bw::gui {

PhotoRequestAction::PhotoRequestAction(Inputs inputs, QObject *parent)
    : QObject(parent), m_in(std::move(inputs)), m_action(new QAction(tr("Toestemming per &foto vragen…"), this))
{
    m_action->setToolTip(tr("Maakt voor de foto's die op toestemming per foto wachten een brief per gezin, "
                            "waarin op elke foto alleen het eigen kind herkenbaar is."));
    connect(m_action, &QAction::triggered, this, &PhotoRequestAction::start);
    connect(&m_watcher, &QFutureWatcher<Result<documents::WrittenLetters>>::finished, this,
            &PhotoRequestAction::onFinished);
}

PhotoRequestAction::~PhotoRequestAction()
{
    // The letters being written finish first: they use the analyser and the pool's thread.
    m_watcher.waitForFinished();
}

std::vector<int> PhotoRequestAction::waitingRows() const
{
    std::vector<int> rows;
    for (int row = 0; row < m_in.model->rowCount(); ++row) {
        const PhotoEntry &entry = m_in.model->entry(row);
        // A photo turned since its analysis waits for its new faces first.
        if (entry.analysed && !entry.analysis.error && entry.review.quarterTurns == entry.analysis.photo.quarterTurns
            && !entry.verdict.pupilsNeedingPhotoConsent.isEmpty())
            rows.push_back(row);
    }
    return rows;
}

QString PhotoRequestAction::nothingToAsk() const
{
    const Channel &channel = m_in.model->consent().channel;
    if (!channel.rules.perPhotoConsent) {
        return tr("Het kanaal %1 vraagt geen toestemming per foto. Voor de website zet u dat aan met de "
                  "schoolinstelling voor toestemming per foto.")
            .arg(channel.id);
    }
    if (waitingRows().empty())
        return tr("Geen foto wacht op toestemming per foto voor het kanaal %1: er is niets te vragen.").arg(channel.id);
    return {};
}

void PhotoRequestAction::start()
{
    if (const QString why = nothingToAsk(); !why.isEmpty()) {
        fail(why);
        return;
    }
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        m_in.window, tr("Map voor de brieven"), settings.value(QStringLiteral("requestLetterDir")).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("requestLetterDir"), folder);
    makeLetters(folder);
}

void PhotoRequestAction::makeLetters(const QString &folder)
{
    Registry *registry = m_in.registry();
    std::shared_ptr<PhotoAnalyser> analyser = m_in.analyser();
    if (isRunning() || registry == nullptr || analyser == nullptr)
        return;
    if (const QString why = nothingToAsk(); !why.isEmpty())
        return fail(why);
    // A folder that cannot be written is refused before the registry changes.
    if (Result<void> ready = documents::prepareLetterFolder(folder); !ready)
        return fail(ErrorText::describe(ready.error()));
    const QDate today = QDate::currentDate();
    Result<ScreeningJob> job = prepareScreeningJob(*registry, m_in.model->consent().channel.id, today);
    Result<SchoolSettings> school = registry->schoolSettings();
    if (!job || !school)
        return fail(ErrorText::describe(job ? school.error() : job.error()));
    PhotoRequestMaker maker(*registry, job->consent, *school);
    std::vector<PhotoRequestSet> sets;
    for (int row : waitingRows()) {
        const PhotoEntry &entry = m_in.model->entry(row);
        Result<PhotoRequestSet> made = maker.make(entry.analysis, entry.review);
        if (!made)
            return fail(ErrorText::describe(made.error()));
        if (!made->requests.empty())
            sets.push_back(std::move(*made));
    }
    const LetterSettings letters{job->consent.channel, school->schoolName, job->redaction, today};
    m_action->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(m_in.pool, [folder, sets = std::move(sets), letters, analyser] {
        return documents::writeRequestLetters(folder, sets, letters, *analyser);
    }));
}

void PhotoRequestAction::onFinished()
{
    m_action->setEnabled(true);
    const Result<documents::WrittenLetters> written = m_watcher.result();
    if (!written)
        return fail(tr("De brieven konden niet allemaal worden gemaakt: %1").arg(ErrorText::describe(written.error())));
    showMessage(false,
                tr("%n brief(en) gemaakt voor %1 in de map %2.", nullptr, written->letters)
                    .arg(tr("%n verzoek(en)", nullptr, written->requests), QDir::toNativeSeparators(written->folder)),
                tr("Elke brief staat er als PDF (om af te drukken) en als HTML (om te mailen). Het overzicht "
                   "van de verzoeken en hun codes staat in verzoeken.csv. Leg de antwoorden vast met "
                   "School › Antwoord op verzoek om toestemming…"),
                written->folder);
    Q_EMIT lettersMade(*written);
}

QMessageBox *PhotoRequestAction::message() const
{
    return m_message;
}

void PhotoRequestAction::fail(const QString &message)
{
    showMessage(true, message, {}, {});
    Q_EMIT failed(message);
}

void PhotoRequestAction::showMessage(bool problem, const QString &text, const QString &details, const QString &folder)
{
    if (m_message)
        m_message->close();
    m_message = new QMessageBox(problem ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Toestemming per foto vragen"), text, QMessageBox::Close, m_in.window);
    m_message->setAttribute(Qt::WA_DeleteOnClose);
    m_message->setInformativeText(details);
    if (!folder.isEmpty()) {
        QPushButton *open = m_message->addButton(tr("Map openen"), QMessageBox::ActionRole);
        open->setObjectName(QStringLiteral("openFolder"));
        connect(open, &QPushButton::clicked, this,
                [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    }
    m_message->open();
}

} // namespace bw::gui
