#include "facepanel.h"

#include "errortext.h"
#include "photobadge.h"
#include "photoentry.h"
#include "readingorder.h"
#include "reason.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bw::gui {

namespace {

// The matcher's verdict in words for the teacher; the numbers go in a tooltip.
QString similarityWords(const FaceMatch &match)
{
    switch (match.status) {
    case MatchStatus::Matched: return FacePanel::tr("duidelijk");
    case MatchStatus::Ambiguous: return FacePanel::tr("twijfel: lijkt ook op een andere leerling");
    case MatchStatus::DuplicatePupil: return FacePanel::tr("twijfel: een ander gezicht lijkt meer op deze leerling");
    case MatchStatus::NoMatch: return FacePanel::tr("te weinig: niet herkend");
    case MatchStatus::TooSmall:
    case MatchStatus::TooBlurred:
    case MatchStatus::NotDescribed: break;
    }
    return FacePanel::tr("niet te beoordelen");
}

} // namespace

FacePanel::FacePanel(QWidget *parent)
    : QWidget(parent)
    , m_photoTitle(new QLabel(this))
    , m_photoVerdict(new QLabel(this))
    , m_exclude(new QCheckBox(tr("Foto niet gebruiken"), this))
    , m_turnLeft(new QPushButton(tr("Linksom draaien"), this))
    , m_turnRight(new QPushButton(tr("Rechtsom draaien"), this))
    , m_faceTitle(new QLabel(this))
    , m_faceDetails(new QLabel(this))
    , m_confirm(new QPushButton(tr("Bevestigen"), this))
    , m_assign(new QPushButton(tr("Andere leerling…"), this))
    , m_notAPupil(new QPushButton(tr("Geen leerling"), this))
    , m_notAFace(new QPushButton(tr("Geen gezicht"), this))
    , m_hide(new QPushButton(tr("Verbergen"), this))
    , m_undo(new QPushButton(tr("Mijn keuze ongedaan maken"), this))
{
    // A fixed width: a panel that grew with a long name or reason moved the photo beside it.
    setFixedWidth(300);
    auto *layout = new QVBoxLayout(this);

    auto *photoBox = new QGroupBox(tr("Foto"), this);
    auto *photoLayout = new QVBoxLayout(photoBox);
    m_photoTitle->setWordWrap(true);
    m_photoVerdict->setWordWrap(true);
    photoLayout->addWidget(m_photoTitle);
    photoLayout->addWidget(m_photoVerdict);
    photoLayout->addWidget(m_exclude);
    // Turning by hand, for a photo whose stored orientation could not be read.
    auto *turnLayout = new QHBoxLayout;
    m_turnLeft->setToolTip(tr("Foto een kwartslag linksom draaien (Shift+R); de gezichten worden opnieuw gezocht"));
    m_turnRight->setToolTip(tr("Foto een kwartslag rechtsom draaien (R); de gezichten worden opnieuw gezocht"));
    turnLayout->addWidget(m_turnLeft);
    turnLayout->addWidget(m_turnRight);
    photoLayout->addLayout(turnLayout);
    layout->addWidget(photoBox);

    auto *faceBox = new QGroupBox(tr("Gezicht"), this);
    auto *faceLayout = new QVBoxLayout(faceBox);
    m_faceTitle->setWordWrap(true);
    m_faceDetails->setWordWrap(true);
    m_faceDetails->setTextFormat(Qt::RichText);
    faceLayout->addWidget(m_faceTitle);
    faceLayout->addWidget(m_faceDetails);
    m_confirm->setToolTip(tr("Voorgestelde leerling bevestigen (Enter)"));
    m_hide->setToolTip(tr("Dit gezicht altijd verbergen (H)"));
    m_assign->setToolTip(tr("Een leerling kiezen; alleen zichtbaar als de toestemming dat toelaat"));
    m_notAPupil->setToolTip(tr("Geen leerling van school: blijft verborgen"));
    m_notAFace->setToolTip(tr("Dit mogelijke gezicht is geen gezicht: niet verbergen. "
                              "Wordt vastgelegd in het logboek (V)"));
    for (QPushButton *button : {m_confirm, m_assign, m_notAPupil, m_notAFace, m_hide, m_undo})
        faceLayout->addWidget(button);
    layout->addWidget(faceBox);

    auto *hint = new QLabel(tr("Mist er een gezicht? Sleep op de foto een kader eromheen: "
                               "het wordt verborgen."),
                            this);
    auto *keys = new QLabel(tr("Toetsen: PageDown/PageUp volgende/vorige foto, N volgend gezicht, "
                               "Enter bevestigen, H verbergen, G geen leerling, V geen gezicht, X foto niet gebruiken, "
                               "R/Shift+R foto rechtsom/linksom draaien."),
                            this);
    keys->setWordWrap(true);
    keys->setStyleSheet(QStringLiteral("color: palette(mid);"));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
    layout->addWidget(keys);
    layout->addStretch(1);

    connect(m_confirm, &QPushButton::clicked, this, &FacePanel::confirmRequested);
    connect(m_assign, &QPushButton::clicked, this, &FacePanel::assignRequested);
    connect(m_notAPupil, &QPushButton::clicked, this, &FacePanel::notAPupilRequested);
    connect(m_notAFace, &QPushButton::clicked, this, &FacePanel::notAFaceRequested);
    connect(m_hide, &QPushButton::clicked, this, &FacePanel::hideRequested);
    connect(m_undo, &QPushButton::clicked, this, &FacePanel::undoRequested);
    connect(m_exclude, &QCheckBox::toggled, this, &FacePanel::excludeToggled);
    connect(m_turnLeft, &QPushButton::clicked, this, [this] { Q_EMIT turnRequested(-1); });
    connect(m_turnRight, &QPushButton::clicked, this, [this] { Q_EMIT turnRequested(1); });
    showFace(nullptr, -1);
}

void FacePanel::showFace(const PhotoEntry *entry, int faceIndex)
{
    const QSignalBlocker blocker(m_exclude);
    m_exclude->setEnabled(entry != nullptr && entry->analysed && !entry->analysis.error);
    m_exclude->setChecked(entry != nullptr && entry->review.excluded);
    const bool turnable = entry != nullptr && !entry->analysis.error && !entry->turnedSize().isEmpty();
    m_turnLeft->setEnabled(turnable);
    m_turnRight->setEnabled(turnable);
    if (entry == nullptr) {
        m_photoTitle->setText(tr("Geen foto gekozen."));
        m_photoVerdict->clear();
    } else {
        m_photoTitle->setText(QFileInfo(entry->sourcePath).fileName());
        const PhotoBadge::Kind kind = PhotoBadge::kindOf(*entry);
        QString verdict = PhotoBadge::label(kind);
        if (entry->analysis.error)
            verdict += QStringLiteral(": ") + ErrorText::describe(*entry->analysis.error);
        if (const QString reasons = PhotoBadge::reasonsText(entry->verdict); !reasons.isEmpty())
            verdict += QStringLiteral(" (") + reasons + QStringLiteral(")");
        if (entry->analysed && !entry->analysis.error)
            verdict += QStringLiteral("\n") + tr("%n gezicht(en), ", nullptr, int(entry->verdict.faces.size()))
                       + tr("%n verborgen", nullptr, entry->verdict.hiddenFaceCount());
        m_photoVerdict->setText(verdict);
    }

    const bool hasFace = entry != nullptr && faceIndex >= 0
                         && faceIndex < int(entry->verdict.faces.size());
    const bool detected = hasFace && faceIndex < int(entry->analysis.faces.size());
    for (QPushButton *button : {m_confirm, m_assign, m_notAPupil, m_hide})
        button->setEnabled(detected);
    m_notAFace->setEnabled(detected && entry->analysis.faces[std::size_t(faceIndex)].box.possibleFace
                           && !entry->verdict.faces[std::size_t(faceIndex)].decision.visible);
    m_undo->setEnabled(hasFace
                       && (entry->review.overrides.count(faceIndex) > 0 || !detected
                           || entry->confirmedFaces.count(faceIndex) > 0));
    m_undo->setText(hasFace && !detected ? tr("Kader verwijderen") : tr("Mijn keuze ongedaan maken"));
    if (!hasFace) {
        m_faceTitle->setText(tr("Klik op een gezicht in de foto."));
        m_faceDetails->clear();
        return;
    }
    const ScreenedFace &face = entry->verdict.faces[std::size_t(faceIndex)];
    // Numbered in the order N walks them (reading order), not in the detector's order.
    const std::vector<int> order = readingOrder(entry->verdict.faces);
    const auto position = std::find(order.begin(), order.end(), faceIndex) - order.begin();
    m_faceTitle->setText(tr("Gezicht %1 van %2").arg(position + 1).arg(entry->verdict.faces.size()));
    const QString name = face.pupilName.isEmpty() ? tr("onbekend") : face.pupilName.toHtmlEscaped();
    QString details = tr("<b>Leerling:</b> %1").arg(name);
    if (face.box.possibleFace)
        details = tr("<b>Mogelijk gezicht</b> (zekerheid %1): verborgen zoals een onbekend gezicht, "
                     "nooit herkend.").arg(face.box.score, 0, 'f', 2)
                  + QStringLiteral("<br>") + details;
    details += QStringLiteral("<br>")
               + (face.decision.visible
                      ? tr("<b style='color:#2e7d32'>zichtbaar</b> (%1)")
                      : tr("<b style='color:#c62828'>verborgen</b> (%1)"))
                     .arg(reasonText(face.decision.reason));
    QString numbers;
    // Too small or blurred to compare: the reason above says so, there is no likeness to tell.
    const bool compared = face.match.status != MatchStatus::TooSmall && face.match.status != MatchStatus::TooBlurred
                          && face.match.status != MatchStatus::NotDescribed;
    if (detected && compared && std::isfinite(face.match.distance)) {
        details += QStringLiteral("<br>") + tr("Gelijkenis met de pasfoto's: %1").arg(similarityWords(face.match));
        numbers = tr("Afstand tot de dichtstbijzijnde pasfoto: %1 (lager lijkt meer).\n"
                     "Verschil met de volgende leerling: %2 (hoger is duidelijker).")
                      .arg(face.match.distance, 0, 'f', 2)
                      .arg(face.match.margin, 0, 'f', 2);
    }
    m_faceDetails->setToolTip(numbers);
    if (entry->confirmedFaces.count(faceIndex) > 0)
        details += QStringLiteral("<br>") + tr("Door u bevestigd.");
    m_faceDetails->setText(details);
}

} // namespace bw::gui
