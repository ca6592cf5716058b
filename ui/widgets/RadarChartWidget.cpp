// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChartWidget.h"

#include "render/ChartPalette.h"
#include "render/RadarChart.h"

#include <QPainter>

namespace ladder {

RadarChartWidget::RadarChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RadarChartWidget::setData(const RadarChartData &data)
{
    m_data = data;
    QStringList spoken;
    for (const RadarChartData::Axis &axis : data.axes)
        spoken << tr("%1: %2 of %3").arg(axis.label).arg(axis.rating).arg(axis.expected);
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    update();
}

QSize RadarChartWidget::sizeHint() const
{
    const int width = fontMetrics().height() * 40;
    return QSize(width, heightForWidth(width));
}

QSize RadarChartWidget::minimumSizeHint() const
{
    const int width = fontMetrics().height() * 18;
    return QSize(width, heightForWidth(width));
}

int RadarChartWidget::heightForWidth(int width) const
{
    return int(width * RadarChart::aspectRatio());
}

void RadarChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_data.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("This level expects no skills."));
        return;
    }
    RadarChart::paint(painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_data, ChartPalette::fromPalette(palette()), font());
}

} // namespace ladder
