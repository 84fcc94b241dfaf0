#pragma once

#include "screening/consentsnapshot.h"

#include <QDialog>

class QDialogButtonBox;
class QImage;
class QLabel;
class QLineEdit;
class QListWidget;

namespace bw::gui {

// Names a pupil for a face, with the reason the teacher types. Naming moves towards less
// privacy, so a reason is required; whether the face then shows is still decidePhoto's call
// (the pupil's consent for the channel). The list can be searched by name or class.
class AssignPupilDialog : public QDialog {
    Q_OBJECT
public:
    AssignPupilDialog(const ConsentSnapshot &consent, std::optional<qint64> suggested,
                      QWidget *parent = nullptr);

    std::optional<qint64> pupilId() const;
    QString reason() const;
    void setReason(const QString &reason);   // e.g. the one given last in this session
    void setFaceImage(const QImage &face);   // the face it is about, shown at the top

    // Where the dialog goes so that it does not cover the face: beside it (right, else left),
    // within the screen. `face` and `screen` in global coordinates.
    static QPoint positionBeside(const QRect &face, const QSize &dialog, const QRect &screen);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *pupilList() const { return m_list; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *faceLabel() const { return m_face; }

private:
    void applyFilter(const QString &text);
    void updateState();

    QLabel *m_face;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLineEdit *m_reason;
    QLabel *m_consentNote;
    QDialogButtonBox *m_buttons;
};

} // namespace bw::gui
