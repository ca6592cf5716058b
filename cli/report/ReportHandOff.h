// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPdf.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli's ReportPdf: a PDF report is run by ladder-cli-report (which
// links QtGui) with the process's own arguments, replacing this process;
// everything else the report commands write stays in ladder-cli.
class ReportHandOff : public ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportHandOff)

public:
    // `arguments` is main()'s argv, kept as it is for exec.
    explicit ReportHandOff(char **arguments);

    std::optional<int> runElsewhere(CommandContext &context) const override;
    Result<QByteArray> readiness(const ReadinessReportModel &model, const QString &pageSize) const override;
    Result<QByteArray> brag(const BragReportModel &model, const QString &pageSize) const override;

private:
    char **m_arguments;
};

} // namespace ladder
