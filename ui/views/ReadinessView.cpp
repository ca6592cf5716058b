// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessView.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "engine/LevelLookup.h"
#include "FileDialog.h"
#include "files/OutputFile.h"
#include "render/ChartPalette.h"
#include "render/PagePrinter.h"
#include "render/PdfReportWriter.h"
#include "render/ReportDocument.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"
#include "report/ReportData.h"
#include "Session.h"
#include "StatusColors.h"
#include "widgets/FlowLayout.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ladder {

namespace {

// The middle choice of "Evidence": as many wins per skill as a reviewer
// would read before the list stops telling anything new.
constexpr int AppendixWins = 20;

} // namespace

ReadinessView::ReadinessView(Session *session, QWidget *parent)
    : View(session, parent)
    , m_target(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_evidence(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Export P&DF…"), this))
    , m_html(new QPushButton(tr("Export HTM&L…"), this))
    , m_markdown(new QPushButton(tr("Export &Markdown…"), this))
{
    setObjectName(QStringLiteral("readinessView"));
    m_target->setObjectName(QStringLiteral("readinessTarget"));
    m_target->setAccessibleName(tr("Target level"));
    m_period->setObjectName(QStringLiteral("readinessPeriod"));
    m_period->setAccessibleName(tr("Review period"));
    m_period->setEditable(true);
    m_period->setInsertPolicy(QComboBox::NoInsert);
    m_period->setMinimumContentsLength(16);
    m_period->setToolTip(tr("A preset, or a period as ladder-cli takes it: 2026, 2026-H2, 2026-Q3, 2026-11, "
                            "2026-01-01..today"));
    m_evidence->setObjectName(QStringLiteral("readinessEvidence"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setToolTip(tr("The summary shows each skill's %n strongest wins; an appendix lists more of them.", nullptr,
                              ReadinessReportModel::StrongestListed));
    // The same choices as ladder-cli report readiness --evidence.
    m_evidence->addItem(tr("Strongest %n per skill", nullptr, ReadinessReportModel::StrongestListed), ReadinessReportModel::NoAppendix);
    m_evidence->addItem(tr("Appendix with %n per skill", nullptr, AppendixWins), AppendixWins);
    m_evidence->addItem(tr("Appendix with every win"), ReadinessReportModel::AllEvidence);
    m_error->setObjectName(QStringLiteral("readinessError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_preview->setObjectName(QStringLiteral("readinessPreview"));
    m_preview->setAccessibleName(tr("Readiness summary"));
    m_preview->setOpenLinks(false);
    // A sheet of paper in light and dark themes alike: the summary as it will
    // print (the report's HTML sets its own dark text colors).
    QPalette paper = m_preview->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        paper.setColor(group, QPalette::Base, Qt::white);
        paper.setColor(group, QPalette::Text, Qt::black);
        paper.setColor(group, QPalette::WindowText, Qt::black);
    }
    m_preview->setPalette(paper);
    // The text wraps to the width; full-width tables overhang by a pixel of
    // rounding, which would otherwise bring up a useless scroll bar.
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_html->setObjectName(QStringLiteral("exportHtmlButton"));
    m_markdown->setObjectName(QStringLiteral("exportMarkdownButton"));

    auto *targetLabel = new QLabel(tr("&Target level:"), this);
    targetLabel->setBuddy(m_target);
    auto *periodLabel = new QLabel(tr("Revie&w period:"), this);
    periodLabel->setBuddy(m_period);
    auto *evidenceLabel = new QLabel(tr("Ev&idence:"), this);
    evidenceLabel->setBuddy(m_evidence);
    // Wraps to a second line in a narrow window rather than widening it.
    auto *top = new FlowLayout;
    top->addLabelled(targetLabel, m_target);
    top->addLabelled(periodLabel, m_period);
    top->addLabelled(evidenceLabel, m_evidence);
    top->addStretch();
    top->addWidget(m_print);
    top->addWidget(m_pdf);
    top->addWidget(m_html);
    top->addWidget(m_markdown);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);

    setTabOrder(m_target, m_period);
    setTabOrder(m_period, m_evidence);
    setTabOrder(m_evidence, m_print);
    setTabOrder(m_print, m_pdf);
    setTabOrder(m_pdf, m_html);
    setTabOrder(m_html, m_markdown);
    setTabOrder(m_markdown, m_preview);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ReadinessView::rebuild);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReadinessView::rebuild);
    connect(m_period->lineEdit(), &QLineEdit::editingFinished, this, &ReadinessView::rebuild);
    connect(m_evidence, &QComboBox::currentIndexChanged, this, &ReadinessView::rebuild);
    connect(m_print, &QPushButton::clicked, this, &ReadinessView::print);
    connect(m_pdf, &QPushButton::clicked, this, &ReadinessView::exportPdf);
    connect(m_html, &QPushButton::clicked, this, &ReadinessView::exportHtml);
    connect(m_markdown, &QPushButton::clicked, this, &ReadinessView::exportMarkdown);
}

void ReadinessView::resetForNewFile()
{
    const QSignalBlocker b1(m_target), b2(m_period);
    m_target->clear();
    m_period->clear();
}

void ReadinessView::fillLevels()
{
    const QSignalBlocker b1(m_target), b2(m_period);
    const QString keepTarget = m_target->currentData().toString();
    m_target->clear();
    for (const Level &level : LevelLookup::byRank(m_session->framework()))
        m_target->addItem(level.name, level.slug);
    QString target = keepTarget;
    if (target.isEmpty() || m_target->findData(target) < 0)
        target = m_session->defaultTarget();
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));

    if (m_period->count() == 0) {
        // The presets are spelled as ladder-cli reads them; "last 12 months"
        // is ladder-cli's default period, a range ending today.
        m_period->addItem(tr("Last 12 months"), Period::lastTwelveMonths(m_session->today()).text);
        m_period->addItem(tr("This year"), QStringLiteral("this-year"));
        m_period->addItem(tr("Last year"), QStringLiteral("last-year"));
        m_period->addItem(tr("This quarter"), QStringLiteral("this-quarter"));
        m_period->addItem(tr("Last quarter"), QStringLiteral("last-quarter"));
        m_period->setCurrentIndex(0);
    }
}

void ReadinessView::refresh()
{
    fillLevels();
    rebuild();
}

void ReadinessView::showError(const QString &message)
{
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, StatusColors::bad(palette()));
    m_error->setPalette(pal);
    m_error->setText(message.isEmpty() ? QString() : tr("⚠ %1").arg(message));
    m_error->setVisible(!message.isEmpty());
}

void ReadinessView::rebuild()
{
    if (!m_session->isOpen() || m_target->count() == 0)
        return;
    const QString typed = m_period->currentText().trimmed();
    const int preset = m_period->findText(typed);
    const QString periodText = preset >= 0 ? m_period->itemData(preset).toString() : typed;
    Result<Period> period = Period::parse(periodText, m_session->today());
    QString error;
    std::optional<ReadinessReportModel> report;
    if (!period) {
        error = period.error().message();
    } else {
        // Headings name the period as the user picked it.
        period->text = preset >= 0 ? m_period->itemText(preset) : typed;
        Review &review = m_session->workspace().review();
        Result<ReportData> standing = review.standing();
        if (!standing) {
            error = standing.error().message();
        } else {
            Result<ReadinessReportModel> built = review.readinessReport(*standing, m_target->currentData().toString(), *period,
                                                                        m_session->today(), m_evidence->currentData().toInt());
            if (built)
                report = std::move(*built);
            else
                error = built.error().message();
        }
    }
    showError(error);
    if (!error.isEmpty() && m_report) {
        // Keep showing the last good summary; the line above says what is wrong.
        return;
    }
    m_report = std::move(report);
    for (QPushButton *button : {m_print, m_pdf, m_html, m_markdown})
        button->setEnabled(m_report.has_value());
    if (!m_report) {
        m_preview->clear();
        m_document.reset();
        return;
    }
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    std::unique_ptr<QTextDocument> document = ReportDocument::readiness(*m_report, ChartPalette::light());
    m_preview->setDocument(document.get());
    m_document = std::move(document);
    m_preview->verticalScrollBar()->setValue(scroll);
}

QString ReadinessView::suggestedName(const QString &suffix) const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString level = m_report ? m_report->header.targetLevelSlug : QStringLiteral("level");
    return dir + QStringLiteral("/readiness-%1-%2.%3").arg(level, m_session->today().toString(Qt::ISODate), suffix);
}

bool ReadinessView::writeFile(const QString &caption, const QString &filter, const QString &suffix, const QByteArray &bytes)
{
    QString path = FileDialog::getSaveFileName(this, caption, suggestedName(suffix), filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    // Written whole or not at all, and never over the database's own files.
    if (auto written = writeFileAtomically(path, bytes); !written) {
        showError(written.error().message());
        return false;
    }
    emit fileSaved(path);
    return true;
}

bool ReadinessView::exportPdf()
{
    if (!m_report)
        return false;
    Result<QByteArray> pdf = PdfReportWriter::readiness(*m_report, PdfReportWriter::Options{});
    if (!pdf) {
        showError(pdf.error().message());
        return false;
    }
    return writeFile(tr("Export the summary as PDF"), tr("PDF files (*.pdf)"), QStringLiteral("pdf"), *pdf);
}

bool ReadinessView::exportHtml()
{
    if (!m_report)
        return false;
    return writeFile(tr("Export the summary as HTML"), tr("HTML files (*.html)"), QStringLiteral("html"),
                     HtmlWriter::readiness(*m_report).toUtf8());
}

bool ReadinessView::exportMarkdown()
{
    if (!m_report)
        return false;
    return writeFile(tr("Export the summary as Markdown"), tr("Markdown files (*.md)"), QStringLiteral("md"),
                     MarkdownWriter::readiness(*m_report).toUtf8());
}

void ReadinessView::print()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Readiness for %1").arg(m_report->header.targetLevelName));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print the readiness summary"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        // Paper gets its own document in paper colors, laid out for the page.
        std::unique_ptr<QTextDocument> document = ReportDocument::readiness(*m_report, ChartPalette::light());
        m_lastPrintedPages = PagePrinter::print(*document, *target);
    });
    dialog.exec();
}

} // namespace ladder
