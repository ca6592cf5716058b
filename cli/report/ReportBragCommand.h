#pragma once

#include "DatabaseCommand.h"
#include "ReportOptions.h"
#include "domain/Period.h"
#include "report/BragReportModel.h"

#include <QPageSize>

namespace ladder {

// ladder-cli report brag [--period P] [--group skill|month] [--name NAME]
//   [--format md|html|pdf] [--page-size a4|letter] -o FILE
// The period's wins grouped by skill or month, starred first.
class ReportBragCommand : public DatabaseCommand
{
public:
    ReportBragCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    ReportOptions::Format m_format = ReportOptions::Format::Markdown;
    QPageSize::PageSizeId m_pageSize = QPageSize::A4;
    BragReportModel::Grouping m_grouping = BragReportModel::Grouping::Skill;
    Period m_period;
};

} // namespace ladder
