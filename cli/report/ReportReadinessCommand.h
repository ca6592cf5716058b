// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReadinessReportModel.h"
#include "ReportCommand.h"

#include <memory>

#include <QCoreApplication>

namespace ladder {

// ladder-cli report readiness [--target LEVEL] [--period P] [--name NAME]
//   [--evidence N|all] [--format md|html|pdf] [--page-size a4|letter] -o FILE
// The printed promotion-readiness summary: each skill with its strongest
// wins; --evidence adds the full lists as an appendix.
class ReportReadinessCommand : public ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportReadinessCommand)

public:
    // `pdf` paints the PDF or hands the command to the process that can.
    explicit ReportReadinessCommand(std::shared_ptr<const ReportPdf> pdf);

protected:
    int checkReportInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    int m_appendix = ReadinessReportModel::NoAppendix;
};

} // namespace ladder
