// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessScore.h"

#include "domain/Proficiency.h"

#include <algorithm>

namespace ladder {

int ReadinessScore::points(int rating, int expected, bool hasEvidence)
{
    const int r = std::clamp(rating, Proficiency::Min, Proficiency::Max);
    const int e = std::clamp(expected, Proficiency::Min, Proficiency::Max);
    if (e == 0)
        return FullPoints;
    // 24 / e is exact for e in 1-4 and even, so the halving below is exact too.
    const int full = (FullPoints / e) * std::min(r, e);
    return hasEvidence ? full : full / 2;
}

int ReadinessScore::percent(qint64 totalPoints, qsizetype skillCount)
{
    if (skillCount <= 0)
        return 100;
    // round_half_up(100 p / (24 n)) = floor((200 p + 24 n) / (48 n)) for p, n >= 0.
    const qint64 n = skillCount;
    const qint64 p = std::max<qint64>(0, totalPoints);
    return int((200 * p + FullPoints * n) / (2 * FullPoints * n));
}

double ReadinessScore::fraction(qint64 totalPoints, qsizetype skillCount)
{
    if (skillCount <= 0)
        return 1.0;
    return double(totalPoints) / (double(FullPoints) * double(skillCount));
}

} // namespace ladder
