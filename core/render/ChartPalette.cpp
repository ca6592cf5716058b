// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPalette.h"

namespace ladder {

ChartPalette ChartPalette::fromColors(const ChartColors &colors)
{
    return ChartPalette{QColor(colors.background), QColor(colors.text), QColor(colors.grid), QColor(colors.rating),
                        QColor(colors.expected)};
}

ChartPalette ChartPalette::light()
{
    return fromColors(ChartColors::light());
}

ChartPalette ChartPalette::fromPalette(const QPalette &palette)
{
    ChartPalette p = light();
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    p.background = QColor();
    p.text = palette.color(QPalette::Text);
    p.grid = palette.color(QPalette::Mid);
    if (dark) {
        p.rating = p.rating.lighter(170);
        p.expected = p.expected.lighter(130);
    }
    return p;
}

} // namespace ladder
