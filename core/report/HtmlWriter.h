// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BragReportModel.h"
#include "ReadinessReportModel.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace ladder {

// The reports as HTML composed from the model, with no display needed.
//
// Page (the default): one self-contained XHTML-clean file for a browser:
// inline CSS, the radar chart inline as SVG (SvgRadarChart), no scripts, no
// external resources. RichText: the same content in the subset Qt's
// QTextDocument understands, for render/ReportDocument (PDF, printing, the
// GUI's preview): sizes in points, table attributes Qt needs, and the chart as
// an <img> placeholder (chartPlaceholder()) that ReportDocument replaces with
// the painted chart. Both are deterministic: the same model, the same bytes.
class HtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlWriter)

public:
    enum class Flavor { Page, RichText };

    static QString readiness(const ReadinessReportModel &model, Flavor flavor = Flavor::Page);
    static QString brag(const BragReportModel &model, Flavor flavor = Flavor::Page);
    // The same handed to `write` a group at a time, so that a long brag
    // document is never held whole (the command writes it to its file).
    static void brag(const BragReportModel &model, Flavor flavor, const std::function<void(const QString &)> &write);

    // The src of the chart's <img> in RichText ("ladder-chart:radar").
    static QString chartPlaceholder();
    // Text escaped for element content and double-quoted attributes.
    static QString escape(const QString &text);
};

} // namespace ladder
