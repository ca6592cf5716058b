// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillHistoryChart.h"

#include "DisplayDate.h"

#include "StatusColors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ladder {

SkillHistoryChart::SkillHistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setFocusPolicy(Qt::NoFocus);
}

void SkillHistoryChart::setHistory(const QList<Assessment> &history, const QDate &today, const QList<Line> &lines, int maxValue)
{
    m_maxValue = std::max(1, maxValue);
    m_history = history;
    m_today = today;
    m_lines = lines;
    QStringList spoken;
    for (const Assessment &a : history)
        spoken << tr("%1: %2").arg(DisplayDate::text(a.date)).arg(a.rating);
    setAccessibleDescription(spoken.isEmpty() ? tr("No ratings yet") : spoken.join(QStringLiteral("; ")));
    update();
}

QSize SkillHistoryChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 22, line * 9);
}

QSize SkillHistoryChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 12, line * 7);
}

void SkillHistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = StatusColors::subtle(pal);

    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(grid);
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));

    int labelWidth = 0;
    for (const Line &l : std::as_const(m_lines))
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(l.label));
    const int pad = metrics.height() / 2;
    const QRectF plot(pad + metrics.horizontalAdvance(QString::number(m_maxValue)) + pad, pad + metrics.height() / 2.0,
                      width() - (3 * pad + metrics.horizontalAdvance(QString::number(m_maxValue)) + labelWidth + pad),
                      height() - (2 * pad + metrics.height() * 1.5));
    if (plot.width() < 20 || plot.height() < 20)
        return;

    auto yFor = [&](int value) { return plot.bottom() - plot.height() * std::clamp(value, 0, m_maxValue) / double(m_maxValue); };
    p.setFont(font());
    for (int v = 0; v <= m_maxValue; ++v) {
        const qreal y = yFor(v);
        p.setPen(QPen(StatusColors::withAlpha(grid, 140), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(pad, y - metrics.height() / 2.0, metrics.horizontalAdvance(QString::number(m_maxValue)), metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    for (const Line &l : std::as_const(m_lines)) {
        const QColor color = l.highlight ? StatusColors::bad(pal) : text;
        const qreal y = yFor(l.value);
        p.setPen(QPen(color, 1.5, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(color);
        p.drawText(QRectF(plot.right() + pad, y - metrics.height() / 2.0, labelWidth + pad, metrics.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, l.label);
    }

    if (m_history.isEmpty()) {
        p.setPen(text);
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, tr("Not rated yet"));
        return;
    }

    // Time axis from the first rating (or a month before a lone one) to today.
    QDate first = m_history.first().date;
    QDate last = m_today.isValid() && m_today > m_history.last().date ? m_today : m_history.last().date;
    if (first >= last)
        first = last.addMonths(-1);
    const qreal span = qreal(first.daysTo(last));
    auto xFor = [&](const QDate &d) { return plot.left() + plot.width() * qreal(first.daysTo(d)) / span; };

    p.setPen(text);
    const QString firstLabel = DisplayDate::text(first);
    const QString lastLabel = DisplayDate::text(last);
    const QRectF axis(plot.left(), plot.bottom() + 2, plot.width(), metrics.height());
    p.drawText(axis, Qt::AlignLeft | Qt::AlignTop, firstLabel);
    if (plot.width() > metrics.horizontalAdvance(firstLabel + lastLabel) + pad)
        p.drawText(axis, Qt::AlignRight | Qt::AlignTop, lastLabel);

    QPainterPath path;
    for (qsizetype i = 0; i < m_history.size(); ++i) {
        const QPointF point(xFor(m_history.at(i).date), yFor(m_history.at(i).rating));
        if (i == 0) {
            path.moveTo(point);
        } else {
            path.lineTo(point.x(), path.currentPosition().y());
            path.lineTo(point);
        }
    }
    path.lineTo(xFor(last), path.currentPosition().y());
    const QColor accent = pal.color(QPalette::Highlight);
    p.setPen(QPen(accent, 2.5));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(accent);
    p.setPen(QPen(pal.color(QPalette::Base), 1.5));
    const qreal radius = std::max<qreal>(3.0, metrics.height() / 5.0);
    for (const Assessment &a : std::as_const(m_history))
        p.drawEllipse(QPointF(xFor(a.date), yFor(a.rating)), radius, radius);
}

} // namespace ladder
