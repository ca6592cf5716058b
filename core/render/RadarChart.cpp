// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChart.h"

#include "report/RadarChartLayout.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>

namespace ladder {

namespace {

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

// Text aligned to `anchor` as the SVG's text-anchor / dy do.
void drawLabel(QPainter &painter, const QPointF &anchor, RadarChartLayout::HAlign h, RadarChartLayout::VAlign v, const QString &text)
{
    constexpr double W = 400.0;
    constexpr double H = 40.0;
    double x = anchor.x();
    double y = anchor.y();
    int flags = Qt::TextSingleLine | Qt::TextDontClip;
    switch (h) {
    case RadarChartLayout::HAlign::Left: flags |= Qt::AlignLeft; break;
    case RadarChartLayout::HAlign::Center:
        flags |= Qt::AlignHCenter;
        x -= W / 2.0;
        break;
    case RadarChartLayout::HAlign::Right:
        flags |= Qt::AlignRight;
        x -= W;
        break;
    }
    switch (v) {
    case RadarChartLayout::VAlign::Top: flags |= Qt::AlignTop; break;
    case RadarChartLayout::VAlign::Middle:
        flags |= Qt::AlignVCenter;
        y -= H / 2.0;
        break;
    case RadarChartLayout::VAlign::Bottom:
        flags |= Qt::AlignBottom;
        y -= H;
        break;
    }
    painter.drawText(QRectF(x, y, W, H), flags, text);
}

QFont sized(QFont font, double pixels)
{
    // Pixel sizes in the layout's units: the painter's scale makes them right
    // on every device, as the SVG's font-size in viewBox units does.
    font.setPixelSize(std::max(1, int(pixels + 0.5)));
    // Hinted advances are right for one pixel grid only; the chart is scaled.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

double RadarChart::aspectRatio()
{
    return RadarChartLayout::Height / RadarChartLayout::Width;
}

void RadarChart::paint(QPainter &painter, const QRectF &rect, const RadarChartData &data, const ChartPalette &palette, const QFont &font)
{
    if (data.isEmpty() || rect.isEmpty())
        return;
    const RadarChartLayout layout(data.axes.size(), data.maxValue);
    const double scale = std::min(rect.width() / RadarChartLayout::Width, rect.height() / RadarChartLayout::Height);
    const QSizeF size(RadarChartLayout::Width * scale, RadarChartLayout::Height * scale);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.translate(rect.x() + (rect.width() - size.width()) / 2.0, rect.y() + (rect.height() - size.height()) / 2.0);
    painter.scale(scale, scale);

    if (palette.background.isValid())
        painter.fillRect(QRectF(0, 0, RadarChartLayout::Width, RadarChartLayout::Height), palette.background);

    // Grid.
    painter.setPen(QPen(palette.grid, 1.0));
    painter.setBrush(Qt::NoBrush);
    for (int value = 1; value <= layout.maxValue(); ++value) {
        if (layout.axisCount() >= 3) {
            painter.drawPolygon(QPolygonF(layout.ring(value)));
        } else {
            const double r = layout.radius() * value / layout.maxValue();
            painter.drawEllipse(layout.center(), r, r);
        }
    }
    for (qsizetype axis = 0; axis < layout.axisCount(); ++axis)
        painter.drawLine(layout.center(), layout.spokeEnd(axis));
    painter.setPen(palette.text);
    painter.setFont(sized(font, RadarChartLayout::SmallFontSize));
    for (int value = 1; value <= layout.maxValue(); ++value)
        painter.drawText(layout.ringLabel(value), QString::number(value));

    // The expectation (dashed) under the rating (solid).
    QPolygonF expected;
    QPolygonF rating;
    for (qsizetype axis = 0; axis < data.axes.size(); ++axis) {
        expected << layout.point(axis, data.axes.at(axis).expected);
        rating << layout.point(axis, data.axes.at(axis).rating);
    }
    QPen expectedPen(palette.expected, 2.0, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    expectedPen.setDashPattern({3.0, 2.0}); // in pen widths: the SVG's "6 4"
    painter.setPen(expectedPen);
    painter.setBrush(withAlpha(palette.expected, 0.10));
    painter.drawPolygon(expected);
    painter.setPen(QPen(palette.rating, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(withAlpha(palette.rating, 0.28));
    painter.drawPolygon(rating);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.rating);
    for (const QPointF &p : std::as_const(rating))
        painter.drawEllipse(p, 2.5, 2.5);

    // Labels.
    painter.setPen(palette.text);
    painter.setFont(sized(font, RadarChartLayout::FontSize));
    for (qsizetype axis = 0; axis < data.axes.size(); ++axis) {
        const RadarChartLayout::Label label = layout.label(axis);
        drawLabel(painter, label.anchor, label.horizontal, label.vertical, data.axes.at(axis).label);
    }

    // Legend.
    const QRectF ratingSwatch = layout.legendSwatch(0);
    const QRectF expectedSwatch = layout.legendSwatch(1);
    painter.setPen(QPen(palette.rating, 2.0));
    painter.setBrush(withAlpha(palette.rating, 0.28));
    painter.drawRect(ratingSwatch);
    painter.setPen(expectedPen);
    painter.setBrush(withAlpha(palette.expected, 0.10));
    painter.drawRect(expectedSwatch);
    painter.setPen(palette.text);
    painter.setFont(sized(font, RadarChartLayout::LegendFontSize));
    drawLabel(painter, layout.legendTextAnchor(0), RadarChartLayout::HAlign::Left, RadarChartLayout::VAlign::Middle, data.ratingLegend);
    drawLabel(painter, layout.legendTextAnchor(1), RadarChartLayout::HAlign::Left, RadarChartLayout::VAlign::Middle, data.expectedLegend);
    painter.restore();
}

} // namespace ladder
