// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include <QtGlobal>

namespace ladder {

// How much one win or goal may hold (docs/formats.md, "Limits").
// Far above real use, they keep every per-item check linear and bounded, so
// no file or command line can hold the write lock for long: 100,000 tags on
// one win is refused with one line.
struct WinLimits
{
    static constexpr qsizetype TitleLength = 500;     // win, goal and milestone titles (characters)
    static constexpr qsizetype ImpactLength = 2000;   // characters
    static constexpr qsizetype TextLength = 16 << 20; // a body or note (characters), as `win add` reads
    static constexpr qsizetype TagLength = 100;
    static constexpr qsizetype SourceLength = 300; // an imported win's source id
    static constexpr qsizetype Tags = 100;         // per win
    static constexpr qsizetype Skills = 100;       // per win or goal
    static constexpr qsizetype Goals = 100;        // per win
    static constexpr qsizetype Milestones = 100;   // per goal
};

} // namespace ladder
