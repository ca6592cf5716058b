// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CategoryReadiness.h"
#include "domain/Period.h"
#include "domain/ProficiencyScale.h"
#include "SkillReadiness.h"

#include <QList>
#include <QString>

namespace ladder {

// How ready the user is for a level over a period (Readiness::compute).
struct ReadinessReport
{
    QString levelSlug;
    QString levelName;
    Period period;                       // ratings are taken as of period.to
    ProficiencyScale scale;              // the framework's, for every number below
    int fullPoints = 24;                 // a full score of one skill (ReadinessScore::fullPoints)
    QList<CategoryReadiness> categories; // SkillOrder::categories order
    // Overall: the mean over all skills with expected > 0 that apply (not the mean of the
    // category percentages), same rules as a category.
    int expectedSkillCount = 0;
    int points = 0;
    double score = 1.0;
    int percent = 100;
    int metCount = 0;
    int claimedCount = 0;
    int gapCount = 0;
    int notExpectedCount = 0;
    int notApplicableCount = 0;
    int unratedCount = 0;     // among the expected skills
    int uncoveredCount = 0;   // SkillReadiness::uncovered
    int evidenceWinCount = 0; // distinct wins in the period linked
                              // to at least one skill of the framework

    const SkillReadiness *skill(const QString &slug) const
    {
        for (const CategoryReadiness &c : categories) {
            for (const SkillReadiness &s : c.skills) {
                if (s.skillSlug == slug)
                    return &s;
            }
        }
        return nullptr;
    }
    const CategoryReadiness *category(const QString &slug) const
    {
        for (const CategoryReadiness &c : categories) {
            if (c.categorySlug == slug)
                return &c;
        }
        return nullptr;
    }
};

} // namespace ladder
