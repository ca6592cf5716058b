// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "report/BragReportModel.h"
#include "report/ReadinessReportModel.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ladder {

class CommandContext;

// How the report commands get a PDF. Markdown and HTML are written by the
// commands themselves with QtCore alone; painting needs QtGui, which only
// ladder-cli-report (and the tests) load. ladder-cli's implementation hands
// the whole command over to that process (ReportHandOff); the painting one
// is RenderedReportPdf.
class ReportPdf
{
public:
    virtual ~ReportPdf() = default;

    // Called once the format is known to be PDF and every option was checked,
    // before the database is opened: the exit code when the command ran
    // elsewhere, nothing when it goes on to paint here.
    virtual std::optional<int> runElsewhere(CommandContext &context) const = 0;
    // `pageSize` is a key PdfOptions accepted ("a4", "letter").
    virtual Result<QByteArray> readiness(const ReadinessReportModel &model, const QString &pageSize) const = 0;
    virtual Result<QByteArray> brag(const BragReportModel &model, const QString &pageSize) const = 0;
};

} // namespace ladder
