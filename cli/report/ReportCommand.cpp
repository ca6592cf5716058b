// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CommandContext.h"
#include "PdfOptions.h"

namespace ladder {

ReportCommand::ReportCommand(QString name, QString description, std::shared_ptr<const ReportPdf> pdf)
    : DatabaseCommand(std::move(name), std::move(description))
    , m_pdf(std::move(pdf))
{
}

int ReportCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    m_output = parser.value(QStringLiteral("output"));
    if (m_output.isEmpty())
        return context.usage(tr("%1: -o FILE is required").arg(name()));
    Result<ReportOptions::Format> format = ReportOptions::format(parser);
    if (!format)
        return context.fail(format.error());
    Result<QString> pageSize = PdfOptions::pageSize(parser);
    if (!pageSize)
        return context.fail(pageSize.error());
    Result<Period> period = ReportOptions::period(parser, context.today);
    if (!period)
        return context.fail(period.error());
    m_format = *format;
    m_pageSize = *pageSize;
    m_period = *period;
    return checkReportInput(context, parser);
}

int ReportCommand::checkReportInput(CommandContext &, const QCommandLineParser &)
{
    return 0;
}

std::optional<int> ReportCommand::runElsewhere(CommandContext &context, const QCommandLineParser &)
{
    if (m_format != ReportOptions::Format::Pdf)
        return std::nullopt;
    return m_pdf->runElsewhere(context);
}

int ReportCommand::write(CommandContext &context, const QByteArray &bytes)
{
    if (Result<void> written = ReportOptions::write(context, m_output, m_format, bytes); !written)
        return context.fail(written.error());
    return 0;
}

} // namespace ladder
