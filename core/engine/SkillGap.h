// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoveringGoal.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ladder {

// One skill against a target level, as of a day.
struct SkillGap
{
    QString skillSlug;
    QString skillName;
    QString categorySlug;
    int expected = 0;                  // 0-4, what the target level asks
    int rating = 0;                    // 0-4, the rating in force; 0 when unrated
    bool unrated = true;               // no assessment on or before the day
    QDate ratedOn;                     // date of the assessment in force; null when unrated
    int difference = 0;                // expected - rating; negative when rated above the bar
    int gap = 0;                       // max(0, expected - rating)
    QList<CoveringGoal> coveringGoals; // open goals on this skill, by id
    bool uncovered = false;            // gap > 0 and no open goal covers it
};

} // namespace ladder
