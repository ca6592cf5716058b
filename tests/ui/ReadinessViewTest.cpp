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
