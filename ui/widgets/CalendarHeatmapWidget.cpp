// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarHeatmapWidget.h"

#include "render/CalendarHeatmap.h"
#include "render/ChartPalette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ladder {

namespace {

// A year spans 53 weeks, sometimes 54: sized for that before any data.
constexpr int YearOfWeeks = 53;

} // namespace

CalendarHeatmapWidget::CalendarHeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void CalendarHeatmapWidget::setData(const CalendarHeatmapData &data)
{
    m_data = data;
    if (m_data.lessLegend.isEmpty())
        m_data.lessLegend = tr("Less");
    if (m_data.moreLegend.isEmpty())
        m_data.moreLegend = tr("More");
    const bool keep = m_current.isValid() && m_current >= data.from && m_current <= data.to;
    setCurrentDay(keep ? m_current : data.to);
    updateGeometry();
    update();
}

void CalendarHeatmapWidget::setCurrentDay(const QDate &day)
{
    if (!day.isValid() || !m_data.from.isValid())
        return;
    m_current = std::clamp(day, m_data.from, m_data.to);
    setAccessibleDescription(describe(m_current));
    update();
}

QString CalendarHeatmapWidget::describe(const QDate &day) const
{
    const QString date = locale().toString(day, QStringLiteral("ddd d MMM yyyy"));
    const int count = m_data.count(day);
    if (count == 0)
        return tr("No wins on %1").arg(date);
    if (count == 1)
        return tr("1 win on %1").arg(date);
    return tr("%n wins on %1", nullptr, count).arg(date);
}

int CalendarHeatmapWidget::weeks() const
{
    const int weeks = CalendarHeatmapLayout::weekCount(m_data.from, m_data.to, locale().firstDayOfWeek());
    return weeks > 0 ? weeks : YearOfWeeks;
}

double CalendarHeatmapWidget::labelWidth() const
{
    // Room for the weekday names drawn and the legend's first word.
    const QFontMetricsF metrics(font());
    double widest = metrics.horizontalAdvance(m_data.lessLegend);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        widest = std::max(widest, metrics.horizontalAdvance(locale().dayName(day, QLocale::ShortFormat)));
    return std::ceil(widest + metrics.height() * 0.5);
}

double CalendarHeatmapWidget::labelHeight() const
{
    return std::ceil(QFontMetricsF(font()).height());
}

double CalendarHeatmapWidget::minimumPitch() const
{
    // Still a target for a mouse at 800x600; smaller would be guesswork.
    return std::max(7.0, std::round(labelHeight() * 0.5));
}

double CalendarHeatmapWidget::maximumPitch() const
{
    // About a line of text: a wide window does not make the year a poster.
    return labelHeight();
}

double CalendarHeatmapWidget::pitchFor(int width) const
{
    return std::clamp(std::floor(CalendarHeatmapLayout::pitchForWidth(width, weeks(), labelWidth())), minimumPitch(), maximumPitch());
}

CalendarHeatmapLayout CalendarHeatmapWidget::layout() const
{
    const double pitch = pitchFor(width());
    const QSizeF size = CalendarHeatmapLayout::sizeFor(weeks(), pitch, labelWidth(), labelHeight());
    const QPointF origin(std::max(0.0, std::floor((width() - size.width()) / 2.0)),
                         std::max(0.0, std::floor((height() - size.height()) / 2.0)));
    return CalendarHeatmapLayout(m_data.from, m_data.to, locale().firstDayOfWeek(), pitch, labelWidth(), labelHeight(), origin);
}

QSize CalendarHeatmapWidget::sizeHint() const
{
    return CalendarHeatmapLayout::sizeFor(weeks(), maximumPitch(), labelWidth(), labelHeight()).toSize();
}

QSize CalendarHeatmapWidget::minimumSizeHint() const
{
    return CalendarHeatmapLayout::sizeFor(weeks(), minimumPitch(), labelWidth(), labelHeight()).toSize();
}

int CalendarHeatmapWidget::heightForWidth(int width) const
{
    return int(std::ceil(CalendarHeatmapLayout::sizeFor(weeks(), pitchFor(width), labelWidth(), labelHeight()).height()));
}

bool CalendarHeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const CalendarHeatmapLayout grid = layout();
        const QDate day = grid.dayAt(help->pos());
        if (day.isValid())
            QToolTip::showText(help->globalPos(), describe(day), this, grid.cellRect(day).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CalendarHeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    CalendarHeatmap::paint(painter, layout(), m_data, ChartPalette::fromPalette(palette()), font(), hasFocus() ? m_current : QDate());
}

void CalendarHeatmapWidget::mousePressEvent(QMouseEvent *event)
{
    const QDate day = event->button() == Qt::LeftButton ? layout().dayAt(event->position()) : QDate();
    if (!day.isValid()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setCurrentDay(day);
    emit dayActivated(day);
}

void CalendarHeatmapWidget::keyPressEvent(QKeyEvent *event)
{
    if (!m_current.isValid()) {
        QWidget::keyPressEvent(event);
        return;
    }
    // Up and down walk the column (a day), left and right the row (a week), as drawn.
    switch (event->key()) {
    case Qt::Key_Up: setCurrentDay(m_current.addDays(-1)); break;
    case Qt::Key_Down: setCurrentDay(m_current.addDays(1)); break;
    case Qt::Key_Left: setCurrentDay(m_current.addDays(-7)); break;
    case Qt::Key_Right: setCurrentDay(m_current.addDays(7)); break;
    case Qt::Key_PageUp: setCurrentDay(m_current.addMonths(-1)); break;
    case Qt::Key_PageDown: setCurrentDay(m_current.addMonths(1)); break;
    case Qt::Key_Home: setCurrentDay(m_data.from); break;
    case Qt::Key_End: setCurrentDay(m_data.to); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: emit dayActivated(m_current); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void CalendarHeatmapWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void CalendarHeatmapWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace ladder
