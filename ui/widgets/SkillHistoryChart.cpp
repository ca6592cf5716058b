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

SkillHistoryChart::Layout SkillHistoryChart::layout() const
{
    Layout out;
    const QFontMetrics metrics = fontMetrics();
    const int pad = metrics.height() / 2;

    if (m_history.isEmpty()) {
        // No grid and no level lines to write over: what the levels expect,
        // in words under the message.
        QStringList expected;
        for (const Line &l : m_lines)
            expected << l.label;
        QString text = tr("Not rated yet");
        if (!expected.isEmpty())
            text += QLatin1Char('\n') + tr("Expected: %1").arg(expected.join(QStringLiteral(" \u00B7 ")));
        out.message = {QRectF(rect()).adjusted(pad, pad, -pad, -pad), text, int(Qt::AlignCenter) | int(Qt::TextWordWrap)};
        return out;
    }

    int labelWidth = 0;
    for (const Line &l : m_lines)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(l.label));
    const int valueWidth = metrics.horizontalAdvance(QString::number(m_maxValue));
    const QRectF plot(pad + valueWidth + pad, pad + metrics.height() / 2.0, width() - (3 * pad + valueWidth + labelWidth + pad),
                      height() - (2 * pad + metrics.height() * 1.5));
    if (plot.width() < 20 || plot.height() < 20)
        return out;
    out.plot = plot;

    auto yFor = [&](int value) { return plot.bottom() - plot.height() * std::clamp(value, 0, m_maxValue) / double(m_maxValue); };
    for (int v = 0; v <= m_maxValue; ++v)
        out.values.append({QRectF(pad, yFor(v) - metrics.height() / 2.0, valueWidth, metrics.height()), QString::number(v),
                           Qt::AlignRight | Qt::AlignVCenter});
    for (const Line &l : m_lines) {
        const qreal y = yFor(l.value);
        out.lineYs << y;
        out.lineLabels.append({QRectF(plot.right() + pad, y - metrics.height() / 2.0, labelWidth + pad, metrics.height()), l.label,
                               Qt::AlignLeft | Qt::AlignVCenter});
    }

    // Time axis from the first rating (or a month before a lone one) to today.
    // A lone rating is the middle of its axis: as far back before it as
    // today is after it, a month at least.
    const bool lone = m_history.size() == 1;
    QDate first = m_history.first().date;
    QDate last = m_today.isValid() && m_today > m_history.last().date ? m_today : m_history.last().date;
    if (lone) {
        const qint64 after = std::max<qint64>(30, first.daysTo(last));
        last = first.addDays(after);
        first = first.addDays(-after);
    } else if (first >= last) {
        first = last.addMonths(-1);
    }
    const qreal span = qreal(first.daysTo(last));
    auto xFor = [&](const QDate &d) { return plot.left() + plot.width() * qreal(first.daysTo(d)) / span; };
    for (const Assessment &a : m_history)
        out.points << QPointF(xFor(a.date), yFor(a.rating));
    const QDate stepEnd = m_today.isValid() && m_today > m_history.last().date ? m_today : m_history.last().date;
    out.end = QPointF(xFor(stepEnd), out.points.last().y());

    const qreal top = plot.bottom() + 2;
    if (lone) {
        // The rating's own date under its dot, and today's at the end of its
        // step when there is room for both.
        const QString date = DisplayDate::text(m_history.first().date);
        const qreal width = metrics.horizontalAdvance(date) + pad;
        const qreal x = std::clamp(out.points.first().x() - width / 2, plot.left(), plot.right() - width);
        out.dates.append({QRectF(x, top, width, metrics.height()), date, Qt::AlignCenter});
        if (stepEnd > m_history.first().date) {
            const QString today = DisplayDate::text(stepEnd);
            const qreal todayWidth = metrics.horizontalAdvance(today) + pad;
            const QRectF at(std::min(out.end.x() - todayWidth / 2, plot.right() - todayWidth), top, todayWidth, metrics.height());
            if (at.left() > x + width)
                out.dates.append({at, today, Qt::AlignCenter});
        }
        return out;
    }
    const QString firstLabel = DisplayDate::text(first);
    const QString lastLabel = DisplayDate::text(last);
    const QRectF axis(plot.left(), top, plot.width(), metrics.height());
    out.dates.append({axis, firstLabel, Qt::AlignLeft | Qt::AlignTop});
    if (plot.width() > metrics.horizontalAdvance(firstLabel + lastLabel) + pad)
        out.dates.append({axis, lastLabel, Qt::AlignRight | Qt::AlignTop});
    return out;
}

qreal SkillHistoryChart::dotRadius() const
{
    // Big enough to see where it sits on a level line it meets.
    return std::max<qreal>(4.0, fontMetrics().height() * 0.3);
}

void SkillHistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = StatusColors::subtle(pal);

    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(grid);
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    p.setFont(font());

    const Layout at = layout();
    if (!at.message.text.isEmpty()) {
        p.setPen(text);
        p.drawText(at.message.rect, at.message.flags, at.message.text);
        return;
    }
    if (at.plot.isEmpty())
        return;

    for (const Label &value : at.values) {
        p.setPen(QPen(StatusColors::withAlpha(grid, 140), 1));
        p.drawLine(QPointF(at.plot.left(), value.rect.center().y()), QPointF(at.plot.right(), value.rect.center().y()));
        p.setPen(text);
        p.drawText(value.rect, value.flags, value.text);
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QColor color = m_lines.at(i).highlight ? StatusColors::bad(pal) : text;
        p.setPen(QPen(color, 1.5, Qt::DashLine));
        p.drawLine(QPointF(at.plot.left(), at.lineYs.at(i)), QPointF(at.plot.right(), at.lineYs.at(i)));
        p.setPen(color);
        p.drawText(at.lineLabels.at(i).rect, at.lineLabels.at(i).flags, at.lineLabels.at(i).text);
    }
    p.setPen(text);
    for (const Label &date : at.dates)
        p.drawText(date.rect, date.flags, date.text);

    QPainterPath path;
    for (qsizetype i = 0; i < at.points.size(); ++i) {
        const QPointF point = at.points.at(i);
        if (i == 0) {
            path.moveTo(point);
        } else {
            path.lineTo(point.x(), path.currentPosition().y());
            path.lineTo(point);
        }
    }
    path.lineTo(at.end);
    const QColor accent = pal.color(QPalette::Highlight);
    p.setPen(QPen(accent, 2.5));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(accent);
    p.setPen(QPen(pal.color(QPalette::Base), 1.5));
    const qreal radius = dotRadius();
    for (const QPointF &point : at.points)
        p.drawEllipse(point, radius, radius);
}

} // namespace ladder
