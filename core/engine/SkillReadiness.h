// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoveringGoal.h"
#include "domain/Win.h"
#include "SkillStatus.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

// One skill against a target level over a review period (docs/readiness.md).
struct SkillReadiness
{
    QString skillSlug;
    QString skillName;
    QString categorySlug;
    int expected = 0;       // on the framework's scale, what the target level asks
    bool applicable = true; // false: the level says the skill does not apply (status NotApplicable)
    QStringList behaviours; // the target level's example behaviours for the skill
    int rating = 0;         // clamped to the scale, in force at the period's end; 0 when unrated
    bool unrated = true;    // no assessment on or before the period's end
    QDate ratedOn;          // date of the assessment in force; null when unrated
    int gap = 0;            // max(0, expected - rating)
    QList<Win> evidence;    // wins linking the skill dated inside the period,
                            // newest first (date desc, then id desc)
    int evidenceCount = 0;  // evidence.size() as computed (a printed report may list fewer)
    SkillStatus status = SkillStatus::Gap;
    int points = 0;                    // 0..full points (ReadinessScore::points)
    double score = 0.0;                // points / full points
    int percent = 0;                   // round_half_up(100 x points / full points)
    QList<CoveringGoal> coveringGoals; // open goals on the skill, by id
    // Gap or Claimed, and no open goal covers the skill: nothing planned yet.
    bool uncovered = false;
};

} // namespace ladder
