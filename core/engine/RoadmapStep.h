// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoveringGoal.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

// One thing to grow on the way to a level: raise a skill from `from` to `to`.
struct RoadmapStep
{
    QString levelSlug; // the level whose expectation this step reaches
    QString skillSlug;
    QString skillName;
    QString categorySlug;
    int rating = 0; // clamped to the scale, the rating in force; 0 when unrated
    bool unrated = true;
    // Where this step starts: the rating, or what an earlier (lower) stage of
    // the same roadmap already brings the skill to, whichever is higher.
    int from = 0;
    int to = 0;                        // what the step's level expects, on the scale
    int gap = 0;                       // to - from, always > 0
    QStringList suggestedActions;      // the level's example behaviours for the skill
    QList<CoveringGoal> coveringGoals; // open goals on the skill, by id
    bool uncovered = false;            // no open goal covers the skill
};

} // namespace ladder
