// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/BragReportModel.h"
#include "ReportCommand.h"

#include <memory>

#include <QCoreApplication>

namespace ladder {

// ladder-cli report brag [--period P] [--group skill|month] [--name NAME]
//   [--format md|html|pdf] [--page-size a4|letter] -o FILE
// The period's wins grouped by skill or month, starred first.
class ReportBragCommand : public ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportBragCommand)

public:
    // `pdf` paints the PDF or hands the command to the process that can.
    explicit ReportBragCommand(std::shared_ptr<const ReportPdf> pdf);

protected:
    int checkReportInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    BragReportModel::Grouping m_grouping = BragReportModel::Grouping::Skill;
};

} // namespace ladder
