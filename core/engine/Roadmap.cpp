// SPDX-License-Identifier: GPL-3.0-or-later
#include "Roadmap.h"

#include "GoalCoverage.h"
#include "LevelLookup.h"
#include "RatingSnapshot.h"
#include "SkillOrder.h"

#include <algorithm>
#include <optional>

namespace ladder {

Result<RoadmapPlan> Roadmap::compute(const Framework &framework, const QList<Assessment> &assessments, const QList<Goal> &goals,
                                     const QString &currentLevelSlug, const QDate &asOf, const QString &toLevelSlug)
{
    std::optional<Level> current;
    if (!currentLevelSlug.isEmpty()) {
        Result<Level> found = LevelLookup::find(framework, currentLevelSlug);
        if (!found)
            return found.error();
        current = std::move(found).value();
    }
    std::optional<Level> target;
    if (!toLevelSlug.isEmpty()) {
        Result<Level> found = LevelLookup::find(framework, toLevelSlug);
        if (!found)
            return found.error();
        target = std::move(found).value();
        if (current && target->rank <= current->rank) {
            return Error(tr("level '%1' is not above the current level '%2'").arg(target->slug, current->slug));
        }
    }

    const ProficiencyScale &scale = framework.scale;
    const RatingSnapshot ratings(assessments, asOf, scale);
    const QList<const Skill *> skills = SkillOrder::skills(framework);
    // How far the plan has brought each skill so far: the rating to begin with,
    // then each stage's expectation. A stage asks only for what the stages below
    // it do not already ask, so no step is planned twice.
    QList<int> reached;
    reached.reserve(skills.size());
    for (const Skill *skill : skills)
        reached.append(ratings.rating(skill->slug));

    RoadmapPlan plan;
    plan.currentLevelSlug = current ? current->slug : QString();
    plan.asOf = asOf;
    plan.scale = scale;
    for (const Level &level : LevelLookup::byRank(framework)) {
        if (current && level.rank <= current->rank)
            continue;
        if (target && level.rank > target->rank)
            continue;
        RoadmapStage stage;
        stage.levelSlug = level.slug;
        stage.levelName = level.name;
        stage.rank = level.rank;
        for (qsizetype i = 0; i < skills.size(); ++i) {
            const Skill &skill = *skills.at(i);
            // A skill that does not apply at the level asks nothing there
            // (expected reads 0), so it gets no step.
            const int to = LevelLookup::expected(skill, level.slug, scale);
            if (to <= reached.at(i))
                continue;
            RoadmapStep step;
            step.levelSlug = level.slug;
            step.skillSlug = skill.slug;
            step.skillName = skill.name;
            step.categorySlug = skill.categorySlug;
            step.rating = ratings.rating(skill.slug);
            step.unrated = !ratings.isRated(skill.slug);
            step.from = reached.at(i);
            step.to = to;
            step.gap = to - step.from;
            if (const Expectation *e = skill.expectationFor(level.slug))
                step.suggestedActions = e->behaviours;
            step.coveringGoals = GoalCoverage::covering(goals, skill.slug);
            step.uncovered = step.coveringGoals.isEmpty();
            reached[i] = to;

            stage.totalGap += step.gap;
            stage.uncoveredCount += step.uncovered ? 1 : 0;
            stage.steps.append(step);
        }
        // Steps were appended in foundational order; a stable sort on the gap
        // alone keeps that order among equal gaps, and the slug ends every tie.
        std::stable_sort(stage.steps.begin(), stage.steps.end(), [](const RoadmapStep &a, const RoadmapStep &b) { return a.gap > b.gap; });
        plan.stepCount += int(stage.steps.size());
        plan.totalGap += stage.totalGap;
        plan.uncoveredCount += stage.uncoveredCount;
        plan.stages.append(stage);
    }
    return plan;
}

} // namespace ladder
