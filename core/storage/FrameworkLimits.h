// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include <QtGlobal>

namespace ladder {

// How much a framework file may hold (docs/formats.md, "Limits"): a framework
// of 20,000 levels is refused with one line instead of being checked for
// seconds.
struct FrameworkLimits
{
    static constexpr qsizetype Levels = 100;
    static constexpr qsizetype Categories = 100;
    static constexpr qsizetype Skills = 1000;
    static constexpr qsizetype Behaviours = 100; // per expectation
    static constexpr qsizetype NameLength = 200; // names (characters)
    static constexpr qsizetype BehaviourLength = 2000;
    static constexpr qsizetype DescriptionLength = 10000;
};

} // namespace ladder
