// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportReadinessCommand.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "PdfOptions.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"
#include "report/ReadinessReportModel.h"

namespace ladder {

ReportReadinessCommand::ReportReadinessCommand(std::shared_ptr<const ReportPdf> pdf)
    : ReportCommand(QStringLiteral("report readiness"),
                    ReportReadinessCommand::tr("Write the promotion-readiness summary (Markdown, HTML or PDF)."), std::move(pdf))
{
    m_options = {ReportOptions::targetOption(),
                 ReportOptions::periodOption(),
                 ReportOptions::nameOption(),
                 {QStringLiteral("evidence"),
                  tr("Add every skill's wins as an appendix: N per skill, or all (default: only the 3 strongest, inline)."),
                  QStringLiteral("N|all")},
                 ReportOptions::formatOption(),
                 ReportOptions::outputOption(),
                 PdfOptions::pageSizeOption()};
}

int ReportReadinessCommand::checkReportInput(CommandContext &context, const QCommandLineParser &parser)
{
    m_appendix = ReadinessReportModel::NoAppendix;
    if (parser.isSet(QStringLiteral("evidence"))
        && !ReadinessReportModel::appendixFromKey(parser.value(QStringLiteral("evidence")), &m_appendix))
        return context.usage(
            tr("%1: --evidence %2: give a number of wins per skill or 'all'").arg(name(), parser.value(QStringLiteral("evidence"))));
    return 0;
}

int ReportReadinessCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<ReportOptions::Measure> measure = ReportOptions::measure(workspace, parser);
    if (!measure)
        return context.fail(measure.error());
    Result<ReadinessReportModel> model
        = workspace.review().readinessReport(measure->standing, measure->targetLevelSlug, m_period, context.today, m_appendix);
    if (!model)
        return context.fail(model.error());

    QByteArray bytes;
    switch (m_format) {
    case ReportOptions::Format::Markdown: bytes = MarkdownWriter::readiness(*model).toUtf8(); break;
    case ReportOptions::Format::Html: bytes = HtmlWriter::readiness(*model).toUtf8(); break;
    case ReportOptions::Format::Pdf: {
        Result<QByteArray> pdf = m_pdf->readiness(*model, m_pageSize);
        if (!pdf)
            return context.fail(pdf.error());
        bytes = std::move(*pdf);
        break;
    }
    }
    return write(context, bytes);
}

} // namespace ladder
