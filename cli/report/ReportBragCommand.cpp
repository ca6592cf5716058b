// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBragCommand.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "PdfOptions.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"

namespace ladder {

ReportBragCommand::ReportBragCommand(std::shared_ptr<const ReportPdf> pdf)
    : ReportCommand(QStringLiteral("report brag"), ReportBragCommand::tr("Write the brag document: a period's wins by skill or month."),
                    std::move(pdf))
{
    m_options = {ReportOptions::periodOption(), ReportOptions::groupOption(),  ReportOptions::nameOption(),
                 ReportOptions::formatOption(), ReportOptions::outputOption(), PdfOptions::pageSizeOption()};
}

int ReportBragCommand::checkReportInput(CommandContext &context, const QCommandLineParser &parser)
{
    m_grouping = BragReportModel::Grouping::Skill;
    if (parser.isSet(QStringLiteral("group"))
        && !BragReportModel::groupingFromKey(parser.value(QStringLiteral("group")).trimmed().toLower(), &m_grouping))
        return context.fail(tr("--group %1: group by skill or month").arg(parser.value(QStringLiteral("group"))));
    return 0;
}

int ReportBragCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<ReportData> data = ReportOptions::standing(workspace, parser);
    if (!data)
        return context.fail(data.error());
    // Moved in: the model holds what the document lists, the wins are not kept twice.
    Result<BragReportModel> model = workspace.review().bragReport(std::move(*data), m_period, m_grouping, context.today);
    if (!model)
        return context.fail(model.error());

    if (m_format != ReportOptions::Format::Pdf) {
        // Written a group at a time: a long period's document is never held whole.
        Result<void> written = ReportOptions::writeText(context, m_output, [&](const ReportOptions::TextSink &write) {
            if (m_format == ReportOptions::Format::Markdown)
                MarkdownWriter::brag(*model, write);
            else
                HtmlWriter::brag(*model, HtmlWriter::Flavor::Page, write);
        });
        if (!written)
            return context.fail(written.error());
        return 0;
    }
    Result<QByteArray> pdf = m_pdf->brag(*model, m_pageSize);
    if (!pdf)
        return context.fail(pdf.error());
    return write(context, *pdf);
}

} // namespace ladder
