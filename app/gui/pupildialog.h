#pragma once

#include "consent/pupil.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace bw::gui {

// A pupil typed in by hand (no CSV): name, class and, when known, the date of birth (16 and
// older decide for themselves). Consent is recorded afterwards, as a statement.
class PupilDialog : public QDialog {
    Q_OBJECT
public:
    explicit PupilDialog(QWidget *parent = nullptr);

    Pupil pupil() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *classEdit() const { return m_class; }

private:
    QLineEdit *m_name;
    QLineEdit *m_class;
    QCheckBox *m_birthKnown;
    QDateEdit *m_birthDate;
    QDialogButtonBox *m_buttons;
};

} // namespace bw::gui
