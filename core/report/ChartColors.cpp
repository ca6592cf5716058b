// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartColors.h"

namespace ladder {

ChartColors ChartColors::light()
{
    // Blue and orange stay distinguishable for the common color-vision deficiencies
    // and in grey-scale print (different lightness, solid vs dashed outline).
    return ChartColors{QStringLiteral("#ffffff"), QStringLiteral("#222222"), QStringLiteral("#c4c4c4"), QStringLiteral("#1f5fa8"),
                       QStringLiteral("#d9731a")};
}

} // namespace ladder
