// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportCommand.h"

#include <memory>

#include <QCoreApplication>

namespace ladder {

// ladder-cli report readiness [--target LEVEL] [--period P] [--name NAME]
//   [--format md|html|pdf] [--page-size a4|letter] -o FILE
// The printed promotion-readiness summary.
class ReportReadinessCommand : public ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportReadinessCommand)

public:
    // `pdf` paints the PDF or hands the command to the process that can.
    explicit ReportReadinessCommand(std::shared_ptr<const ReportPdf> pdf);

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
