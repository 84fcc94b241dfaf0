#pragma once

#include "consent/consentstatement.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QRadioButton;

namespace bw::gui {

// Records one new answer for one pupil: which question, yes or no, who said it and when.
// Statements are never edited; a change of mind is a new statement (the latest wins).
class StatementDialog : public QDialog {
    Q_OBJECT
public:
    StatementDialog(const QString &pupilName, const QStringList &categories, QWidget *parent = nullptr);

    ConsentStatement statement(qint64 pupilId) const;

    QComboBox *categoryBox() const { return m_category; }
    QRadioButton *grantedButton() const { return m_granted; }
    QRadioButton *refusedButton() const { return m_refused; }
    QComboBox *giverBox() const { return m_giver; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    QComboBox *m_category;
    QRadioButton *m_granted;
    QRadioButton *m_refused;
    QComboBox *m_giver;
    QCheckBox *m_otherParentObjects;
    QDateEdit *m_date;
};

} // namespace bw::gui
