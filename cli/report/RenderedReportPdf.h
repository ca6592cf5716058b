// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPdf.h"

namespace ladder {

// The report commands' PDFs painted in this process (render/PdfReportWriter):
// ladder-cli-report's and the tests'. Needs a QGuiApplication.
class RenderedReportPdf : public ReportPdf
{
public:
    std::optional<int> runElsewhere(CommandContext &context) const override;
    Result<QByteArray> readiness(const ReadinessReportModel &model, const QString &pageSize) const override;
    Result<QByteArray> brag(const BragReportModel &model, const QString &pageSize) const override;
};

} // namespace ladder
