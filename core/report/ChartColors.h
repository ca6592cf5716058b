// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ladder {

// Chart colors as "#rrggbb" text, so that core can write them into SVG without
// QtGui; render turns them into QColors (ChartPalette). One definition keeps the
// HTML chart and the painted chart (screen, PDF) the same.
struct ChartColors
{
    QString background;
    QString text;
    QString grid;     // rings and spokes
    QString rating;   // the user's polygon
    QString expected; // the level's polygon

    // For paper and the light theme.
    static ChartColors light();
};

} // namespace ladder
