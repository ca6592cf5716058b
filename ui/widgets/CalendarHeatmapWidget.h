// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/CalendarHeatmapData.h"
#include "render/CalendarHeatmapLayout.h"

#include <QWidget>

namespace ladder {

// The year of wins at a glance on screen: a square per day coloured by how
// many wins it holds, painted by render/CalendarHeatmap from this widget's
// palette. Each day tells its count as a tooltip; a click on it, or Enter on
// the day picked with the arrow keys (up and down a day, left and right a
// week, Home and End the period's ends, Page Up and Down a month), asks for
// that day's wins. Squares grow with the width between a small and a
// comfortable size; the drawing is centred in any extra space.
class CalendarHeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarHeatmapWidget(QWidget *parent = nullptr);

    // The period's counts; the current day stays where it was if it is still
    // in the period, or becomes the period's last day.
    void setData(const CalendarHeatmapData &data);
    const CalendarHeatmapData &data() const { return m_data; }

    // The day the keyboard is on.
    QDate currentDay() const { return m_current; }
    void setCurrentDay(const QDate &day);
    // Where everything is drawn at the widget's size (hit-testing, tests).
    CalendarHeatmapLayout layout() const;
    // "3 wins on Tue 12 May 2026", the tooltip and accessible text of a day.
    QString describe(const QDate &day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    // A day clicked, or Enter pressed on it: show its wins.
    void dayActivated(const QDate &day);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int weeks() const;
    double labelWidth() const;
    double labelHeight() const;
    double minimumPitch() const;
    double maximumPitch() const;
    double pitchFor(int width) const;

    CalendarHeatmapData m_data;
    QDate m_current;
};

} // namespace ladder
