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
    : DatabaseCommand(QStringLiteral("report brag"), ReportBragCommand::tr("Write the brag document: a period's wins by skill or month."))
    , m_pdf(std::move(pdf))
{
    m_options = {ReportOptions::periodOption(), ReportOptions::groupOption(),  ReportOptions::nameOption(),
                 ReportOptions::formatOption(), ReportOptions::outputOption(), PdfOptions::pageSizeOption()};
}

int ReportBragCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.usage(tr("report brag: -o FILE is required"));
    // Every option is checked before the database is opened: a typo must not create one.
    Result<ReportOptions::Format> format = ReportOptions::format(parser);
    if (!format)
        return context.fail(format.error());
    Result<QString> pageSize = PdfOptions::pageSize(parser);
    if (!pageSize)
        return context.fail(pageSize.error());
    BragReportModel::Grouping grouping = BragReportModel::Grouping::Skill;
    if (parser.isSet(QStringLiteral("group"))
        && !BragReportModel::groupingFromKey(parser.value(QStringLiteral("group")).trimmed().toLower(), &grouping))
        return context.fail(tr("--group %1: group by skill or month").arg(parser.value(QStringLiteral("group"))));
    Result<Period> period = ReportOptions::period(parser, context.today);
    if (!period)
        return context.fail(period.error());
    m_format = *format;
    m_pageSize = *pageSize;
    m_grouping = grouping;
    m_period = *period;
    return 0;
}

std::optional<int> ReportBragCommand::runElsewhere(CommandContext &context, const QCommandLineParser &)
{
    if (m_format != ReportOptions::Format::Pdf)
        return std::nullopt;
    return m_pdf->runElsewhere(context);
}

int ReportBragCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    Result<ReportData> data = ReportOptions::standing(workspace, parser);
    if (!data)
        return context.fail(data.error());
    // Moved in: the model holds what the document lists, the wins are not kept twice.
    Result<BragReportModel> model = workspace.review().bragReport(std::move(*data), m_period, m_grouping, context.today);
    if (!model)
        return context.fail(model.error());

    if (m_format != ReportOptions::Format::Pdf) {
        // Written a group at a time: a long period's document is never held whole.
        Result<void> written = ReportOptions::writeText(context, output, [&](const ReportOptions::TextSink &write) {
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
    if (Result<void> written = ReportOptions::write(context, output, m_format, *pdf); !written)
        return context.fail(written.error());
    return 0;
}

} // namespace ladder
