// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/GapAnalysis.h"
#include "engine/LevelLookup.h"
#include "EngineFixtures.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ladder;
using namespace ladder::fixtures;
using namespace Qt::StringLiterals;

namespace {

GapReport gaps(const QList<Assessment> &assessments, const QString &level, const QDate &asOf, const QList<Goal> &goals = {})
{
    Result<GapReport> r = GapAnalysis::compute(mini(), assessments, goals, level, asOf);
    EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message().toStdString());
    return r ? std::move(r).value() : GapReport();
}

} // namespace

TEST(EngineGap, GapIsExpectationMinusRating)
{
    // Target senior; expectations testing 3, debugging 3, system-design 3, mentoring 2.
    const GapReport r = gaps(
        {rate(1, u"testing"_s, 2, d(2026, 3, 1)), rate(2, u"debugging"_s, 3, d(2026, 3, 1)), rate(3, u"system-design"_s, 1, d(2026, 3, 1))},
        u"senior"_s, d(2026, 6, 30));
    ASSERT_EQ(r.skills.size(), 4);
    // testing       3 - 2 = 1
    // debugging     3 - 3 = 0
    // system-design 3 - 1 = 2
    // mentoring     2 - 0 = 2 (unrated counts as 0)
    EXPECT_EQ(r.skill(u"testing"_s)->gap, 1);
    EXPECT_EQ(r.skill(u"debugging"_s)->gap, 0);
    EXPECT_EQ(r.skill(u"system-design"_s)->gap, 2);
    EXPECT_EQ(r.skill(u"mentoring"_s)->gap, 2);
    EXPECT_TRUE(r.skill(u"mentoring"_s)->unrated);
    EXPECT_FALSE(r.skill(u"testing"_s)->unrated);
    EXPECT_EQ(r.skill(u"testing"_s)->ratedOn, d(2026, 3, 1));
    // total 1 + 0 + 2 + 2 = 5 over 3 skills with a gap, 1 unrated.
    EXPECT_EQ(r.totalGap, 5);
    EXPECT_EQ(r.gapCount, 3);
    EXPECT_EQ(r.unratedCount, 1);
    EXPECT_EQ(r.levelSlug, u"senior"_s);
}

TEST(EngineGap, NoRatingsAtAllMeansEveryGapIsTheFullExpectation)
{
    // Target mid-level (2, 2, 1, 0) with no assessments: gap = expected - 0.
    const GapReport r = gaps({}, u"mid-level"_s, d(2026, 6, 30));
    EXPECT_EQ(r.skill(u"testing"_s)->gap, 2);
    EXPECT_EQ(r.skill(u"debugging"_s)->gap, 2);
    EXPECT_EQ(r.skill(u"system-design"_s)->gap, 1);
    EXPECT_EQ(r.skill(u"mentoring"_s)->gap, 0); // expected 0: 0 - 0 = 0, no gap
    // 2 + 2 + 1 + 0 = 5; 3 skills short; all 4 unrated.
    EXPECT_EQ(r.totalGap, 5);
    EXPECT_EQ(r.gapCount, 3);
    EXPECT_EQ(r.unratedCount, 4);
    for (const SkillGap &g : r.skills) {
        EXPECT_EQ(g.rating, 0);
        EXPECT_TRUE(g.unrated);
        EXPECT_FALSE(g.ratedOn.isValid());
    }
}

TEST(EngineGap, RatingAboveExpectationIsNoGapButANegativeDifference)
{
    // debugging rated 4 against mid-level's 2: difference 2 - 4 = -2, gap max(0, -2) = 0.
    const GapReport r = gaps({rate(1, u"debugging"_s, 4, d(2026, 1, 5))}, u"mid-level"_s, d(2026, 6, 30));
    const SkillGap *g = r.skill(u"debugging"_s);
    EXPECT_EQ(g->rating, 4);
    EXPECT_EQ(g->difference, -2);
    EXPECT_EQ(g->gap, 0);
    EXPECT_FALSE(g->uncovered); // no gap, nothing to cover
}

TEST(EngineGap, LatestAssessmentAsOfTheDayIgnoresLaterOnes)
{
    // testing: 1 on 01-10, 3 on 03-01, 4 on 07-01 (given out of order).
    const QList<Assessment> history{rate(3, u"testing"_s, 4, d(2026, 7, 1)), rate(1, u"testing"_s, 1, d(2026, 1, 10)),
                                    rate(2, u"testing"_s, 3, d(2026, 3, 1))};
    // As of 06-30 the 07-01 rating does not exist yet: rating 3, senior gap 3 - 3 = 0.
    EXPECT_EQ(gaps(history, u"senior"_s, d(2026, 6, 30)).skill(u"testing"_s)->rating, 3);
    EXPECT_EQ(gaps(history, u"senior"_s, d(2026, 6, 30)).skill(u"testing"_s)->gap, 0);
    // As of the day of a rating, that rating counts (<=): 07-01 gives 4.
    EXPECT_EQ(gaps(history, u"senior"_s, d(2026, 7, 1)).skill(u"testing"_s)->rating, 4);
    // As of 02-01 only the first: rating 1, senior gap 3 - 1 = 2.
    EXPECT_EQ(gaps(history, u"senior"_s, d(2026, 2, 1)).skill(u"testing"_s)->gap, 2);
    // Before the first rating the skill is unrated: gap 3 - 0 = 3.
    const GapReport before = gaps(history, u"senior"_s, d(2026, 1, 9));
    EXPECT_TRUE(before.skill(u"testing"_s)->unrated);
    EXPECT_EQ(before.skill(u"testing"_s)->gap, 3);
    // A null day means no cut-off: the latest of all, 4.
    EXPECT_EQ(gaps(history, u"senior"_s, QDate()).skill(u"testing"_s)->rating, 4);
}

TEST(EngineGap, SameDayRatingsAreSettledByTheHigherId)
{
    // Two ratings of debugging on 03-01: id 7 says 3, id 9 says 1. Id 9 is the
    // newer row and wins whatever the input order: senior gap 3 - 1 = 2.
    const Assessment a7 = rate(7, u"debugging"_s, 3, d(2026, 3, 1));
    const Assessment a9 = rate(9, u"debugging"_s, 1, d(2026, 3, 1));
    EXPECT_EQ(gaps({a7, a9}, u"senior"_s, d(2026, 6, 30)).skill(u"debugging"_s)->rating, 1);
    EXPECT_EQ(gaps({a9, a7}, u"senior"_s, d(2026, 6, 30)).skill(u"debugging"_s)->rating, 1);
    EXPECT_EQ(gaps({a9, a7}, u"senior"_s, d(2026, 6, 30)).skill(u"debugging"_s)->gap, 2);
}

TEST(EngineGap, OnlyOpenGoalsCoverAGap)
{
    // Senior, nothing rated: every skill has a gap (3, 3, 3, 2).
    // goal 4 (open) covers system-design, goal 2 (open) covers system-design and
    // testing, goal 5 (done) covers debugging, goal 6 (dropped) covers mentoring.
    const QList<Goal> goals{goal(4, GoalStatus::Open, {u"system-design"_s}), goal(2, GoalStatus::Open, {u"system-design"_s, u"testing"_s}),
                            goal(5, GoalStatus::Done, {u"debugging"_s}), goal(6, GoalStatus::Dropped, {u"mentoring"_s})};
    const GapReport r = gaps({}, u"senior"_s, d(2026, 6, 30), goals);
    const SkillGap *design = r.skill(u"system-design"_s);
    ASSERT_EQ(design->coveringGoals.size(), 2);
    EXPECT_EQ(design->coveringGoals.at(0).id, 2); // by id ascending
    EXPECT_EQ(design->coveringGoals.at(1).id, 4);
    EXPECT_EQ(design->coveringGoals.at(0).title, u"goal 2"_s);
    EXPECT_FALSE(design->uncovered);
    EXPECT_FALSE(r.skill(u"testing"_s)->uncovered);
    EXPECT_TRUE(r.skill(u"debugging"_s)->uncovered); // only a done goal
    EXPECT_TRUE(r.skill(u"mentoring"_s)->uncovered); // only a dropped goal
    EXPECT_EQ(r.uncoveredCount, 2);
}

TEST(EngineGap, LargestFirstThenFoundationalOrder)
{
    // Senior: testing 3 - 2 = 1, debugging 3 - 2 = 1, system-design 3 - 0 = 3,
    // mentoring 2 - 0 = 2. Largest first: system-design (3), mentoring (2), then
    // the two 1s in framework order: testing (craft #1) before debugging (craft #2).
    const GapReport r
        = gaps({rate(1, u"testing"_s, 2, d(2026, 1, 1)), rate(2, u"debugging"_s, 2, d(2026, 1, 1))}, u"senior"_s, d(2026, 6, 30));
    QStringList order;
    for (const SkillGap &g : GapAnalysis::largestFirst(r))
        order.append(g.skillSlug);
    EXPECT_EQ(joined(order), "system-design,mentoring,testing,debugging");
}

TEST(EngineGap, UnknownLevelIsAnErrorListingTheLevels)
{
    const Result<GapReport> r = GapAnalysis::compute(mini(), {}, {}, u"staff"_s, d(2026, 6, 30));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message().toStdString(), "unknown level 'staff' (levels: junior, mid-level, senior, architect)");
}

TEST(EngineGap, SkillsComeInFoundationalOrderWhateverTheInputOrder)
{
    // The same framework with categories and skills listed backwards: the report
    // still follows category position, then skill position.
    Framework f = mini();
    std::reverse(f.categories.begin(), f.categories.end());
    std::reverse(f.skills.begin(), f.skills.end());
    const Result<GapReport> r = GapAnalysis::compute(f, {}, {}, u"senior"_s, d(2026, 6, 30));
    ASSERT_TRUE(r.ok());
    QStringList order;
    for (const SkillGap &g : r->skills)
        order.append(g.skillSlug);
    EXPECT_EQ(joined(order), "testing,debugging,system-design,mentoring");
}

TEST(EngineGap, TheDefaultTargetIsTheNextLevelOrTheTopItself)
{
    EXPECT_EQ(*LevelLookup::defaultTarget(mini(), u"junior"_s), u"mid-level"_s);
    EXPECT_EQ(*LevelLookup::defaultTarget(mini(), u"senior"_s), u"architect"_s);
    // At the top there is nothing above: measured against the level itself.
    EXPECT_EQ(*LevelLookup::defaultTarget(mini(), u"architect"_s), u"architect"_s);
    // Unset or not of this framework: the lowest level.
    EXPECT_EQ(*LevelLookup::defaultTarget(mini(), QString()), u"junior"_s);
    EXPECT_EQ(*LevelLookup::defaultTarget(mini(), u"staff"_s), u"junior"_s);
    Framework none = mini();
    none.levels.clear();
    const Result<QString> error = LevelLookup::defaultTarget(none, u"junior"_s);
    ASSERT_FALSE(error.ok());
    EXPECT_EQ(error.error().message(), u"the active framework 'mini' has no levels"_s);
}

TEST(EngineGap, ASkillThatDoesNotApplyHasNoGapOnTheFrameworksOwnScale)
{
    // Target manager on the 0-5 scale: testing 3, on-call n/a, mentoring 5;
    // on-call is rated 0 but asks nothing there.
    Result<GapReport> r = GapAnalysis::compute(tracks(), {rate(1, u"on-call"_s, 0, d(2026, 2, 1))}, {}, u"manager"_s, d(2026, 6, 30));
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->scale, sixSteps());
    EXPECT_EQ(r->skill(u"testing"_s)->gap, 3);
    EXPECT_EQ(r->skill(u"mentoring"_s)->gap, 5); // the whole 0-5 scale, not clamped to 4
    const SkillGap *onCall = r->skill(u"on-call"_s);
    EXPECT_FALSE(onCall->applicable);
    EXPECT_EQ(onCall->gap, 0);
    EXPECT_EQ(onCall->difference, 0);
    EXPECT_FALSE(onCall->uncovered);
    EXPECT_EQ(r->totalGap, 8);
    EXPECT_EQ(r->gapCount, 2);
    EXPECT_EQ(r->expectedSkillCount, 2);
    EXPECT_EQ(r->notApplicableCount, 1);
    QStringList order;
    for (const SkillGap &g : GapAnalysis::largestFirst(*r))
        order.append(g.skillSlug);
    EXPECT_EQ(joined(order), "mentoring,testing");
}

TEST(EngineGap, OnlySkillsTheLevelAsksSomethingOfCount)
{
    // ic1 expects testing 2, on-call 1, mentoring 0: two count.
    const Framework f = tracks();
    EXPECT_TRUE(LevelLookup::counts(*f.skill(u"on-call"_s), u"ic1"_s, f.scale));
    EXPECT_FALSE(LevelLookup::counts(*f.skill(u"mentoring"_s), u"ic1"_s, f.scale));
    EXPECT_FALSE(LevelLookup::counts(*f.skill(u"on-call"_s), u"manager"_s, f.scale));
    EXPECT_EQ(GapAnalysis::compute(f, {}, {}, u"ic1"_s, d(2026, 6, 30))->expectedSkillCount, 2);
    // A 5 read on the built-in 0-4 scale is clamped to 4.
    EXPECT_EQ(LevelLookup::expected(*f.skill(u"mentoring"_s), u"manager"_s, ProficiencyScale()), 4);
    EXPECT_EQ(LevelLookup::expected(*f.skill(u"mentoring"_s), u"manager"_s, f.scale), 5);
}
