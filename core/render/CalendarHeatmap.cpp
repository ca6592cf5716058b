// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarHeatmap.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace ladder {

QColor CalendarHeatmap::color(int bucket, const ChartPalette &palette)
{
    // Opacity rather than a mix with the background: the widget leaves its
    // background to the theme (ChartPalette::background is invalid there).
    static constexpr float Opacity[CalendarHeatmapLayout::Buckets] = {0.45f, 0.30f, 0.52f, 0.76f, 1.0f};
    const int step = std::clamp(bucket, 0, CalendarHeatmapLayout::Buckets - 1);
    QColor fill = step == 0 ? palette.grid : palette.rating;
    fill.setAlphaF(Opacity[step]);
    return fill;
}

void CalendarHeatmap::paint(QPainter &painter, const CalendarHeatmapLayout &layout, const CalendarHeatmapData &data,
                            const ChartPalette &palette, const QFont &font, const QDate &focused)
{
    if (layout.weeks() == 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (palette.background.isValid())
        painter.fillRect(layout.boundingRect(), palette.background);

    const double radius = layout.cellSize() * 0.2;
    const int most = data.maxCount();
    painter.setPen(Qt::NoPen);
    for (QDate day = layout.from(); day.isValid() && day <= layout.to(); day = day.addDays(1)) {
        painter.setBrush(color(CalendarHeatmapLayout::bucket(data.count(day), most), palette));
        painter.drawRoundedRect(layout.cellRect(day), radius, radius);
    }

    // Labels that do not fit their place are left out rather than overlap.
    painter.setFont(font);
    painter.setPen(palette.text);
    const QFontMetricsF metrics(font, painter.device());
    const QLocale locale;
    for (const CalendarHeatmapLayout::MonthLabel &label : layout.monthLabels()) {
        const QString name = locale.monthName(label.month.month(), QLocale::ShortFormat);
        if (metrics.horizontalAdvance(name) <= label.rect.width())
            painter.drawText(label.rect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, name);
    }
    // Every other weekday: a row is lower than a line of text at small sizes.
    for (int row = 0; row < CalendarHeatmapLayout::Rows; row += 2) {
        const QRectF rect = layout.weekdayLabelRect(row);
        const QString name = locale.dayName(layout.weekdayOf(row), QLocale::ShortFormat);
        if (metrics.horizontalAdvance(name) <= rect.width())
            painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, name);
    }

    // The legend.
    for (int bucket = 0; bucket < CalendarHeatmapLayout::Buckets; ++bucket) {
        const QRectF swatch = layout.legendSwatch(bucket);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(bucket, palette));
        painter.drawRoundedRect(swatch, swatch.width() * 0.2, swatch.width() * 0.2);
    }
    painter.setPen(palette.text);
    if (metrics.horizontalAdvance(data.lessLegend) <= layout.lessLabelRect().width())
        painter.drawText(layout.lessLabelRect(), Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, data.lessLegend);
    if (metrics.horizontalAdvance(data.moreLegend) <= layout.moreLabelRect().width())
        painter.drawText(layout.moreLabelRect(), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, data.moreLegend);

    if (const QRectF cell = layout.cellRect(focused); !cell.isEmpty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette.text, std::max(1.0, layout.cellSize() * 0.12)));
        const double inset = painter.pen().widthF() / 2.0;
        painter.drawRoundedRect(cell.adjusted(-inset, -inset, inset, inset), radius, radius);
    }
    painter.restore();
}

} // namespace ladder
