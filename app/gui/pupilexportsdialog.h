#pragma once

#include "consent/pupil.h"
#include "error.h"
#include "storage/exportrecord.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>

#include <vector>

class QLabel;
class QTableWidget;

namespace bw::gui {

// The exports on which one pupil is visible (a parent asks "where is my child?", or a
// withdrawal asks what to take down): date, channel, file name and a thumbnail showing only
// that pupil (every other face hidden), and the Dutch overview for the parent as PDF.
class PupilExportsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Access, TakeDown };

    PupilExportsDialog(const Pupil &pupil, std::vector<ExportRecord> exports, Purpose purpose,
                       QWidget *parent = nullptr);
    ~PupilExportsDialog() override;

    QTableWidget *exportsTable() const { return m_table; }

    // Writes the overview for the parent (core's parentOverview, printed to PDF).
    Result<void> writeOverview(const QString &path) const;

public Q_SLOTS:
    void saveOverview();

Q_SIGNALS:
    // Every thumbnail has been made (or could not be: the file is gone).
    void thumbnailsLoaded();

private:
    void showThumbnail(int row);

    Pupil m_pupil;
    std::vector<ExportRecord> m_exports;
    QTableWidget *m_table;
    QLabel *m_problem;
    QFutureWatcher<QImage> m_thumbnails;
};

} // namespace bw::gui
