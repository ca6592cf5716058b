// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "RadarChartObject.h"
#include "report/HtmlWriter.h"

namespace ladder {

namespace {

std::unique_ptr<QTextDocument> fromHtml(const QString &html, const QFont &font = ReportDocument::defaultFont())
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(font);
    // Qt's default list indent (40 px) wastes a fifth of a page's width.
    document->setIndentWidth(20);
    document->setHtml(html);
    return document;
}

} // namespace

QFont ReportDocument::defaultFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.0);
    // No cosmetic ligatures for Latin text: a PDF's "fl" ligature reads back as
    // U+FB02, so copying or searching "fluent" in the PDF would fail. Scripts
    // that need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

std::unique_ptr<QTextDocument> ReportDocument::readiness(const ReadinessReportModel &model, const ChartPalette &palette)
{
    // A size smaller: the summary of a year fits three pages (docs/reports.md).
    QFont font = defaultFont();
    font.setPointSizeF(8.5);
    std::unique_ptr<QTextDocument> document = fromHtml(HtmlWriter::readiness(model, HtmlWriter::Flavor::RichText), font);
    RadarChartObject::install(document.get(), model.chart, palette);
    return document;
}

std::unique_ptr<QTextDocument> ReportDocument::brag(const BragReportModel &model)
{
    return fromHtml(HtmlWriter::brag(model, HtmlWriter::Flavor::RichText));
}

} // namespace ladder
