#include "PdfOptions.h"

#include "render/PdfReportWriter.h"

#include <QCoreApplication>

namespace ladder {

QCommandLineOption PdfOptions::pageSizeOption()
{
    return {QStringLiteral("page-size"), QCoreApplication::translate("PdfOptions", "PDF paper: a4 or letter (default: a4)."), QStringLiteral("SIZE")};
}

Result<QPageSize::PageSizeId> PdfOptions::pageSize(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("page-size")))
        return QPageSize::A4;
    QPageSize::PageSizeId id = QPageSize::A4;
    if (!PdfReportWriter::pageSizeFromKey(parser.value(QStringLiteral("page-size")), &id))
        return Error(QCoreApplication::translate("PdfOptions", "--page-size %1: unknown paper (a4 or letter)").arg(parser.value(QStringLiteral("page-size"))));
    return id;
}

} // namespace ladder
