// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's calendar of wins: its layout (day <-> square, the same
// both ways), its colour steps, and the painting from them.

#include "ChartFixtures.h"
#include "render/CalendarHeatmap.h"
#include "render/CalendarHeatmapLayout.h"
#include "render/ChartPalette.h"

#include <QImage>
#include <QPainter>
#include <QSet>

#include <gtest/gtest.h>

using namespace ladder;

namespace {

// The readiness period the dashboard shows on 2026-11-20 (a Friday).
const QDate From(2025, 11, 21);
const QDate To(2026, 11, 20);

CalendarHeatmapLayout yearLayout(Qt::DayOfWeek firstDay = Qt::Monday)
{
    return CalendarHeatmapLayout(From, To, firstDay, 12.0, 30.0, 16.0, QPointF(5, 7));
}

} // namespace

TEST(CalendarHeatmapLayout, AWeekIsAColumnAndADayARow)
{
    EXPECT_EQ(CalendarHeatmapLayout::weekCount(QDate(2026, 5, 11), QDate(2026, 5, 17), Qt::Monday), 1);
    EXPECT_EQ(CalendarHeatmapLayout::weekCount(QDate(2026, 5, 11), QDate(2026, 5, 17), Qt::Sunday), 2);
    EXPECT_EQ(CalendarHeatmapLayout::weekCount(To, From, Qt::Monday), 0);

    const CalendarHeatmapLayout layout = yearLayout();
    EXPECT_EQ(layout.weeks(), 53);
    // The first day, a Friday, is the fifth row of the first column, under
    // the month labels and right of the weekday labels.
    EXPECT_EQ(layout.cellRect(From).topLeft(), QPointF(5 + 30 + 0 * 12, 7 + 16 + 4 * 12));
    // The next day is below, a week later is right of it.
    EXPECT_EQ(layout.cellRect(From.addDays(1)).topLeft(), layout.cellRect(From).topLeft() + QPointF(0, 12));
    EXPECT_EQ(layout.cellRect(From.addDays(7)).topLeft(), layout.cellRect(From).topLeft() + QPointF(12, 0));
    EXPECT_EQ(layout.cellRect(To).topLeft(), QPointF(5 + 30 + 52 * 12, 7 + 16 + 4 * 12));
    // Squares are smaller than the pitch: a gap shows between them.
    EXPECT_LT(layout.cellSize(), 12.0);
    EXPECT_GT(layout.cellSize(), 8.0);

    // Sunday first: a Sunday is the top row.
    const CalendarHeatmapLayout sunday = yearLayout(Qt::Sunday);
    EXPECT_EQ(sunday.weekdayOf(0), Qt::Sunday);
    EXPECT_EQ(sunday.cellRect(QDate(2025, 11, 23)).top(), sunday.gridRect().top());
}

TEST(CalendarHeatmapLayout, EveryDayIsFoundAtItsOwnSquare)
{
    const CalendarHeatmapLayout layout = yearLayout();
    QSet<QDate> seen;
    for (QDate day = From; day <= To; day = day.addDays(1)) {
        const QRectF cell = layout.cellRect(day);
        ASSERT_FALSE(cell.isEmpty()) << day.toString(Qt::ISODate).toStdString();
        EXPECT_TRUE(layout.gridRect().contains(cell));
        EXPECT_EQ(layout.dayAt(cell.center()), day);
        EXPECT_EQ(layout.dayAt(cell.topLeft()), day);
        seen.insert(day);
    }
    EXPECT_EQ(seen.size(), From.daysTo(To) + 1);
}

TEST(CalendarHeatmapLayout, NoDayOutsideThePeriodOrTheSquares)
{
    const CalendarHeatmapLayout layout = yearLayout();
    EXPECT_TRUE(layout.cellRect(From.addDays(-1)).isEmpty());
    EXPECT_TRUE(layout.cellRect(To.addDays(1)).isEmpty());
    EXPECT_TRUE(layout.cellRect(QDate()).isEmpty());
    // The first column's Monday (2025-11-17) is before the period.
    EXPECT_FALSE(layout.dayAt(layout.gridRect().topLeft() + QPointF(1, 1)).isValid());
    // The last column's Saturday is after it.
    EXPECT_FALSE(layout.dayAt(layout.gridRect().bottomRight() - QPointF(1, 1)).isValid());
    // Labels and legend are no day.
    EXPECT_FALSE(layout.dayAt(layout.weekdayLabelRect(2).center()).isValid());
    EXPECT_FALSE(layout.dayAt(layout.monthLabels().at(3).rect.center()).isValid());
    EXPECT_FALSE(layout.dayAt(layout.legendSwatch(2).center()).isValid());
    EXPECT_FALSE(layout.dayAt(QPointF(-100, -100)).isValid());
}

TEST(CalendarHeatmapLayout, MonthLabelsStartAtTheirFirstWeek)
{
    const CalendarHeatmapLayout layout = yearLayout();
    const QList<CalendarHeatmapLayout::MonthLabel> labels = layout.monthLabels();
    ASSERT_EQ(labels.size(), 13); // the rest of Nov 2025, then Dec 2025 to Nov 2026
    EXPECT_EQ(labels.first().month, From);
    EXPECT_EQ(labels.at(1).month, QDate(2025, 12, 1));
    EXPECT_EQ(labels.last().month, QDate(2026, 11, 1));
    for (qsizetype i = 1; i < labels.size(); ++i) {
        // Each starts at the column of its first day and where the previous one ends.
        EXPECT_DOUBLE_EQ(labels.at(i).rect.left(), layout.cellRect(labels.at(i).month).left());
        EXPECT_DOUBLE_EQ(labels.at(i).rect.left(), labels.at(i - 1).rect.right());
        EXPECT_LT(labels.at(i).rect.bottom(), layout.gridRect().top() + 0.001);
    }
    EXPECT_DOUBLE_EQ(labels.last().rect.right(), layout.gridRect().right());
}

TEST(CalendarHeatmapLayout, ThePitchFillsTheWidthGiven)
{
    const int weeks = CalendarHeatmapLayout::weekCount(From, To, Qt::Monday);
    const double pitch = CalendarHeatmapLayout::pitchForWidth(700.0, weeks, 40.0);
    EXPECT_DOUBLE_EQ(CalendarHeatmapLayout::sizeFor(weeks, pitch, 40.0, 18.0).width(), 700.0);
    EXPECT_DOUBLE_EQ(CalendarHeatmapLayout::sizeFor(weeks, pitch, 40.0, 18.0).height(), 18.0 * 2 + 7 * pitch);
    const CalendarHeatmapLayout layout(From, To, Qt::Monday, pitch, 40.0, 18.0);
    EXPECT_DOUBLE_EQ(layout.boundingRect().width(), 700.0);
    EXPECT_DOUBLE_EQ(layout.gridRect().right(), 700.0);
}

TEST(CalendarHeatmapLayout, ColourStepsSplitTheBusiestDayInFour)
{
    EXPECT_EQ(CalendarHeatmapLayout::bucket(0, 25), 0);
    EXPECT_EQ(CalendarHeatmapLayout::bucket(0, 0), 0);
    EXPECT_EQ(CalendarHeatmapLayout::bucket(1, 25), 1); // one win is never empty
    EXPECT_EQ(CalendarHeatmapLayout::bucket(6, 25), 1);
    EXPECT_EQ(CalendarHeatmapLayout::bucket(7, 25), 2);
    EXPECT_EQ(CalendarHeatmapLayout::bucket(13, 25), 3);
    EXPECT_EQ(CalendarHeatmapLayout::bucket(19, 25), 4);
    EXPECT_EQ(CalendarHeatmapLayout::bucket(25, 25), 4);
    EXPECT_EQ(CalendarHeatmapLayout::bucket(1, 1), 4); // one a day at most: each is the busiest
    EXPECT_EQ(CalendarHeatmapLayout::bucket(1, 2), 2);
}

TEST(CalendarHeatmap, ColoursByCountInTheChartColours)
{
    CalendarHeatmapData data;
    data.from = From;
    data.to = To;
    data.counts = {{QDate(2026, 5, 12), 8}, {QDate(2026, 5, 13), 1}};
    const CalendarHeatmapLayout layout = yearLayout();
    QImage image(layout.size().toSize() + QSize(10, 10), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const ChartPalette palette = ChartPalette::light();
    CalendarHeatmap::paint(painter, layout, data, palette);
    painter.end();

    const QColor busiest = image.pixelColor(layout.cellRect(QDate(2026, 5, 12)).center().toPoint());
    const QColor quiet = image.pixelColor(layout.cellRect(QDate(2026, 5, 13)).center().toPoint());
    const QColor empty = image.pixelColor(layout.cellRect(QDate(2026, 5, 14)).center().toPoint());
    // The busiest day in the rating colour itself, a quiet one paler, an empty one grey.
    EXPECT_EQ(busiest, palette.rating);
    EXPECT_GT(quiet.blue(), quiet.red() + 15) << quiet.name().toStdString();
    EXPECT_GT(quiet.lightness(), busiest.lightness());
    EXPECT_LT(std::abs(empty.red() - empty.blue()), 4) << empty.name().toStdString();
    EXPECT_LT(empty.lightness(), 255);
    // Outside the period, nothing is drawn.
    EXPECT_EQ(image.pixelColor(layout.gridRect().topLeft().toPoint() + QPoint(3, 3)), QColor(Qt::white));
}

TEST(CalendarHeatmap, TheDarkPaletteKeepsTheStepsApart)
{
    const ChartPalette palette = ChartPalette::fromPalette(fixtures::darkThemePalette());
    QImage image(QSize(20, 20 * CalendarHeatmapLayout::Buckets), QImage::Format_ARGB32);
    image.fill(QColor(0x20, 0x20, 0x20));
    QPainter painter(&image);
    for (int bucket = 0; bucket < CalendarHeatmapLayout::Buckets; ++bucket)
        painter.fillRect(QRect(0, bucket * 20, 20, 20), CalendarHeatmap::color(bucket, palette));
    painter.end();
    // On a dark background more wins are brighter: each step stands out from the one before.
    for (int bucket = 1; bucket < CalendarHeatmapLayout::Buckets; ++bucket) {
        const int before = image.pixelColor(10, (bucket - 1) * 20 + 10).lightness();
        const int now = image.pixelColor(10, bucket * 20 + 10).lightness();
        EXPECT_GT(now, before + 8) << "bucket " << bucket;
    }
}
