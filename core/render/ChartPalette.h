// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ChartColors.h"

#include <QColor>
#include <QPalette>

namespace ladder {

// The colors RadarChart paints with. Passed in rather than fixed so that the
// GUI's dark theme gets a chart that reads on a dark background, while paper
// and PDF use light() (the same colors as the HTML report's SVG).
struct ChartPalette
{
    QColor background; // invalid: leave the background alone (transparent)
    QColor text;
    QColor grid;
    QColor rating;
    QColor expected;

    static ChartPalette fromColors(const ChartColors &colors);
    // Paper, PDF and the light theme.
    static ChartPalette light();
    // From a widget's palette: text and grid follow the theme (light or dark),
    // the two series keep their hues, lightened on a dark background.
    static ChartPalette fromPalette(const QPalette &palette);
};

} // namespace ladder
