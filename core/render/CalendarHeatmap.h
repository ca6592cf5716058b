// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarHeatmapData.h"
#include "CalendarHeatmapLayout.h"
#include "ChartPalette.h"

#include <QColor>
#include <QFont>

class QPainter;

namespace ladder {

// Paints the calendar heatmap of wins (a square per day coloured by how many
// wins it holds, month and weekday labels, a less-to-more legend) on any
// QPainter, at the places CalendarHeatmapLayout gives, with the chart colours
// of ChartPalette: the same painter code and colours as RadarChart, so it
// reads on a light and a dark palette alike.
class CalendarHeatmap
{
public:
    // Paints `data` as laid out by `layout`, in `font`. `focused`, when valid,
    // is outlined (the widget's keyboard position). The painter's state is
    // restored afterwards.
    static void paint(QPainter &painter, const CalendarHeatmapLayout &layout, const CalendarHeatmapData &data, const ChartPalette &palette,
                      const QFont &font = QFont(), const QDate &focused = QDate());
    // The fill of colour step `bucket` (CalendarHeatmapLayout::bucket): the
    // grid colour for no wins, then the rating colour, stronger with each step.
    static QColor color(int bucket, const ChartPalette &palette);
};

} // namespace ladder
