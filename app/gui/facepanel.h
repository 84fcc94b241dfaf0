#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace bw::gui {

struct PhotoEntry;

// The actions for the selected face and the photo under review. It only shows and asks;
// the review pane turns the requests into the teacher's PhotoReview.
class FacePanel : public QWidget {
    Q_OBJECT
public:
    explicit FacePanel(QWidget *parent = nullptr);

    // entry nullptr: nothing to review. faceIndex -1: no face selected.
    void showFace(const PhotoEntry *entry, int faceIndex);

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *notAPupilButton() const { return m_notAPupil; }
    QPushButton *notAFaceButton() const { return m_notAFace; }
    QPushButton *hideButton() const { return m_hide; }
    QPushButton *undoButton() const { return m_undo; }
    QCheckBox *excludeBox() const { return m_exclude; }
    QPushButton *turnLeftButton() const { return m_turnLeft; }
    QPushButton *turnRightButton() const { return m_turnRight; }

Q_SIGNALS:
    void confirmRequested();
    void assignRequested();
    void notAPupilRequested();
    void notAFaceRequested();
    void hideRequested();
    void undoRequested();
    void excludeToggled(bool excluded);
    void turnRequested(int quarterTurns); // clockwise; -1 is to the left

private:
    QLabel *m_photoTitle;
    QLabel *m_photoVerdict;
    QCheckBox *m_exclude;
    QPushButton *m_turnLeft;
    QPushButton *m_turnRight;
    QLabel *m_faceTitle;
    QLabel *m_faceDetails;
    QPushButton *m_confirm;
    QPushButton *m_assign;
    QPushButton *m_notAPupil;
    QPushButton *m_notAFace;
    QPushButton *m_hide;
    QPushButton *m_undo;
};

} // namespace bw::gui
