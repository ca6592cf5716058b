// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "application/ImportPlan.h"
#include "interchange/ReadOptions.h"

#include <QByteArray>
#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ladder {

class Session;

// File ▸ Import…: shows what a file would bring in before anything is
// written — its format (recognised, or chosen), the counts of new and
// already imported wins, the first rows — or the problem that stops it, with
// its FILE:LINE. Accepting hands plan() to an ImportWinsCommand (or, for a
// ladder export, to Transfer::commitImport).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // How many rows the preview lists; the counts cover the whole file.
    static constexpr int PreviewRows = 100;

    ImportDialog(Session *session, QByteArray contents, const QString &fileName, QWidget *parent = nullptr);

    // The plan of the file as last read; valid when the import button is enabled.
    const ImportPlan &plan() const { return m_plan; }
    bool hasPlan() const { return m_valid; }

private:
    // Reads the file again with the chosen format and options.
    void replan();
    void showEntries();

    Session *m_session;
    QByteArray m_data;
    QString m_fileName;
    ImportPlan m_plan;
    bool m_valid = false;
    QComboBox *m_format;
    QLineEdit *m_timeFormat;
    QLabel *m_timeFormatLabel;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace ladder
