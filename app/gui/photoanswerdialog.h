#pragma once

#include "error.h"
#include "storage/photorequest.h"

#include <QDialog>
#include <QString>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace bw {
class Registry;
}

namespace bw::gui {

// An open request as the dialog offers it.
struct OpenPhotoRequest {
    QString code;
    QString pupilName;
    QString photoName;   // the file name, so the teacher knows which photo it was
};

// Records a family's answer to a request for consent for one photo: the code (picked from
// the open requests or typed off a letter), yes or no, who answered and when. OK hands the
// answer to `record`, which returns an empty text when it was recorded (the dialog closes)
// or why it was refused (the dialog stays open and says so). With "Eerder antwoord wijzigen"
// checked, `change` is true: the family changes an answer given before (a new statement for
// the same photo, Registry::changePhotoAnswer).
class PhotoAnswerDialog : public QDialog {
    Q_OBJECT
public:
    using Record = std::function<QString(const PhotoAnswer &, bool change)>;
    PhotoAnswerDialog(const std::vector<OpenPhotoRequest> &open, Record record, QWidget *parent = nullptr);

    // The registry's open requests on `today`, with their pupils' names.
    static Result<std::vector<OpenPhotoRequest>> openRequests(Registry &registry, const QDate &today);

    PhotoAnswer answer() const;

    QComboBox *codeBox() const { return m_code; }
    QRadioButton *grantedButton() const { return m_granted; }
    QComboBox *giverBox() const { return m_giver; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *changeBox() const { return m_change; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void tryRecord();

    Record m_record;
    QComboBox *m_code;
    QRadioButton *m_granted;
    QRadioButton *m_refused;
    QComboBox *m_giver;
    QDateEdit *m_date;
    QCheckBox *m_change;
    QLabel *m_problem;
};

} // namespace bw::gui
