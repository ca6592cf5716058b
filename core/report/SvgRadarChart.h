// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartColors.h"
#include "RadarChartData.h"

#include <QString>

namespace ladder {

// The readiness radar chart as an inline SVG element (text, QtCore only), drawn
// from RadarChartLayout like the painted chart in render/RadarChart, so that
// an HTML report needs no display and no image files. Deterministic: the same
// data gives the same characters (coordinates rounded to 0.1).
class SvgRadarChart
{
public:
    // An <svg> element with a <title> (`title`, for screen readers), XML-clean.
    // Empty data gives an empty string.
    static QString svg(const RadarChartData &data, const ChartColors &colors, const QString &title);
};

} // namespace ladder
