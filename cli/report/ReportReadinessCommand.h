#pragma once

#include "DatabaseCommand.h"
#include "ReportOptions.h"
#include "domain/Period.h"

#include <QPageSize>

namespace ladder {

// ladder-cli report readiness [--target LEVEL] [--period P] [--name NAME]
//   [--format md|html|pdf] [--page-size a4|letter] -o FILE
// The printed promotion-readiness summary.
class ReportReadinessCommand : public DatabaseCommand
{
public:
    ReportReadinessCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    ReportOptions::Format m_format = ReportOptions::Format::Markdown;
    QPageSize::PageSizeId m_pageSize = QPageSize::A4;
    Period m_period;
};

} // namespace ladder
