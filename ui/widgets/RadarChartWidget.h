// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/RadarChartData.h"

#include <QWidget>

namespace ladder {

// The readiness radar (rating against a level's expectation, one spoke per
// expected skill) on screen, painted by render/RadarChart: the very drawing
// that goes on paper and into PDFs, colored from this widget's palette so it
// reads in dark mode too.
class RadarChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RadarChartWidget(QWidget *parent = nullptr);

    void setData(const RadarChartData &data);
    const RadarChartData &data() const { return m_data; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    RadarChartData m_data;
};

} // namespace ladder
