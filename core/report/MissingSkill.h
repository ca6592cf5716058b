// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/CoveringGoal.h"
#include "engine/SkillStatus.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

// One skill that keeps the user from the target level: rated below the bar
// (Gap), or at the bar with no win to show for it (Claimed). The "what is
// missing" part of the readiness summary.
struct MissingSkill
{
    QString skillSlug;
    QString skillName;
    QString categoryName;
    SkillStatus status = SkillStatus::Gap; // Gap or Claimed
    int expected = 0;
    int rating = 0;
    bool unrated = true;
    int gap = 0;                       // 0 for Claimed
    QStringList behaviours;            // the target level's examples: what would show it
    QList<CoveringGoal> coveringGoals; // open goals working on it, by id
    bool uncovered = false;            // no open goal: nothing planned yet
};

} // namespace ladder
