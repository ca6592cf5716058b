// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarHeatmapLayout.h"

#include <algorithm>
#include <cmath>

namespace ladder {

namespace {

QDate weekStart(const QDate &day, Qt::DayOfWeek firstDay)
{
    return day.addDays(-((day.dayOfWeek() - int(firstDay) + 7) % 7));
}

// The gap between squares, part of the pitch: a hair line at any size.
double gapOf(double pitch)
{
    return std::max(1.0, pitch * 0.15);
}

} // namespace

CalendarHeatmapLayout::CalendarHeatmapLayout(const QDate &from, const QDate &to, Qt::DayOfWeek firstDay, double pitch, double labelWidth,
                                             double labelHeight, const QPointF &origin)
    : m_from(from)
    , m_to(to)
    , m_firstDay(firstDay)
    , m_firstColumnStart(weekStart(from, firstDay))
    , m_weeks(weekCount(from, to, firstDay))
    , m_pitch(pitch)
    , m_labelWidth(labelWidth)
    , m_labelHeight(labelHeight)
    , m_origin(origin)
{
}

int CalendarHeatmapLayout::weekCount(const QDate &from, const QDate &to, Qt::DayOfWeek firstDay)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    return int(weekStart(from, firstDay).daysTo(weekStart(to, firstDay)) / 7) + 1;
}

double CalendarHeatmapLayout::pitchForWidth(double width, int weeks, double labelWidth)
{
    return weeks > 0 ? std::max(0.0, (width - labelWidth) / weeks) : 0.0;
}

QSizeF CalendarHeatmapLayout::sizeFor(int weeks, double pitch, double labelWidth, double labelHeight)
{
    return QSizeF(labelWidth + weeks * pitch, labelHeight + Rows * pitch + labelHeight);
}

int CalendarHeatmapLayout::bucket(int count, int maxCount)
{
    if (count <= 0 || maxCount <= 0)
        return 0;
    const int quarters = (std::min(count, maxCount) * 4 + maxCount - 1) / maxCount; // rounded up: 1 win is never empty
    return std::clamp(quarters, 1, Buckets - 1);
}

double CalendarHeatmapLayout::cellSize() const
{
    return std::max(1.0, m_pitch - gapOf(m_pitch));
}

QSizeF CalendarHeatmapLayout::size() const
{
    return sizeFor(m_weeks, m_pitch, m_labelWidth, m_labelHeight);
}

QRectF CalendarHeatmapLayout::gridRect() const
{
    return QRectF(m_origin.x() + m_labelWidth, m_origin.y() + m_labelHeight, m_weeks * m_pitch, Rows * m_pitch);
}

int CalendarHeatmapLayout::column(const QDate &day) const
{
    return int(m_firstColumnStart.daysTo(day) / 7);
}

int CalendarHeatmapLayout::row(const QDate &day) const
{
    return int(m_firstColumnStart.daysTo(day) % 7);
}

QRectF CalendarHeatmapLayout::cellRect(const QDate &day) const
{
    if (!day.isValid() || day < m_from || day > m_to)
        return QRectF();
    const QRectF grid = gridRect();
    const double cell = cellSize();
    return QRectF(grid.x() + column(day) * m_pitch, grid.y() + row(day) * m_pitch, cell, cell);
}

QDate CalendarHeatmapLayout::dayAt(const QPointF &point) const
{
    const QRectF grid = gridRect();
    if (m_pitch <= 0.0 || !grid.contains(point))
        return QDate();
    const int col = std::clamp(int(std::floor((point.x() - grid.x()) / m_pitch)), 0, m_weeks - 1);
    const int r = std::clamp(int(std::floor((point.y() - grid.y()) / m_pitch)), 0, Rows - 1);
    const QDate day = m_firstColumnStart.addDays(qint64(col) * 7 + r);
    return day >= m_from && day <= m_to ? day : QDate();
}

QList<CalendarHeatmapLayout::MonthLabel> CalendarHeatmapLayout::monthLabels() const
{
    QList<MonthLabel> labels;
    if (m_weeks == 0)
        return labels;
    QList<std::pair<QDate, int>> starts{{m_from, 0}};
    for (QDate first = QDate(m_from.year(), m_from.month(), 1).addMonths(1); first <= m_to; first = first.addMonths(1))
        starts.append({first, column(first)});
    const QRectF grid = gridRect();
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const int begin = starts.at(i).second;
        const int end = i + 1 < starts.size() ? starts.at(i + 1).second : m_weeks;
        labels.append({starts.at(i).first, QRectF(grid.x() + begin * m_pitch, m_origin.y(), (end - begin) * m_pitch, m_labelHeight)});
    }
    return labels;
}

QRectF CalendarHeatmapLayout::weekdayLabelRect(int row) const
{
    const QRectF grid = gridRect();
    // Centred on the row, as high as a line of text even when a row is lower.
    const double centre = grid.y() + (row + 0.5) * m_pitch - gapOf(m_pitch) / 2.0;
    return QRectF(m_origin.x(), centre - m_labelHeight / 2.0, m_labelWidth - gapOf(m_pitch) * 2.0, m_labelHeight);
}

Qt::DayOfWeek CalendarHeatmapLayout::weekdayOf(int row) const
{
    return Qt::DayOfWeek((int(m_firstDay) - 1 + row) % 7 + 1);
}

QRectF CalendarHeatmapLayout::legendSwatch(int bucket) const
{
    const QRectF grid = gridRect();
    const double side = std::min(cellSize(), m_labelHeight * 0.8);
    return QRectF(grid.x() + bucket * (side + gapOf(m_pitch)), grid.bottom() + (m_labelHeight - side) / 2.0, side, side);
}

QRectF CalendarHeatmapLayout::lessLabelRect() const
{
    const QRectF grid = gridRect();
    return QRectF(m_origin.x(), grid.bottom(), m_labelWidth - gapOf(m_pitch) * 2.0, m_labelHeight);
}

QRectF CalendarHeatmapLayout::moreLabelRect() const
{
    const QRectF grid = gridRect();
    const double left = legendSwatch(Buckets - 1).right() + gapOf(m_pitch) * 2.0;
    return QRectF(left, grid.bottom(), std::max(0.0, grid.right() - left), m_labelHeight);
}

} // namespace ladder
