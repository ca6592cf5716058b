// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ladder {

// The readiness arithmetic of docs/readiness.md, in one place.
//
// A skill's score is min(rating, expected) / expected, halved when no win backs
// it in the period. With expected in 1-4 every such score is a whole number of
// 24ths (24 = lcm(1, 2, 3, 4) x 2 for the halving), so scores are kept as integer
// "points" out of 24 and percentages are rounded from exact integers: the same
// inputs give the same digits on every compiler and platform, and no 66.66...%
// ever rounds two ways.
class ReadinessScore
{
public:
    static constexpr int FullPoints = 24;

    // Points 0-24 for one skill. `rating` and `expected` are clamped to 0-4
    // first. expected == 0 scores FullPoints (nothing asked, nothing missing);
    // callers leave such skills out of averages.
    static int points(int rating, int expected, bool hasEvidence);
    // round_half_up(100 x totalPoints / (24 x skillCount)); 100 when skillCount is 0
    // (nothing expected is nothing missing).
    static int percent(qint64 totalPoints, qsizetype skillCount);
    // totalPoints / (24 x skillCount), 0.0-1.0; 1.0 when skillCount is 0.
    static double fraction(qint64 totalPoints, qsizetype skillCount);
};

} // namespace ladder
