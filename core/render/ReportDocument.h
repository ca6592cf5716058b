// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartPalette.h"
#include "report/BragReportModel.h"
#include "report/ReadinessReportModel.h"

#include <QFont>
#include <QTextDocument>

#include <memory>

namespace ladder {

// A report as a QTextDocument: HtmlWriter's rich-text HTML (the same content
// as the HTML file) with the radar chart as a painted object. What PDF export,
// printing and the GUI's preview (QTextBrowser::setDocument) all show.
class ReportDocument
{
public:
    // `palette` colors the chart: ChartPalette::light() for paper, or
    // ChartPalette::fromPalette(widget->palette()) for a themed preview.
    static std::unique_ptr<QTextDocument> readiness(const ReadinessReportModel &model, const ChartPalette &palette = ChartPalette::light());
    static std::unique_ptr<QTextDocument> brag(const BragReportModel &model);

    // DejaVu Sans (installed with Ladder's dependencies; it has ★ and the ballot
    // boxes), 9 pt.
    static QFont defaultFont();
};

} // namespace ladder
