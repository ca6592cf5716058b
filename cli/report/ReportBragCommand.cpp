#include "ReportBragCommand.h"

#include "CommandContext.h"
#include "PdfOptions.h"
#include "ReportOptions.h"
#include "application/Review.h"
#include "application/Workspace.h"
#include "render/PdfReportWriter.h"
#include "report/BragReportModel.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"

#include <QCoreApplication>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportBragCommand", text);
}

} // namespace

ReportBragCommand::ReportBragCommand()
    : DatabaseCommand(QStringLiteral("report brag"), tr("Write the brag document: a period's wins by skill or month."))
{
    m_options = {ReportOptions::periodOption(), ReportOptions::groupOption(), ReportOptions::nameOption(),
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
    Result<QPageSize::PageSizeId> pageSize = PdfOptions::pageSize(parser);
    if (!pageSize)
        return context.fail(pageSize.error());
    BragReportModel::Grouping grouping = BragReportModel::Grouping::Skill;
    if (parser.isSet(QStringLiteral("group")) && !BragReportModel::groupingFromKey(parser.value(QStringLiteral("group")).trimmed().toLower(), &grouping))
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

int ReportBragCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    Result<ReportData> data = ReportOptions::standing(workspace, parser);
    if (!data)
        return context.fail(data.error());
    Result<BragReportModel> built = workspace.review().bragReport(*data, m_period, m_grouping, context.today);
    if (!built)
        return context.fail(built.error());
    const BragReportModel &model = *built;

    QByteArray bytes;
    switch (m_format) {
    case ReportOptions::Format::Markdown: bytes = MarkdownWriter::brag(model).toUtf8(); break;
    case ReportOptions::Format::Html: bytes = HtmlWriter::brag(model).toUtf8(); break;
    case ReportOptions::Format::Pdf: {
        PdfReportWriter::Options options;
        options.pageSize = m_pageSize;
        Result<QByteArray> pdf = PdfReportWriter::brag(model, options);
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
