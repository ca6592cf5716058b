// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace ladder {

// The few colors that carry meaning (met, gap, overdue, uncovered), chosen
// from the palette's lightness so that they read on a light and a dark
// background alike. Meaning is never carried by color alone: the text next to
// it says the same ("overdue", "uncovered", "gap 2").
namespace StatusColors {

bool isDark(const QPalette &palette);
QColor good(const QPalette &palette);    // met, done
QColor warning(const QPalette &palette); // claimed without evidence, due soon
QColor bad(const QPalette &palette);     // gap, overdue, uncovered
// A color between the text and the base: tracks, grid lines, secondary text.
QColor subtle(const QPalette &palette);
// `color` with the given opacity (0-255).
QColor withAlpha(QColor color, int alpha);

} // namespace StatusColors

} // namespace ladder
