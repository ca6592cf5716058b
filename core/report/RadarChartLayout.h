// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace ladder {

// The geometry of the readiness radar chart in its own units (a 640 x 440
// canvas), shared by the SVG writer and the QPainter painter so that the chart
// in HTML and the chart on screen, paper and PDF are the same drawing. Painters
// scale the canvas to their rectangle; SVG uses it as the viewBox.
//
// Axis 0 points up and the axes go clockwise, in the report's skill order.
// Values run from 0 at the centre to the top of the framework's proficiency
// scale at the outer ring (4 on the built-in scale), one ring per step.
class RadarChartLayout
{
public:
    static constexpr double Width = 640.0;
    static constexpr double Height = 440.0;
    // The outer ring on the built-in 0-4 scale.
    static constexpr int DefaultMaxValue = 4;
    static constexpr double FontSize = 11.0;     // axis labels
    static constexpr double SmallFontSize = 9.0; // ring numbers
    static constexpr double LegendFontSize = 11.0;

    enum class HAlign { Left, Center, Right };
    enum class VAlign { Top, Middle, Bottom };

    // Where an axis label goes: `anchor` is the point the text is aligned to.
    struct Label
    {
        QPointF anchor;
        HAlign horizontal = HAlign::Center;
        VAlign vertical = VAlign::Middle;
    };

    // `maxValue`: the top of the scale, the value of the outer ring (at least 1).
    explicit RadarChartLayout(qsizetype axisCount, int maxValue = DefaultMaxValue);

    qsizetype axisCount() const { return m_axisCount; }
    int maxValue() const { return m_maxValue; }
    QPointF center() const { return m_center; }
    double radius() const { return m_radius; }

    // The point on `axis` at `value` (clamped to 0-maxValue()).
    QPointF point(qsizetype axis, double value) const;
    // The outer end of a spoke.
    QPointF spokeEnd(qsizetype axis) const { return point(axis, m_maxValue); }
    // The grid ring at `value` 1-maxValue(): a polygon through every axis (a
    // circle is drawn instead when there are fewer than three axes).
    QList<QPointF> ring(int value) const;
    // Where the ring's number is written: just right of the first spoke.
    QPointF ringLabel(int value) const;
    Label label(qsizetype axis) const;

    // The legend in the top-left corner, which a radar never reaches.
    // Row 0 is the rating, row 1 the expectation.
    QRectF legendSwatch(int row) const;
    QPointF legendTextAnchor(int row) const; // left-aligned, vertically centred

private:
    double angle(qsizetype axis) const;

    qsizetype m_axisCount = 0;
    int m_maxValue = DefaultMaxValue;
    QPointF m_center;
    double m_radius = 0.0;
};

} // namespace ladder
