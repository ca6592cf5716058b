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
    : DatabaseCommand(QStringLiteral("report readiness"),
                      ReportReadinessCommand::tr("Write the promotion-readiness summary (Markdown, HTML or PDF)."))
    , m_pdf(std::move(pdf))
{
    m_options = {ReportOptions::targetOption(), ReportOptions::periodOption(), ReportOptions::nameOption(),
                 ReportOptions::formatOption(), ReportOptions::outputOption(), PdfOptions::pageSizeOption()};
}

int ReportReadinessCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.usage(tr("report readiness: -o FILE is required"));
    // Every option is checked before the database is opened: a typo must not create one.
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
    return 0;
}

std::optional<int> ReportReadinessCommand::runElsewhere(CommandContext &context, const QCommandLineParser &)
{
    if (m_format != ReportOptions::Format::Pdf)
        return std::nullopt;
    return m_pdf->runElsewhere(context);
}

int ReportReadinessCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    Result<ReportData> data = ReportOptions::standing(workspace, parser);
    if (!data)
        return context.fail(data.error());
    Result<QString> target = ReportOptions::level(parser, QStringLiteral("target"), *data);
    if (!target)
        return context.fail(target.error());
    Result<ReadinessReportModel> model = workspace.review().readinessReport(*data, *target, m_period, context.today);
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
    if (Result<void> written = ReportOptions::write(context, output, m_format, bytes); !written)
        return context.fail(written.error());
    return 0;
}

} // namespace ladder
