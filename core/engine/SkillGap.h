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
    int expected = 0;                  // on the framework's scale, what the target level asks
    bool applicable = true;            // false: the level says the skill does not apply; no gap
    int rating = 0;                    // clamped to the scale, the rating in force; 0 when unrated
    int givenRating = 0;               // the rating as given, shown as is: may be above the scale
                                       // (a 5 from a 0-5 framework read in a 0-4 one)
    bool unrated = true;               // no assessment on or before the day
    QDate ratedOn;                     // date of the assessment in force; null when unrated
    int difference = 0;                // expected - rating; negative when rated above the bar
    int gap = 0;                       // max(0, expected - rating)
    QList<CoveringGoal> coveringGoals; // open goals on this skill, by id
    bool uncovered = false;            // gap > 0 and no open goal covers it
};

} // namespace ladder
