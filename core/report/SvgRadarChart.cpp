// SPDX-License-Identifier: GPL-3.0-or-later
#include "SvgRadarChart.h"

#include "RadarChartLayout.h"

#include <QPointF>

namespace ladder {

namespace {

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

QString points(const QList<QPointF> &list)
{
    QStringList parts;
    for (const QPointF &p : list)
        parts << num(p.x()) + QLatin1Char(',') + num(p.y());
    return parts.join(QLatin1Char(' '));
}

QString anchor(RadarChartLayout::HAlign align)
{
    switch (align) {
    case RadarChartLayout::HAlign::Left: return QStringLiteral("start");
    case RadarChartLayout::HAlign::Center: return QStringLiteral("middle");
    case RadarChartLayout::HAlign::Right: return QStringLiteral("end");
    }
    return QStringLiteral("middle");
}

// The baseline shift that puts the text's top, middle or bottom on the anchor,
// as QPainter's AlignTop / AlignVCenter / AlignBottom do in render/RadarChart.
QString dy(RadarChartLayout::VAlign align)
{
    switch (align) {
    case RadarChartLayout::VAlign::Top: return QStringLiteral("0.8em");
    case RadarChartLayout::VAlign::Middle: return QStringLiteral("0.35em");
    case RadarChartLayout::VAlign::Bottom: return QStringLiteral("-0.25em");
    }
    return QStringLiteral("0.35em");
}

} // namespace

QString SvgRadarChart::svg(const RadarChartData &data, const ChartColors &colors, const QString &title)
{
    if (data.isEmpty())
        return {};
    const RadarChartLayout layout(data.axes.size(), data.maxValue);
    const QString w = num(RadarChartLayout::Width);
    const QString h = num(RadarChartLayout::Height);
    QString s;
    s += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" role=\"img\" "
                        "aria-labelledby=\"radar-title\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n")
             .arg(w, h);
    s += QStringLiteral("<title id=\"radar-title\">%1</title>\n").arg(title.toHtmlEscaped());
    s += QStringLiteral("<rect width=\"%1\" height=\"%2\" fill=\"%3\"/>\n").arg(w, h, colors.background);

    // Grid: a ring per step of the scale and one spoke per skill.
    s += QStringLiteral("<g fill=\"none\" stroke=\"%1\" stroke-width=\"1\">\n").arg(colors.grid);
    for (int value = 1; value <= layout.maxValue(); ++value) {
        if (layout.axisCount() >= 3) {
            s += QStringLiteral("<polygon points=\"%1\"/>\n").arg(points(layout.ring(value)));
        } else {
            s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\"/>\n")
                     .arg(num(layout.center().x()), num(layout.center().y()), num(layout.radius() * value / layout.maxValue()));
        }
    }
    for (qsizetype axis = 0; axis < layout.axisCount(); ++axis) {
        const QPointF end = layout.spokeEnd(axis);
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\"/>\n")
                 .arg(num(layout.center().x()), num(layout.center().y()), num(end.x()), num(end.y()));
    }
    s += QStringLiteral("</g>\n");
    s += QStringLiteral("<g fill=\"%1\" font-size=\"%2\">\n").arg(colors.text, num(RadarChartLayout::SmallFontSize));
    for (int value = 1; value <= layout.maxValue(); ++value) {
        const QPointF p = layout.ringLabel(value);
        s += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>\n").arg(num(p.x()), num(p.y())).arg(value);
    }
    s += QStringLiteral("</g>\n");

    // The expectation (dashed) under the rating (solid), as in the painter.
    QList<QPointF> expected;
    QList<QPointF> rating;
    for (qsizetype axis = 0; axis < data.axes.size(); ++axis) {
        expected << layout.point(axis, data.axes.at(axis).expected);
        rating << layout.point(axis, data.axes.at(axis).rating);
    }
    s += QStringLiteral("<polygon points=\"%1\" fill=\"%2\" fill-opacity=\"0.10\" stroke=\"%2\" stroke-width=\"2\" "
                        "stroke-dasharray=\"6 4\" stroke-linejoin=\"round\"/>\n")
             .arg(points(expected), colors.expected);
    s += QStringLiteral("<polygon points=\"%1\" fill=\"%2\" fill-opacity=\"0.28\" stroke=\"%2\" stroke-width=\"2\" "
                        "stroke-linejoin=\"round\"/>\n")
             .arg(points(rating), colors.rating);
    s += QStringLiteral("<g fill=\"%1\">\n").arg(colors.rating);
    for (const QPointF &p : std::as_const(rating))
        s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"2.5\"/>\n").arg(num(p.x()), num(p.y()));
    s += QStringLiteral("</g>\n");

    // Axis labels.
    s += QStringLiteral("<g fill=\"%1\" font-size=\"%2\">\n").arg(colors.text, num(RadarChartLayout::FontSize));
    for (qsizetype axis = 0; axis < data.axes.size(); ++axis) {
        const RadarChartLayout::Label label = layout.label(axis);
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" dy=\"%4\">%5</text>\n")
                 .arg(num(label.anchor.x()), num(label.anchor.y()), anchor(label.horizontal), dy(label.vertical),
                      data.axes.at(axis).label.toHtmlEscaped());
    }
    s += QStringLiteral("</g>\n");

    // Legend.
    const QRectF ratingSwatch = layout.legendSwatch(0);
    const QRectF expectedSwatch = layout.legendSwatch(1);
    s += QStringLiteral(
             "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" fill-opacity=\"0.28\" stroke=\"%5\" stroke-width=\"2\"/>\n")
             .arg(num(ratingSwatch.x()), num(ratingSwatch.y()), num(ratingSwatch.width()), num(ratingSwatch.height()), colors.rating);
    s += QStringLiteral(
             "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" fill-opacity=\"0.10\" stroke=\"%5\" stroke-width=\"2\" "
             "stroke-dasharray=\"6 4\"/>\n")
             .arg(num(expectedSwatch.x()), num(expectedSwatch.y()), num(expectedSwatch.width()), num(expectedSwatch.height()),
                  colors.expected);
    s += QStringLiteral("<g fill=\"%1\" font-size=\"%2\">\n").arg(colors.text, num(RadarChartLayout::LegendFontSize));
    const QPointF ratingText = layout.legendTextAnchor(0);
    const QPointF expectedText = layout.legendTextAnchor(1);
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" dy=\"0.35em\">%3</text>\n")
             .arg(num(ratingText.x()), num(ratingText.y()), data.ratingLegend.toHtmlEscaped());
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" dy=\"0.35em\">%3</text>\n")
             .arg(num(expectedText.x()), num(expectedText.y()), data.expectedLegend.toHtmlEscaped());
    s += QStringLiteral("</g>\n");
    s += QStringLiteral("</svg>");
    return s;
}

} // namespace ladder
