// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReportWriter.h"

#include "PagePrinter.h"
#include "ReportDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>

namespace ladder {

bool PdfReportWriter::pageSizeFromKey(const QString &key, QPageSize::PageSizeId *pageSize)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("a4")) {
        *pageSize = QPageSize::A4;
        return true;
    }
    if (k == QLatin1String("letter")) {
        *pageSize = QPageSize::Letter;
        return true;
    }
    return false;
}

Result<QByteArray> PdfReportWriter::write(QTextDocument &document, const Options &options)
{
    // Fonts and painting need a QGuiApplication; without one Qt would abort.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error(tr("PDF output needs a QGuiApplication (the offscreen platform is enough)"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(options.creator);
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        // 300 dpi: fine enough for layout, small numbers for the painter.
        writer.setResolution(300);
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
        if (PagePrinter::print(document, writer) == 0)
            return Error(tr("could not paint the PDF"));
    }
    buffer.close();
    return bytes;
}

Result<QByteArray> PdfReportWriter::readiness(const ReadinessReportModel &model, const Options &options)
{
    std::unique_ptr<QTextDocument> document = ReportDocument::readiness(model, ChartPalette::light());
    return write(*document, options);
}

Result<QByteArray> PdfReportWriter::brag(const BragReportModel &model, const Options &options)
{
    std::unique_ptr<QTextDocument> document = ReportDocument::brag(model);
    return write(*document, options);
}

} // namespace ladder
