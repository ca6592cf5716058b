// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusColors.h"

#include <QPalette>

namespace ladder::StatusColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor good(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x66, 0xc2, 0x7a) : QColor(0x1b, 0x7a, 0x36);
}

QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x9a, 0x5b, 0x00);
}

QColor bad(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x26, 0x26);
}

QColor subtle(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor((text.red() + base.red() * 2) / 3, (text.green() + base.green() * 2) / 3, (text.blue() + base.blue() * 2) / 3);
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace ladder::StatusColors
