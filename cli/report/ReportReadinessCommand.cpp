#include "ReportReadinessCommand.h"

#include "CommandContext.h"
#include "PdfOptions.h"
#include "ReportOptions.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"
#include "report/ReadinessReportModel.h"

#include <QCoreApplication>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportReadinessCommand", text);
}

} // namespace

ReportReadinessCommand::ReportReadinessCommand(std::shared_ptr<const ReportPdf> pdf)
    : Command(QStringLiteral("report readiness"), tr("Write the promotion-readiness summary (Markdown, HTML or PDF)."))
    , m_pdf(std::move(pdf))
{
    m_options = {ReportOptions::targetOption(), ReportOptions::periodOption(), ReportOptions::nameOption(),
                 ReportOptions::formatOption(), ReportOptions::outputOption(), PdfOptions::pageSizeOption()};
}

int ReportReadinessCommand::execute(CommandContext &context, const QCommandLineParser &parser)
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
    if (*format == ReportOptions::Format::Pdf) {
        if (std::optional<int> code = m_pdf->runElsewhere(context))
            return *code;
    }
    Result<ReportData> data = ReportOptions::loadEvidence(context, parser, *period, ReadinessReportModel::EvidenceListed);
    if (!data)
        return context.fail(data.error());
    Result<QString> target = ReportOptions::level(parser, QStringLiteral("target"), *data);
    if (!target)
        return context.fail(target.error());
    Result<ReadinessReportModel> model = ReadinessReportModel::build(*data, *target, *period, context.today);
    if (!model)
        return context.fail(model.error());

    QByteArray bytes;
    switch (*format) {
    case ReportOptions::Format::Markdown: bytes = MarkdownWriter::readiness(*model).toUtf8(); break;
    case ReportOptions::Format::Html: bytes = HtmlWriter::readiness(*model).toUtf8(); break;
    case ReportOptions::Format::Pdf: {
        Result<QByteArray> pdf = m_pdf->readiness(*model, *pageSize);
        if (!pdf)
            return context.fail(pdf.error());
        bytes = std::move(*pdf);
        break;
    }
    }
    if (Result<void> written = ReportOptions::write(context, output, *format, bytes); !written)
        return context.fail(written.error());
    return 0;
}

} // namespace ladder
