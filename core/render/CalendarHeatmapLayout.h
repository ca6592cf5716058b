// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace ladder {

// Where everything of the calendar heatmap goes, as plain numbers (no
// painter, no fonts): one square per day, a column per week (left to right),
// a row per weekday (top to bottom, from `firstDay`); the weekday labels in a
// column of `labelWidth` to the left, the month labels in a row of
// `labelHeight` above and the legend in a row of the same height below. Cells
// are `pitch` apart, the gap between them is part of the pitch. The painter
// (CalendarHeatmap) draws from it and the widget hit-tests with it, so a
// click lands on the day that was drawn there.
class CalendarHeatmapLayout
{
public:
    static constexpr int Rows = 7;
    // Colour steps: 0 for a day without wins, then 1 (few) to 4 (the most).
    static constexpr int Buckets = 5;

    CalendarHeatmapLayout(const QDate &from, const QDate &to, Qt::DayOfWeek firstDay, double pitch, double labelWidth, double labelHeight,
                          const QPointF &origin = QPointF());

    // How many week columns the period spans.
    static int weekCount(const QDate &from, const QDate &to, Qt::DayOfWeek firstDay);
    // The pitch at which the grid and its labels fill `width`.
    static double pitchForWidth(double width, int weeks, double labelWidth);
    // The width and height of the whole drawing at `pitch`.
    static QSizeF sizeFor(int weeks, double pitch, double labelWidth, double labelHeight);
    // The colour step of a day with `count` wins when the busiest day of the
    // period has `maxCount`: the range split in four equal parts, so that
    // the busiest days are the darkest whatever the scale.
    static int bucket(int count, int maxCount);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int weeks() const { return m_weeks; }
    double pitch() const { return m_pitch; }
    double cellSize() const;
    QSizeF size() const;
    // The whole drawing: labels, squares and legend.
    QRectF boundingRect() const { return QRectF(m_origin, size()); }
    // The area of the day squares.
    QRectF gridRect() const;

    // The square of `day`; an empty rectangle for a day outside the period.
    QRectF cellRect(const QDate &day) const;
    // The day whose square (with the gap after it) holds `point`; an invalid
    // date outside the period's squares.
    QDate dayAt(const QPointF &point) const;

    struct MonthLabel
    {
        QDate month; // its first day (the period's first day for the first)
        QRectF rect; // from its first week's column to the next label's
    };
    // A label for the month the period starts in and for every first of a
    // month in it.
    QList<MonthLabel> monthLabels() const;
    // The label of weekday row `row` (0 = firstDay), right-aligned against the grid.
    QRectF weekdayLabelRect(int row) const;
    // The weekday of row `row`.
    Qt::DayOfWeek weekdayOf(int row) const;
    // The legend below the grid: a square per bucket starting under the first
    // column, the "less" word in the label column to their left and the
    // "more" word right of the last square.
    QRectF legendSwatch(int bucket) const;
    QRectF lessLabelRect() const;
    QRectF moreLabelRect() const;

private:
    int column(const QDate &day) const;
    int row(const QDate &day) const;

    QDate m_from;
    QDate m_to;
    Qt::DayOfWeek m_firstDay;
    QDate m_firstColumnStart; // the first day of the first column's week
    int m_weeks;
    double m_pitch;
    double m_labelWidth;
    double m_labelHeight;
    QPointF m_origin;
};

} // namespace ladder
