// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "domain/Period.h"
#include "ReportOptions.h"
#include "ReportPdf.h"

#include <memory>

#include <QCoreApplication>

namespace ladder {

// ladder-cli report readiness [--target LEVEL] [--period P] [--name NAME]
//   [--format md|html|pdf] [--page-size a4|letter] -o FILE
// The printed promotion-readiness summary.
class ReportReadinessCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportReadinessCommand)

public:
    // `pdf` paints the PDF or hands the command to the process that can.
    explicit ReportReadinessCommand(std::shared_ptr<const ReportPdf> pdf);

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    std::optional<int> runElsewhere(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    std::shared_ptr<const ReportPdf> m_pdf;
    ReportOptions::Format m_format = ReportOptions::Format::Markdown;
    QString m_pageSize;
    Period m_period;
};

} // namespace ladder
