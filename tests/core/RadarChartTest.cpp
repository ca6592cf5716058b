// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFixtures.h"
#include "render/ChartPalette.h"
#include "render/RadarChart.h"
#include "report/RadarChartLayout.h"
#include "report/ReadinessReportModel.h"
#include "report/SvgRadarChart.h"
#include "ReportFixtures.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace ladder;
using namespace ladder::fixtures;

namespace {

RadarChartData workedExampleChart()
{
    Result<ReadinessReportModel> model = buildReadiness(workedExampleData(), u"senior"_s, h1(), d(2026, 11, 22));
    EXPECT_TRUE(model.ok());
    return model.ok() ? model->chart : RadarChartData{};
}

QImage paint(const RadarChartData &data, const QSize &size = QSize(640, 440))
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    RadarChart::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), data, ChartPalette::light());
    painter.end();
    return image;
}

} // namespace

TEST(RadarChart, PaintsTheRatingOverTheExpectation)
{
    const RadarChartData data = workedExampleChart();
    const QImage image = paint(data);
    const RadarChartLayout layout(data.axes.size());
    // Between testing's and debugging's spokes at 1.5: under the rating (blue,
    // 28%) over the expectation (orange, 10%), off the grid lines.
    const QPointF between = (layout.point(0, 1.5) + layout.point(1, 1.5)) / 2.0;
    const QColor rating = image.pixelColor(between.toPoint());
    EXPECT_GT(rating.blue(), rating.red() + 15) << rating.name().toStdString();
    // On mentoring's spoke at 1 (rated 0, expected 2): only the expectation, orange.
    const QPointF onSpoke = layout.point(3, 1.0);
    const QColor expected = image.pixelColor(QPoint(int(onSpoke.x()), int(onSpoke.y()) + 4));
    EXPECT_GT(expected.red(), expected.blue()) << expected.name().toStdString();
    // The corner opposite the legend stays background.
    EXPECT_EQ(image.pixelColor(630, 430), QColor(Qt::white));
}

TEST(RadarChart, KeepsItsAspectRatioInAnyRectangle)
{
    const RadarChartData data = workedExampleChart();
    // A wide rectangle: the chart is centred, the sides stay untouched.
    const QImage image = paint(data, QSize(1600, 440));
    for (int y = 0; y < image.height(); y += 10) {
        EXPECT_EQ(image.pixelColor(5, y), QColor(Qt::white));
        EXPECT_EQ(image.pixelColor(1594, y), QColor(Qt::white));
    }
    EXPECT_DOUBLE_EQ(RadarChart::aspectRatio(), RadarChartLayout::Height / RadarChartLayout::Width);
}

TEST(RadarChart, EmptyDataPaintsNothing)
{
    const QImage image = paint(RadarChartData{});
    QImage white(image.size(), image.format());
    white.fill(Qt::white);
    EXPECT_EQ(image, white);
    EXPECT_TRUE(SvgRadarChart::svg(RadarChartData{}, ChartColors::light(), u"t"_s).isEmpty());
}

TEST(RadarChart, LabelsGrowAwayFromTheChart)
{
    const RadarChartLayout layout(4);
    EXPECT_EQ(layout.label(0).horizontal, RadarChartLayout::HAlign::Center);
    EXPECT_EQ(layout.label(0).vertical, RadarChartLayout::VAlign::Bottom);
    EXPECT_EQ(layout.label(1).horizontal, RadarChartLayout::HAlign::Left);
    EXPECT_EQ(layout.label(2).vertical, RadarChartLayout::VAlign::Top);
    EXPECT_EQ(layout.label(3).horizontal, RadarChartLayout::HAlign::Right);
    // Every label anchor lies inside the canvas.
    const RadarChartLayout many(25);
    for (qsizetype axis = 0; axis < 25; ++axis) {
        const QPointF a = many.label(axis).anchor;
        EXPECT_TRUE(QRectF(0, 0, RadarChartLayout::Width, RadarChartLayout::Height).contains(a));
    }
}

TEST(RadarChart, SvgUsesTheSameGeometry)
{
    const RadarChartData data = workedExampleChart();
    const QString svg = SvgRadarChart::svg(data, ChartColors::light(), u"Rating vs expectation"_s);
    const RadarChartLayout layout(data.axes.size());
    const QPointF debugging = layout.point(1, 4);
    EXPECT_TRUE(svg.contains(QString::number(debugging.x(), 'f', 1) + QLatin1Char(',') + QString::number(debugging.y(), 'f', 1)));
    EXPECT_TRUE(svg.contains(ChartColors::light().rating));
    EXPECT_TRUE(svg.contains(u"<title id=\"radar-title\">Rating vs expectation</title>"_s));
}

TEST(RadarChart, TheOuterRingIsTheTopOfTheFrameworksScale)
{
    // On a 0-5 scale a 5 reaches the outer ring and a 4 does not; five rings
    // are drawn and numbered.
    const RadarChartLayout six(3, 5);
    EXPECT_EQ(six.maxValue(), 5);
    EXPECT_EQ(six.point(0, 5), six.spokeEnd(0));
    EXPECT_NE(six.point(0, 4), six.spokeEnd(0));
    EXPECT_EQ(RadarChartLayout(3).point(0, 4), six.spokeEnd(0)); // the built-in 0-4
    RadarChartData data;
    data.maxValue = 5;
    data.axes = {{u"testing"_s, u"Testing"_s, 5, 4, false},
                 {u"on-call"_s, u"On-call"_s, 2, 3, false},
                 {u"mentoring"_s, u"Mentoring"_s, 1, 5, false}};
    const QString svg = SvgRadarChart::svg(data, ChartColors::light(), u"Six steps"_s);
    EXPECT_EQ(svg.count(u"<polygon points="_s), 5 + 2); // five rings, the expectation and the rating
    EXPECT_TRUE(svg.contains(u">5</text>"_s));
    EXPECT_FALSE(svg.contains(u">6</text>"_s));
}

TEST(ChartPalette, FollowsADarkTheme)
{
    const ChartPalette p = ChartPalette::fromPalette(darkThemePalette());
    EXPECT_FALSE(p.background.isValid());
    EXPECT_EQ(p.text, QColor(0xee, 0xee, 0xee));
    EXPECT_GT(p.rating.lightness(), ChartPalette::light().rating.lightness());
    EXPECT_EQ(ChartPalette::light().rating, QColor(ChartColors::light().rating));
}
