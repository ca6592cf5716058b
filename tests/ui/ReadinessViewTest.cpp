// SPDX-License-Identifier: GPL-3.0-or-later
// The Readiness page: the summary for a target level and period as it will
// print, Print… through the print preview, and exports to PDF, HTML and
// Markdown.

#include "UiTestSupport.h"

#include "FileDialog.h"
#include "Session.h"
#include "views/ReadinessView.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>

namespace ladder {
namespace {

class ReadinessViewTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        rate(QStringLiteral("debugging"), 3, QDate(2026, 6, 1));
        addWin(QStringLiteral("Traced the outage to a bad deploy"), QDate(2026, 9, 3), {QStringLiteral("debugging")});
        window().showPage(MainWindow::ReadinessPage);
        m_view = window().readinessView();
    }

    QByteArray read(const QString &path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }

    ReadinessView *m_view = nullptr;
};

TEST_F(ReadinessViewTest, PreviewShowsTheSummaryForTheChosenLevelAndPeriod)
{
    ASSERT_TRUE(m_view->report().has_value());
    EXPECT_EQ(m_view->report()->header.targetLevelSlug, QStringLiteral("mid-level"));
    const QString text = m_view->preview()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Mid-level"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Traced the outage to a bad deploy")));

    auto *target = findIn<QComboBox>(m_view, QStringLiteral("readinessTarget"));
    target->setCurrentIndex(target->findData(QStringLiteral("senior")));
    EXPECT_EQ(m_view->report()->header.targetLevelSlug, QStringLiteral("senior"));
    EXPECT_TRUE(m_view->preview()->toPlainText().contains(QStringLiteral("Senior")));

    // A period typed as ladder-cli takes it; one that excludes the win.
    auto *period = findIn<QComboBox>(m_view, QStringLiteral("readinessPeriod"));
    period->lineEdit()->selectAll();
    QTest::keyClicks(period->lineEdit(), QStringLiteral("2026-Q1"));
    QTest::keyClick(period->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(m_view->report()->header.period.from, QDate(2026, 1, 1));
    EXPECT_FALSE(m_view->preview()->toPlainText().contains(QStringLiteral("Traced the outage")));

    // A period that does not parse: said inline, the last summary stays.
    auto *error = findIn<QLabel>(m_view, QStringLiteral("readinessError"));
    period->lineEdit()->selectAll();
    QTest::keyClicks(period->lineEdit(), QStringLiteral("2026-Q7"));
    QTest::keyClick(period->lineEdit(), Qt::Key_Return);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("2026-Q7")));
    EXPECT_TRUE(m_view->report().has_value());
}

TEST_F(ReadinessViewTest, ExportsPdfHtmlAndMarkdown)
{
    const QString pdf = m_dir.file(QStringLiteral("readiness.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("exportPdfButton")), Qt::LeftButton);
    const QByteArray bytes = read(pdf);
    EXPECT_TRUE(bytes.startsWith("%PDF-")) << bytes.left(20).toStdString();
    // The PDF says what the preview says (when poppler's pdftotext is there).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {pdf, QStringLiteral("-")});
        ASSERT_TRUE(process.waitForFinished(20000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        EXPECT_TRUE(text.contains(QStringLiteral("Mid-level"))) << text.left(300).toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Traced the outage")));
    }

    const QString html = m_dir.file(QStringLiteral("readiness.html"));
    FileDialog::setNextFileName(html);
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("exportHtmlButton")), Qt::LeftButton);
    const QString page = QString::fromUtf8(read(html));
    EXPECT_TRUE(page.contains(QStringLiteral("<svg"))) << "the chart is inline";
    EXPECT_TRUE(page.contains(QStringLiteral("Traced the outage to a bad deploy")));

    // No suffix typed: the right one is added.
    FileDialog::setNextFileName(m_dir.file(QStringLiteral("readiness")));
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("exportMarkdownButton")), Qt::LeftButton);
    const QString markdown = QString::fromUtf8(read(m_dir.file(QStringLiteral("readiness.md"))));
    EXPECT_TRUE(markdown.startsWith(QStringLiteral("#"))) << markdown.left(80).toStdString();
    EXPECT_TRUE(markdown.contains(QStringLiteral("Traced the outage to a bad deploy")));

    // Cancelling the file dialog writes nothing.
    FileDialog::setNextFileName(QString());
    EXPECT_FALSE(m_view->exportPdf());
}

// "Evidence" reaches the preview, every export and the printed pages alike:
// the summary lists a skill's strongest wins, the appendix all of them.
TEST_F(ReadinessViewTest, TheEvidenceChoiceDrivesThePreviewTheExportsAndThePrint)
{
    for (int i = 0; i < 5; ++i)
        addWin(QStringLiteral("Debugging win %1").arg(i), QDate(2026, 9, 4 + i), {QStringLiteral("debugging")});
    m_view->refresh();
    const QString appendix = QStringLiteral("Appendix: the evidence");
    auto *evidence = findIn<QComboBox>(m_view, QStringLiteral("readinessEvidence"));
    ASSERT_EQ(evidence->currentData().toInt(), ReadinessReportModel::NoAppendix);
    EXPECT_FALSE(m_view->preview()->toPlainText().contains(appendix));
    // Only the 3 strongest of the 6 debugging wins, none of them starred or with an impact: the newest.
    EXPECT_FALSE(m_view->preview()->toPlainText().contains(QStringLiteral("Traced the outage")));

    whenModal<QPrintPreviewDialog>([](QPrintPreviewDialog *dialog) { dialog->reject(); });
    m_view->print();
    const int summaryPages = m_view->lastPrintedPages();

    evidence->setCurrentIndex(evidence->findData(ReadinessReportModel::AllEvidence));
    ASSERT_TRUE(m_view->report().has_value());
    EXPECT_EQ(m_view->report()->appendix, ReadinessReportModel::AllEvidence);
    EXPECT_TRUE(m_view->preview()->toPlainText().contains(appendix));
    EXPECT_TRUE(m_view->preview()->toPlainText().contains(QStringLiteral("Traced the outage")));

    FileDialog::setNextFileName(m_dir.file(QStringLiteral("with-appendix.md")));
    ASSERT_TRUE(m_view->exportMarkdown());
    const QString markdown = QString::fromUtf8(read(m_dir.file(QStringLiteral("with-appendix.md"))));
    EXPECT_TRUE(markdown.contains(appendix));
    EXPECT_TRUE(markdown.contains(QStringLiteral("Traced the outage to a bad deploy")));

    FileDialog::setNextFileName(m_dir.file(QStringLiteral("with-appendix.html")));
    ASSERT_TRUE(m_view->exportHtml());
    EXPECT_TRUE(QString::fromUtf8(read(m_dir.file(QStringLiteral("with-appendix.html")))).contains(appendix));

    whenModal<QPrintPreviewDialog>([](QPrintPreviewDialog *dialog) { dialog->reject(); });
    m_view->print();
    EXPECT_GE(m_view->lastPrintedPages(), summaryPages);

    // Back to the strongest only: the exports lose the appendix again.
    evidence->setCurrentIndex(evidence->findData(ReadinessReportModel::NoAppendix));
    FileDialog::setNextFileName(m_dir.file(QStringLiteral("summary.md")));
    ASSERT_TRUE(m_view->exportMarkdown());
    EXPECT_FALSE(QString::fromUtf8(read(m_dir.file(QStringLiteral("summary.md")))).contains(appendix));
    FileDialog::setNextFileName(QString());
}

TEST_F(ReadinessViewTest, PrintShowsThePrintPreviewWithThePages)
{
    bool previewed = false;
    whenModal<QPrintPreviewDialog>([&previewed](QPrintPreviewDialog *dialog) {
        previewed = dialog->objectName() == QLatin1String("printPreview");
        dialog->reject();
    });
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("printButton")), Qt::LeftButton);
    EXPECT_TRUE(previewed);
    EXPECT_GT(m_view->lastPrintedPages(), 0);
}

} // namespace
} // namespace ladder
