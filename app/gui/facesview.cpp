#include "facesview.h"

#include "assignpupildialog.h"
#include "facetiledelegate.h"
#include "facetileloader.h"
#include "facetilemodel.h"
#include "photolistmodel.h"
#include "reviewactions.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace bw::gui {

namespace {

constexpr int kChooserFaceSize = 160;

} // namespace

FacesView::FacesView(PhotoListModel *photos, ReviewActions *actions, QThreadPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_photos(photos)
    , m_actions(actions)
    , m_loader(new FaceTileLoader(pool, this))
    , m_tiles(new FaceTileModel(photos, m_loader, this))
    , m_list(new QListView(this))
{
    // Tiles flow left to right and wrap; a header is as wide as the view, so every group
    // starts on a line of its own. One view and a delegate, not a widget per face: a trip of
    // 1,500 faces stays quick.
    m_list->setModel(m_tiles);
    m_list->setItemDelegate(new FaceTileDelegate(m_list));
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSpacing(3);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createActionBar());
    layout->addWidget(m_list, 1);

    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (index.data(FaceTileModel::IsHeaderRole).toBool())
            selectGroup(index.data(FaceTileModel::GroupRole).toInt());
    });
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const std::optional<FaceRef> face = m_tiles->faceAt(index.row()))
            Q_EMIT photoRequested(face->row, face->face);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FacesView::updateActions);
    // Regrouping (a face named, a photo added) resets the tiles: the selection stays on the
    // same faces, wherever they went.
    connect(m_tiles, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = selectedFaces();
        m_keptCurrent = m_tiles->faceAt(m_list->currentIndex().row());
    });
    connect(m_tiles, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keptCurrent) {
            if (const int row = m_tiles->rowOf(*m_keptCurrent); row >= 0)
                m_list->selectionModel()->setCurrentIndex(m_tiles->index(row), QItemSelectionModel::NoUpdate);
        }
        selectFaces(m_keptSelection);
    });
    connect(m_tiles, &QAbstractItemModel::modelReset, this, &FacesView::updateActions);
    connect(m_tiles, &QAbstractItemModel::dataChanged, this, &FacesView::updateActions);
    updateActions();
}

QWidget *FacesView::createActionBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto add = [this, row](const QString &text, const QString &tip, void (FacesView::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setToolTip(tip);
        button->setFocusPolicy(Qt::NoFocus); // the keys belong to the tiles
        connect(button, &QPushButton::clicked, this, slot);
        row->addWidget(button);
        m_buttons << button;
    };
    add(tr("Bevestigen"), tr("De gekozen gezichten bevestigen (Enter); een voorstel wordt pas getoond als u de "
                             "leerling bevestigt"), &FacesView::confirmSelected);
    add(tr("Leerling kiezen…"), tr("Een leerling noemen voor de gekozen gezichten (L), met een reden"),
        &FacesView::requestAssignment);
    add(tr("Geen leerling"), tr("Geen leerling van school: blijft verborgen (G)"), &FacesView::markSelectedNotAPupil);
    add(tr("Verbergen"), tr("De gekozen gezichten vervagen (H)"), &FacesView::hideSelected);
    add(tr("Terugzetten"), tr("Uw beslissing over de gekozen gezichten terugnemen (Backspace)"),
        &FacesView::undoSelected);
    m_summary = new QLabel(bar);
    row->addWidget(m_summary, 1);
    return bar;
}

void FacesView::updateActions()
{
    const std::size_t selected = selectedFaces().size();
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(selected > 0);
    m_summary->setText(tr("%n gezicht(en) gekozen", nullptr, int(selected)) + QStringLiteral(" · ")
                       + tr("Klik op een groepskop (of Ctrl+A) om de hele groep te kiezen; dubbelklik opent de foto."));
}

std::vector<FaceRef> FacesView::selectedFaces() const
{
    std::vector<FaceRef> faces;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes()) {
        if (const std::optional<FaceRef> face = m_tiles->faceAt(index.row()))
            faces.push_back(*face);
    }
    std::sort(faces.begin(), faces.end());
    return faces;
}

void FacesView::selectFaces(const std::vector<FaceRef> &faces)
{
    QItemSelection selection;
    for (const FaceRef &face : faces) {
        if (const int row = m_tiles->rowOf(face); row >= 0)
            selection.select(m_tiles->index(row), m_tiles->index(row));
    }
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void FacesView::selectGroup(int group)
{
    const int header = m_tiles->headerRow(group);
    if (header < 0)
        return;
    const int count = int(m_tiles->groups()[std::size_t(group)].faces.size());
    const QModelIndex first = m_tiles->index(header + 1);
    m_list->selectionModel()->select(QItemSelection(first, m_tiles->index(header + count)),
                                     QItemSelectionModel::ClearAndSelect);
    m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
}

void FacesView::confirmSelected()
{
    std::vector<FaceRef> unnamed;
    m_actions->beginStep(tr("gezichten bevestigen"));
    for (const FaceRef &face : selectedFaces()) {
        if (!m_actions->confirm(face.row, face.face))
            unnamed.push_back(face);
    }
    m_actions->endStep();
    // A suggestion or an unknown face shows only once the teacher names the pupil, with a reason.
    if (!unnamed.empty()) {
        selectFaces(unnamed);
        requestAssignment();
    }
}

std::optional<qint64> FacesView::commonPupil(const std::vector<FaceRef> &faces) const
{
    std::set<qint64> pupils;
    for (const FaceRef &face : faces) {
        const int row = m_tiles->rowOf(face);
        const FaceGroup &group = m_tiles->groups()[std::size_t(m_tiles->groupOf(row))];
        if (group.kind == FaceGroupKind::Pupil || group.kind == FaceGroupKind::Suggestion)
            pupils.insert(group.pupilId);
        else
            return std::nullopt;
    }
    return pupils.size() == 1 ? std::optional<qint64>(*pupils.begin()) : std::nullopt;
}

AssignPupilDialog *FacesView::openDialog() const
{
    return m_dialog.data();
}

void FacesView::requestAssignment()
{
    const std::vector<FaceRef> faces = selectedFaces();
    if (faces.empty())
        return;
    delete m_dialog;
    m_dialog = new AssignPupilDialog(m_photos->consent(), commonPupil(faces), this);
    m_dialog->setWindowModality(Qt::WindowModal);
    const QImage face = m_tiles->index(m_tiles->rowOf(faces.front())).data(Qt::DecorationRole).value<QImage>();
    if (!face.isNull())
        m_dialog->setFaceImage(face.scaled(kChooserFaceSize, kChooserFaceSize, Qt::KeepAspectRatio,
                                           Qt::SmoothTransformation));
    m_dialog->setReason(m_lastReason);
    connect(m_dialog, &QDialog::accepted, this, [this, faces] {
        m_lastReason = m_dialog->reason();
        if (m_dialog->pupilId() && selectedFaces() == faces)
            assignSelected(*m_dialog->pupilId(), m_dialog->reason());
    });
    connect(m_dialog, &QDialog::finished, m_dialog, &QObject::deleteLater);
    m_dialog->open();
}

bool FacesView::assignSelected(qint64 pupilId, const QString &reason)
{
    const std::vector<FaceRef> faces = selectedFaces();
    std::set<int> photos;
    for (const FaceRef &face : faces) {
        if (!photos.insert(face.row).second) {
            Q_EMIT problem(tr("Eén leerling staat maar één keer op een foto: kies per foto één gezicht."));
            return false;
        }
    }
    bool assigned = !faces.empty();
    m_actions->beginStep(tr("leerling kiezen"));
    for (const FaceRef &face : faces)
        assigned = m_actions->assignPupil(face.row, face.face, pupilId, reason) && assigned;
    m_actions->endStep();
    return assigned;
}

void FacesView::markSelectedNotAPupil()
{
    m_actions->beginStep(tr("geen leerling"));
    for (const FaceRef &face : selectedFaces())
        m_actions->markNotAPupil(face.row, face.face);
    m_actions->endStep();
}

void FacesView::hideSelected()
{
    m_actions->beginStep(tr("gezichten verbergen"));
    for (const FaceRef &face : selectedFaces())
        m_actions->hide(face.row, face.face);
    m_actions->endStep();
}

void FacesView::undoSelected()
{
    m_actions->beginStep(tr("beslissingen terugnemen"));
    for (const FaceRef &face : selectedFaces())
        m_actions->undo(face.row, face.face);
    m_actions->endStep();
}

bool FacesView::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (key == Qt::Key_A && modifiers == Qt::KeyboardModifiers(Qt::ControlModifier)) {
        const int group = m_tiles->groupOf(m_list->currentIndex().row());
        if (group >= 0)
            selectGroup(group);
        return true;
    }
    if (modifiers != Qt::KeyboardModifiers() && modifiers != Qt::KeyboardModifiers(Qt::KeypadModifier))
        return false;
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: confirmSelected(); return true;
    case Qt::Key_L: requestAssignment(); return true;
    case Qt::Key_G: markSelectedNotAPupil(); return true;
    case Qt::Key_H: hideSelected(); return true;
    case Qt::Key_Backspace: undoSelected(); return true;
    default: return false;
    }
}

// The window's review menu owns these keys for the photo view; on the tiles they act on the
// selected faces instead (ShortcutOverride asks the shortcut to step aside).
bool FacesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (event->type() == QEvent::ShortcutOverride) {
            const bool plain = key->modifiers() == Qt::KeyboardModifiers()
                               || key->modifiers() == Qt::KeyboardModifiers(Qt::KeypadModifier);
            const bool ours = key->matches(QKeySequence::SelectAll)
                              || (plain && QList<int>{Qt::Key_Return, Qt::Key_Enter, Qt::Key_L, Qt::Key_G, Qt::Key_H,
                                                      Qt::Key_Backspace}
                                               .contains(key->key()));
            if (ours)
                event->accept();
            return false;
        }
        if (handleKey(key->key(), key->modifiers()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bw::gui
