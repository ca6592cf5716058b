// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReadinessReportModel.h"
#include "View.h"

#include <QTextDocument>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace ladder {

// The promotion-readiness summary as it will print: pick a target level and a
// review period, read the summary (render/ReportDocument, the same document
// that is printed and written to PDF), then Print… (with a preview) or export
// it as PDF, HTML or Markdown.
class ReadinessView : public View
{
    Q_OBJECT

public:
    explicit ReadinessView(Session *session, QWidget *parent = nullptr);

    void refresh() override;

    // The summary shown, or nothing when the inputs do not make one.
    const std::optional<ReadinessReportModel> &report() const { return m_report; }
    QTextBrowser *preview() const { return m_preview; }
    // "Evidence": the strongest wins only, or an appendix with more; drives
    // the preview, printing and every export alike.
    QComboBox *evidenceChoice() const { return m_evidence; }

    void print();
    // Each asks for a file name (FileDialog) and writes; false when cancelled or failed.
    bool exportPdf();
    bool exportHtml();
    bool exportMarkdown();
    // Pages painted by the last print (or print preview); 0 before.
    int lastPrintedPages() const { return m_lastPrintedPages; }

signals:
    void statusMessage(const QString &message);
    // A report was written there (the window says so, with a link to open it).
    void fileSaved(const QString &path);

protected:
    void resetForNewFile() override;

private:
    void fillLevels();
    void rebuild();
    bool writeFile(const QString &caption, const QString &filter, const QString &suffix, const QByteArray &bytes);
    QString suggestedName(const QString &suffix) const;
    void showError(const QString &message);

    QComboBox *m_target;
    QComboBox *m_period;
    QComboBox *m_evidence;
    QLabel *m_error;
    QTextBrowser *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_html;
    QPushButton *m_markdown;
    std::optional<ReadinessReportModel> m_report;
    std::unique_ptr<QTextDocument> m_document;
    int m_lastPrintedPages = 0;
};

} // namespace ladder
