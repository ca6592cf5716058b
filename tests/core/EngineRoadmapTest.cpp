// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Roadmap.h"
#include "EngineFixtures.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ladder;
using namespace ladder::fixtures;
using namespace Qt::StringLiterals;

namespace {

RoadmapPlan roadmap(const QList<Assessment> &assessments, const QString &current, const QList<Goal> &goals = {},
                    const QString &to = QString(), const Framework &framework = mini())
{
    Result<RoadmapPlan> r = Roadmap::compute(framework, assessments, goals, current, d(2026, 6, 30), to);
    EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message().toStdString());
    return r ? std::move(r).value() : RoadmapPlan();
}

// "skill from>to" per step, so one comparison shows order and numbers.
std::string steps(const RoadmapStage &stage)
{
    QStringList out;
    for (const RoadmapStep &s : stage.steps)
        out.append(s.skillSlug + u' ' + QString::number(s.from) + u'>' + QString::number(s.to));
    return joined(out);
}

std::string error(const Result<RoadmapPlan> &r)
{
    return r ? std::string("ok") : r.error().message().toStdString();
}

} // namespace

TEST(EngineRoadmap, StagesAreOrderedByGapThenCategoryThenPosition)
{
    // Current junior; testing 1, debugging 1, the rest unrated (0).
    const RoadmapPlan plan = roadmap({rate(1, u"testing"_s, 1, d(2026, 1, 1)), rate(2, u"debugging"_s, 1, d(2026, 1, 1))}, u"junior"_s);
    ASSERT_EQ(plan.stages.size(), 3);
    // mid-level (2, 2, 1, 0): testing 1>2, debugging 1>2, system-design 0>1 (all gap 1:
    // craft before systems, testing #1 before debugging #2); mentoring 0 >= 0, no step.
    EXPECT_EQ(plan.stages.at(0).levelSlug, u"mid-level"_s);
    EXPECT_EQ(steps(plan.stages.at(0)), "testing 1>2,debugging 1>2,system-design 0>1");
    // senior (3, 3, 3, 2), starting where mid-level left off (2, 2, 1, 0):
    // system-design 1>3 (2), mentoring 0>2 (2), testing 2>3 (1), debugging 2>3 (1).
    // Gap 2 first; between the two 2s systems (position 2) before people (3).
    EXPECT_EQ(steps(plan.stages.at(1)), "system-design 1>3,mentoring 0>2,testing 2>3,debugging 2>3");
    // architect (3, 4, 4, 3) from (3, 3, 3, 2): testing none; three steps of 1.
    EXPECT_EQ(steps(plan.stages.at(2)), "debugging 3>4,system-design 3>4,mentoring 2>3");
    // totals: gaps 3 + 6 + 3 = 12 over 3 + 4 + 3 = 10 steps.
    EXPECT_EQ(plan.stages.at(0).totalGap, 3);
    EXPECT_EQ(plan.stages.at(1).totalGap, 6);
    EXPECT_EQ(plan.totalGap, 12);
    EXPECT_EQ(plan.stepCount, 10);
    EXPECT_FALSE(plan.atTop());
}

TEST(EngineRoadmap, LaterStagesStartWhereEarlierOnesEndButKeepTheRating)
{
    // Current mid-level, debugging rated 1. senior: 1>3 (gap 2); architect: 3>4 (gap 1).
    const RoadmapPlan plan = roadmap({rate(1, u"debugging"_s, 1, d(2026, 1, 1))}, u"mid-level"_s);
    ASSERT_EQ(plan.stages.size(), 2);
    const RoadmapStep *senior = nullptr;
    for (const RoadmapStep &s : plan.stages.at(0).steps) {
        if (s.skillSlug == u"debugging"_s)
            senior = &s;
    }
    ASSERT_NE(senior, nullptr);
    EXPECT_EQ(senior->from, 1);
    EXPECT_EQ(senior->to, 3);
    EXPECT_EQ(senior->gap, 2);
    const RoadmapStep &architect = plan.stages.at(1).steps.at(0); // all architect gaps are 1: craft first
    EXPECT_EQ(architect.skillSlug, u"debugging"_s);
    EXPECT_EQ(architect.from, 3);
    EXPECT_EQ(architect.to, 4);
    EXPECT_EQ(architect.gap, 1);
    EXPECT_EQ(architect.rating, 1); // the rating itself is still 1
    EXPECT_FALSE(architect.unrated);
    EXPECT_EQ(architect.levelSlug, u"architect"_s);
}

TEST(EngineRoadmap, SuggestedActionsAreTheStepLevelsBehaviours)
{
    const RoadmapPlan plan = roadmap({}, u"senior"_s);
    ASSERT_EQ(plan.stages.size(), 1);
    for (const RoadmapStep &s : plan.stages.at(0).steps)
        EXPECT_EQ(joined(s.suggestedActions), (s.skillSlug + u"@architect"_s).toStdString());
}

TEST(EngineRoadmap, RatingAboveEveryExpectationNeedsNoStep)
{
    // testing rated 4 >= every level's ask (max 3): no testing step anywhere.
    const RoadmapPlan plan = roadmap({rate(1, u"testing"_s, 4, d(2026, 1, 1))}, u"junior"_s);
    for (const RoadmapStage &stage : plan.stages) {
        for (const RoadmapStep &s : stage.steps)
            EXPECT_NE(s.skillSlug, u"testing"_s);
    }
}

TEST(EngineRoadmap, OpenGoalsCoverStepsDoneAndDroppedOnesDoNot)
{
    // Current senior, nothing rated: architect steps testing 0>3, debugging 0>4,
    // system-design 0>4, mentoring 0>3 -> gap 4s first (debugging craft, system-design
    // systems), then gap 3s (testing craft, mentoring people).
    const QList<Goal> goals{goal(3, GoalStatus::Open, {u"debugging"_s}), goal(4, GoalStatus::Done, {u"testing"_s}),
                            goal(5, GoalStatus::Dropped, {u"mentoring"_s}), goal(1, GoalStatus::Open, {u"debugging"_s, u"mentoring"_s})};
    const RoadmapPlan plan = roadmap({}, u"senior"_s, goals);
    ASSERT_EQ(plan.stages.size(), 1);
    const RoadmapStage &stage = plan.stages.at(0);
    EXPECT_EQ(steps(stage), "debugging 0>4,system-design 0>4,testing 0>3,mentoring 0>3");
    // debugging: goals 1 and 3 (by id); system-design: none; testing: only a done
    // goal; mentoring: goal 1 (goal 5 is dropped).
    ASSERT_EQ(stage.steps.at(0).coveringGoals.size(), 2);
    EXPECT_EQ(stage.steps.at(0).coveringGoals.at(0).id, 1);
    EXPECT_EQ(stage.steps.at(0).coveringGoals.at(1).id, 3);
    EXPECT_FALSE(stage.steps.at(0).uncovered);
    EXPECT_TRUE(stage.steps.at(1).uncovered);
    EXPECT_TRUE(stage.steps.at(2).uncovered);
    EXPECT_TRUE(stage.steps.at(2).coveringGoals.isEmpty());
    EXPECT_FALSE(stage.steps.at(3).uncovered);
    // 2 uncovered steps.
    EXPECT_EQ(stage.uncoveredCount, 2);
    EXPECT_EQ(plan.uncoveredCount, 2);
}

TEST(EngineRoadmap, AtTheTopThereIsNothingToPlan)
{
    const RoadmapPlan plan = roadmap({}, u"architect"_s);
    EXPECT_TRUE(plan.atTop());
    EXPECT_EQ(plan.stepCount, 0);
    EXPECT_EQ(plan.currentLevelSlug, u"architect"_s);
}

TEST(EngineRoadmap, TargetLevelStopsTheRoadmap)
{
    // junior -> senior: stages mid-level and senior only.
    const RoadmapPlan plan = roadmap({}, u"junior"_s, {}, u"senior"_s);
    ASSERT_EQ(plan.stages.size(), 2);
    EXPECT_EQ(plan.stages.at(0).levelSlug, u"mid-level"_s);
    EXPECT_EQ(plan.stages.at(1).levelSlug, u"senior"_s);
}

TEST(EngineRoadmap, NoCurrentLevelStartsFromTheBottom)
{
    // No level yet, nothing rated: the junior stage is testing 0>1, debugging 0>1.
    const RoadmapPlan plan = roadmap({}, QString());
    ASSERT_EQ(plan.stages.size(), 4);
    EXPECT_EQ(steps(plan.stages.at(0)), "testing 0>1,debugging 0>1");
    EXPECT_TRUE(plan.currentLevelSlug.isEmpty());
}

TEST(EngineRoadmap, UsesTheRatingInForceOnTheDay)
{
    // Roadmaps are computed as of 06-30: a 4 given on 07-01 does not count yet,
    // so the senior stage still asks for debugging 2>3.
    const RoadmapPlan plan
        = roadmap({rate(1, u"debugging"_s, 2, d(2026, 1, 1)), rate(2, u"debugging"_s, 4, d(2026, 7, 1))}, u"mid-level"_s);
    const RoadmapStage &senior = plan.stages.at(0);
    const auto it
        = std::find_if(senior.steps.cbegin(), senior.steps.cend(), [](const RoadmapStep &s) { return s.skillSlug == u"debugging"_s; });
    ASSERT_NE(it, senior.steps.cend());
    EXPECT_EQ(it->from, 2);
}

TEST(EngineRoadmap, EqualGapCategoryAndPositionFallBackToTheSlug)
{
    // Add "alerting" to craft at position 2 beside debugging, same expectations.
    // Senior from mid-level with nothing rated: gaps testing 3, alerting 3,
    // debugging 3, system-design 3, mentoring 2. Craft #1 testing, then craft #2
    // alerting before debugging (slug), then systems; mentoring last (gap 2).
    Framework f = mini();
    f.skills.append(skill(u"alerting"_s, u"craft"_s, 2, {u"junior"_s, u"mid-level"_s, u"senior"_s, u"architect"_s}, {1, 2, 3, 4}));
    const RoadmapPlan plan = roadmap({}, u"mid-level"_s, {}, u"senior"_s, f);
    ASSERT_EQ(plan.stages.size(), 1);
    EXPECT_EQ(steps(plan.stages.at(0)), "testing 0>3,alerting 0>3,debugging 0>3,system-design 0>3,mentoring 0>2");
}

TEST(EngineRoadmap, BadLevelsAreErrors)
{
    EXPECT_EQ(error(Roadmap::compute(mini(), {}, {}, u"staff"_s, d(2026, 6, 30))),
              "unknown level 'staff' (levels: junior, mid-level, senior, architect)");
    EXPECT_EQ(error(Roadmap::compute(mini(), {}, {}, u"junior"_s, d(2026, 6, 30), u"principal"_s)),
              "unknown level 'principal' (levels: junior, mid-level, senior, architect)");
    EXPECT_EQ(error(Roadmap::compute(mini(), {}, {}, u"senior"_s, d(2026, 6, 30), u"junior"_s)),
              "level 'junior' is not above the current level 'senior'");
    EXPECT_EQ(error(Roadmap::compute(mini(), {}, {}, u"senior"_s, d(2026, 6, 30), u"senior"_s)),
              "level 'senior' is not above the current level 'senior'");
}

TEST(EngineRoadmap, ASkillThatDoesNotApplyGetsNoStepAndStepsUseTheScale)
{
    // From ic1, unrated, on the 0-5 scale. ic2: testing 0>4, on-call 0>3,
    // mentoring 0>2. manager: testing 3 is below the 4 already planned; on-call
    // does not apply; mentoring 2>5.
    const RoadmapPlan plan = roadmap({}, u"ic1"_s, {}, QString(), tracks());
    ASSERT_EQ(plan.stages.size(), 2);
    EXPECT_EQ(plan.scale, sixSteps());
    EXPECT_EQ(steps(plan.stages.at(0)), "testing 0>4,on-call 0>3,mentoring 0>2");
    EXPECT_EQ(steps(plan.stages.at(1)), "mentoring 2>5");
    EXPECT_EQ(plan.totalGap, 12);
}
