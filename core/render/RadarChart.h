// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartPalette.h"
#include "report/RadarChartData.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace ladder {

// Paints the readiness radar chart (rating vs expectation per skill: two
// polygons, labelled spokes, rings 1-4, a legend) on any QPainter: a widget,
// a QPrinter, a QPdfWriter or a QImage. The geometry is RadarChartLayout's,
// the same as the SVG in the HTML report.
class RadarChart
{
public:
    // Paints into `rect`, keeping the layout's aspect ratio (centred). The
    // painter's state is restored afterwards. `font` gives the family; sizes
    // come from the layout. Nothing is painted for empty data.
    static void paint(QPainter &painter, const QRectF &rect, const RadarChartData &data, const ChartPalette &palette,
                      const QFont &font = QFont());
    // The layout's aspect ratio: height / width.
    static double aspectRatio();
};

} // namespace ladder
