// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessScore.h"

#include <algorithm>
#include <numeric>

namespace ladder {

int ReadinessScore::fullPoints(const ProficiencyScale &scale)
{
    int multiple = 1;
    for (int e = 2; e <= scale.max(); ++e)
        multiple = std::lcm(multiple, e);
    return 2 * multiple;
}

int ReadinessScore::points(int rating, int expected, bool hasEvidence, const ProficiencyScale &scale)
{
    const int full = fullPoints(scale);
    const int r = scale.clamp(rating);
    const int e = scale.clamp(expected);
    if (e == 0)
        return full;
    // full / e is exact and even for e in 1..max, so the halving below is exact too.
    const int earned = (full / e) * std::min(r, e);
    return hasEvidence ? earned : earned / 2;
}

int ReadinessScore::percent(qint64 totalPoints, qsizetype skillCount, int fullPoints)
{
    if (skillCount <= 0)
        return 100;
    // round_half_up(100 p / (F n)) = floor((200 p + F n) / (2 F n)) for p, n >= 0.
    const qint64 n = skillCount;
    const qint64 p = std::max<qint64>(0, totalPoints);
    return int((200 * p + fullPoints * n) / (2 * qint64(fullPoints) * n));
}

double ReadinessScore::fraction(qint64 totalPoints, qsizetype skillCount, int fullPoints)
{
    if (skillCount <= 0)
        return 1.0;
    return double(totalPoints) / (double(fullPoints) * double(skillCount));
}

} // namespace ladder
