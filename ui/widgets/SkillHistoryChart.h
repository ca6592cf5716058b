// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QWidget>

namespace ladder {

// A small step chart of one skill's ratings over time (a rating holds until
// the next one), with the current and target levels' expectations as dashed
// lines. Painted from the palette so it follows light and dark mode. With no
// rating it draws no grid, only what the levels expect in words; a lone
// rating sits in the middle with its date under it.
class SkillHistoryChart : public QWidget
{
    Q_OBJECT

public:
    explicit SkillHistoryChart(QWidget *parent = nullptr);

    struct Line
    {
        QString label; // "Senior expects 3"
        int value = 0;
        bool highlight = false;
    };

    // History oldest first; `today` ends the time axis; the value axis runs
    // 0-`maxValue`, the top of the framework's scale (a rating above it, given
    // on a longer scale, is drawn at the top).
    void setHistory(const QList<Assessment> &history, const QDate &today, const QList<Line> &lines, int maxValue);
    int maxValue() const { return m_maxValue; }
    int pointCount() const { return int(m_history.size()); }

    // A text drawn on the chart, where it goes.
    struct Label
    {
        QRectF rect;
        QString text;
        int flags = 0; // Qt::AlignmentFlag and Qt::TextFlag, as QPainter::drawText takes them
    };
    // Where the chart's parts go at its present size: what paintEvent draws,
    // and what tests measure.
    struct Layout
    {
        QRectF plot;         // the value grid; empty when there is none
        QList<Label> values; // the value axis, 0 to maxValue
        QList<qreal> lineYs; // each level line's height, in the lines' order
        QList<Label> lineLabels;
        QList<QPointF> points; // each rating's dot, oldest first
        QPointF end;           // where the last rating's step ends (today)
        QList<Label> dates;    // the time axis
        Label message;         // the empty state; no text when rated
    };
    Layout layout() const;
    qreal dotRadius() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Assessment> m_history;
    QList<Line> m_lines;
    QDate m_today;
    int m_maxValue = 4;
};

} // namespace ladder
