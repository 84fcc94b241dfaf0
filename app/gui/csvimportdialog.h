#pragma once

#include "consent/consentcsvimporter.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace bw {
class Registry;
}

namespace bw::gui {

// Imports a consent CSV: a preview of what each row states, a mapping from the school
// system's column names to the registry's, and the list of bad rows. Import is only
// possible without bad rows: nothing is half-imported (core refuses it too).
class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    CsvImportDialog(Registry *registry, QWidget *parent = nullptr);

    bool loadFile(const QString &path);
    // header (as in the file) -> registry column or category; empty keeps the header.
    void setMapping(const QString &header, const QString &target);

    QTableWidget *mappingTable() const { return m_mapping; }
    QTableWidget *previewTable() const { return m_preview; }
    QListWidget *errorList() const { return m_errors; }
    QPushButton *importButton() const { return m_import; }
    const ConsentCsv &parsed() const { return m_csv; }

public Q_SLOTS:
    bool importNow();

Q_SIGNALS:
    void imported();

private:
    void chooseFile();
    void reparse();
    void fillMapping();
    void fillPreview();

    Registry *m_registry;
    QByteArray m_bytes;
    QString m_sourceName;
    QStringList m_headers;
    QHash<QString, QString> m_targets;
    ConsentCsv m_csv;
    QLabel *m_file;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QListWidget *m_errors;
    QLabel *m_status;
    QPushButton *m_import;
};

} // namespace bw::gui
