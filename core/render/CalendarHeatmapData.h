// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QString>

#include <algorithm>

namespace ladder {

// What the calendar heatmap shows: wins per day over a period (days without
// wins absent), and the legend's words, translated by the caller as
// RadarChartData's legend is.
struct CalendarHeatmapData
{
    QDate from;
    QDate to;
    QMap<QDate, int> counts;
    QString lessLegend; // "Less"
    QString moreLegend; // "More"

    int count(const QDate &day) const { return counts.value(day, 0); }
    int maxCount() const
    {
        int most = 0;
        for (int n : counts)
            most = std::max(most, n);
        return most;
    }
    int total() const
    {
        int sum = 0;
        for (int n : counts)
            sum += n;
        return sum;
    }
};

} // namespace ladder
