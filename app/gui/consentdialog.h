#pragma once

#include "consent/pupil.h"
#include "error.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace bw {
class Registry;
struct ConsentStatement;
}

namespace bw::gui {

class PupilTableModel;
class ReferenceDropArea;

// Pupils and consent: every pupil with class and status per channel, the consent history of
// the chosen pupil, recording a new statement, importing a CSV and adding reference photos.
class ConsentDialog : public QDialog {
    Q_OBJECT
public:
    ConsentDialog(Registry *registry, QWidget *parent = nullptr);

    void reload();
    void selectPupil(qint64 pupilId);
    qint64 currentPupilId() const; // 0 when none

    QTableView *pupilTable() const { return m_table; }
    QTableWidget *historyTable() const { return m_history; }
    QPushButton *exportsButton() const { return m_showExports; }
    PupilTableModel *pupilModel() const { return m_model; }
    ReferenceDropArea *referenceArea() const { return m_references; }

    QPushButton *choosePhotosButton() const { return m_choosePhotos; }
    // Printable consent forms (PDF) for every pupil of `className` (all when empty); the
    // number of forms written.
    Result<int> writeConsentForms(const QString &path, const QString &className);

public Q_SLOTS:
    void openStatementDialog();
    void openCsvImport();
    void openPupilDialog();
    // Adds a pupil typed in by hand and selects it; false (with the reason shown) when refused.
    bool addPupil(const Pupil &pupil);
    void chooseReferencePhotos();
    void openConsentForms();
    // The exports on which the chosen pupil is visible, and the overview for the parent.
    void openExports();
    // Sets the chosen pupil's family code (siblings share it: one letter asks consent for single
    // photos for all of them); empty clears it. False (with the reason shown) when refused.
    bool setFamily(const QString &family);
    void openFamilyDialog();

Q_SIGNALS:
    // Pupils, statements or references changed: the main window re-evaluates its photos.
    void registryChanged();

private:
    QWidget *createDetails();
    void showHistory();
    // After a recorded "nee": the exports that still show the pupil, to take down.
    void showTakeDowns(const ConsentStatement &statement);

    Registry *m_registry;
    PupilTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_pupilTitle;
    QTableWidget *m_history;
    QPushButton *m_newStatement;
    QPushButton *m_showExports;
    ReferenceDropArea *m_references;
    QPushButton *m_choosePhotos;
    QPushButton *m_family;
    QLabel *m_problem;
};

} // namespace bw::gui
