// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SkillReadiness.h"

#include <QList>
#include <QString>

namespace ladder {

// A category's skills and their combined readiness.
struct CategoryReadiness
{
    QString categorySlug;
    QString categoryName;
    QList<SkillReadiness> skills; // foundational order (SkillOrder)
    // Skills with expected > 0 that apply; only they count in the score. When 0 the
    // category has nothing to show at this level: score 1.0 and percent 100
    // are placeholders and reports should say "nothing expected".
    int expectedSkillCount = 0;
    int points = 0;     // sum of points over the expected skills
    double score = 1.0; // points / (full points x expectedSkillCount)
    int percent = 100;  // round_half_up(100 x score)
    int metCount = 0;
    int claimedCount = 0;
    int gapCount = 0;
    int notExpectedCount = 0;
    int notApplicableCount = 0;
    int unratedCount = 0; // among the expected skills

    bool hasExpectations() const { return expectedSkillCount > 0; }
};

} // namespace ladder
