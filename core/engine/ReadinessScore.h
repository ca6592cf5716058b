// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProficiencyScale.h"

#include <QtGlobal>

namespace ladder {

// The readiness arithmetic of docs/readiness.md, in one place.
//
// A skill's score is min(rating, expected) / expected, halved when no win backs
// it in the period. With expected in 1..max every such score is a whole number
// of "points" when a full score is 2 x lcm(1..max) points (24 on the built-in
// 0-4 scale, 120 on a 0-5 one), so scores are kept as integer points and
// percentages are rounded from exact integers: the same inputs give the same
// digits on every compiler and platform, and no 66.66...% ever rounds two ways.
class ReadinessScore
{
public:
    // A full score on the built-in 0-4 scale.
    static constexpr int FullPoints = 24;

    // A full score on `scale`: 2 x lcm(1..max).
    static int fullPoints(const ProficiencyScale &scale);
    // Points 0..fullPoints(scale) for one skill. `rating` and `expected` are
    // clamped to the scale first. expected == 0 scores full points (nothing
    // asked, nothing missing); callers leave such skills out of averages.
    static int points(int rating, int expected, bool hasEvidence, const ProficiencyScale &scale);
    // round_half_up(100 x totalPoints / (fullPoints x skillCount)); 100 when
    // skillCount is 0 (nothing expected is nothing missing).
    static int percent(qint64 totalPoints, qsizetype skillCount, int fullPoints = FullPoints);
    // totalPoints / (fullPoints x skillCount), 0.0-1.0; 1.0 when skillCount is 0.
    static double fraction(qint64 totalPoints, qsizetype skillCount, int fullPoints = FullPoints);
};

} // namespace ladder
