// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChartLayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ladder {

namespace {

// Room between the outer ring and a label.
constexpr double LabelGap = 10.0;

} // namespace

RadarChartLayout::RadarChartLayout(qsizetype axisCount, int maxValue)
    : m_axisCount(axisCount)
    , m_maxValue(std::max(1, maxValue))
    , m_center(Width / 2.0, 240.0)
    // Leaves about 150 units either side for labels ("Emotional intelligence"
    // at FontSize) and room above and below for one line of text.
    , m_radius(160.0)
{
}

double RadarChartLayout::angle(qsizetype axis) const
{
    if (m_axisCount <= 0)
        return -std::numbers::pi / 2.0;
    return -std::numbers::pi / 2.0 + 2.0 * std::numbers::pi * double(axis) / double(m_axisCount);
}

QPointF RadarChartLayout::point(qsizetype axis, double value) const
{
    const double r = m_radius * std::clamp(value, 0.0, double(m_maxValue)) / double(m_maxValue);
    const double a = angle(axis);
    return {m_center.x() + r * std::cos(a), m_center.y() + r * std::sin(a)};
}

QList<QPointF> RadarChartLayout::ring(int value) const
{
    QList<QPointF> points;
    for (qsizetype axis = 0; axis < m_axisCount; ++axis)
        points.append(point(axis, value));
    return points;
}

QPointF RadarChartLayout::ringLabel(int value) const
{
    const QPointF p = point(0, value);
    return {p.x() + 3.0, p.y() - 2.0};
}

RadarChartLayout::Label RadarChartLayout::label(qsizetype axis) const
{
    const double a = angle(axis);
    const double c = std::cos(a);
    const double s = std::sin(a);
    Label label;
    label.anchor = QPointF(m_center.x() + (m_radius + LabelGap) * c, m_center.y() + (m_radius + LabelGap) * s);
    // Only a spoke pointing (almost) straight up or down gets a centred label;
    // the others start at their spoke's end and grow away from the chart, so
    // that neighbours do not run into each other.
    if (std::abs(c) < 0.05)
        label.horizontal = HAlign::Center;
    else
        label.horizontal = c > 0 ? HAlign::Left : HAlign::Right;
    // Likewise only labels right above or below the chart sit on top of or
    // under their anchor; the others are centred on it, so that two labels near
    // the bottom do not stack into each other.
    if (s < -0.97)
        label.vertical = VAlign::Bottom;
    else if (s > 0.97)
        label.vertical = VAlign::Top;
    else
        label.vertical = VAlign::Middle;
    return label;
}

QRectF RadarChartLayout::legendSwatch(int row) const
{
    return {12.0, 14.0 + 20.0 * row, 22.0, 12.0};
}

QPointF RadarChartLayout::legendTextAnchor(int row) const
{
    const QRectF swatch = legendSwatch(row);
    return {swatch.right() + 8.0, swatch.center().y()};
}

} // namespace ladder
