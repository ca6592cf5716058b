// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapAnalysis.h"

#include "GoalCoverage.h"
#include "LevelLookup.h"
#include "RatingSnapshot.h"
#include "SkillOrder.h"

#include <algorithm>

namespace ladder {

Result<GapReport> GapAnalysis::compute(const Framework &framework, const QList<Assessment> &assessments, const QList<Goal> &goals,
                                       const QString &levelSlug, const QDate &asOf)
{
    const Result<Level> level = LevelLookup::find(framework, levelSlug);
    if (!level)
        return level.error();

    const ProficiencyScale &scale = framework.scale;
    const RatingSnapshot ratings(assessments, asOf, scale);
    GapReport report;
    report.levelSlug = level->slug;
    report.levelName = level->name;
    report.asOf = asOf;
    report.scale = scale;
    for (const Skill *skill : SkillOrder::skills(framework)) {
        SkillGap g;
        g.skillSlug = skill->slug;
        g.skillName = skill->name;
        g.categorySlug = skill->categorySlug;
        g.expected = LevelLookup::expected(*skill, level->slug, scale);
        g.applicable = skill->appliesAt(level->slug);
        g.rating = ratings.rating(skill->slug);
        const Assessment *assessment = ratings.latest(skill->slug);
        g.unrated = assessment == nullptr;
        g.givenRating = assessment ? assessment->rating : 0;
        g.ratedOn = assessment ? assessment->date : QDate();
        // A skill that does not apply has no bar to be above or below.
        g.difference = g.applicable ? g.expected - g.rating : 0;
        g.gap = std::max(0, g.difference);
        g.coveringGoals = GoalCoverage::covering(goals, skill->slug);
        g.uncovered = g.gap > 0 && g.coveringGoals.isEmpty();

        report.expectedSkillCount += LevelLookup::counts(*skill, level->slug, scale) ? 1 : 0;
        report.notApplicableCount += g.applicable ? 0 : 1;
        report.totalGap += g.gap;
        report.gapCount += g.gap > 0 ? 1 : 0;
        report.unratedCount += g.unrated ? 1 : 0;
        report.uncoveredCount += g.uncovered ? 1 : 0;
        report.skills.append(g);
    }
    return report;
}

QList<SkillGap> GapAnalysis::largestFirst(const GapReport &report)
{
    QList<SkillGap> result;
    for (const SkillGap &g : report.skills) {
        if (g.gap > 0)
            result.append(g);
    }
    // report.skills is already in foundational order, so a stable sort on the
    // gap alone keeps that order among equal gaps.
    std::stable_sort(result.begin(), result.end(), [](const SkillGap &a, const SkillGap &b) { return a.gap > b.gap; });
    return result;
}

} // namespace ladder
