// SPDX-License-Identifier: GPL-3.0-or-later
#include "RenderedReportPdf.h"

#include "render/PdfReportWriter.h"

namespace ladder {

namespace {

PdfReportWriter::Options options(const QString &pageSize)
{
    PdfReportWriter::Options options;
    // PdfOptions accepted the key already; A4 stays for anything else.
    PdfReportWriter::pageSizeFromKey(pageSize, &options.pageSize);
    return options;
}

} // namespace

std::optional<int> RenderedReportPdf::runElsewhere(CommandContext &) const
{
    return std::nullopt;
}

Result<QByteArray> RenderedReportPdf::readiness(const ReadinessReportModel &model, const QString &pageSize) const
{
    return PdfReportWriter::readiness(model, options(pageSize));
}

Result<QByteArray> RenderedReportPdf::brag(const BragReportModel &model, const QString &pageSize) const
{
    return PdfReportWriter::brag(model, options(pageSize));
}

} // namespace ladder
