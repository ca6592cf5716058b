// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Readiness.h"
#include "engine/ReadinessScore.h"
#include "EngineFixtures.h"
#include "EvidenceOracle.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ladder;
using namespace ladder::fixtures;
using namespace Qt::StringLiterals;

namespace {

ReadinessReport readiness(const QList<Assessment> &assessments, const QList<Win> &wins, const QString &level, const Period &p = h1(),
                          const QList<Goal> &goals = {})
{
    Result<ReadinessReport> r = fixtures::readinessFromWins(mini(), assessments, wins, goals, level, p);
    EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message().toStdString());
    return r ? std::move(r).value() : ReadinessReport();
}

QStringList winTitles(const SkillReadiness *s)
{
    QStringList titles;
    for (const Win &w : s->evidence)
        titles.append(w.title);
    return titles;
}

} // namespace

// The worked example of docs/readiness.md: keep the two in step.
TEST(EngineReadiness, WorkedExample)
{
    // Target senior (testing 3, debugging 3, system-design 3, mentoring 2), period 2026-H1.
    const QList<Assessment> ratings{
        rate(1, u"testing"_s, 3, d(2026, 2, 1)), rate(2, u"debugging"_s, 4, d(2026, 3, 15)), rate(3, u"system-design"_s, 2, d(2026, 4, 1)),
        rate(4, u"system-design"_s, 3, d(2026, 7, 15)), // after the period: ignored
    };
    const QList<Win> wins{
        win(1, d(2026, 2, 10), {u"testing"_s}), win(2, d(2026, 5, 20), {u"system-design"_s, u"testing"_s}),
        win(3, d(2026, 7, 2), {u"debugging"_s}),   // after the period: ignored
        win(4, d(2025, 12, 31), {u"debugging"_s}), // before the period: ignored
    };
    const QList<Goal> goals{goal(1, GoalStatus::Open, {u"mentoring"_s})};
    const ReadinessReport r = readiness(ratings, wins, u"senior"_s, h1(), goals);

    // testing: 3 >= 3 with 2 wins -> Met; points 24/3 x min(3,3) = 24 -> 100%.
    const SkillReadiness *testing = r.skill(u"testing"_s);
    EXPECT_EQ(testing->status, SkillStatus::Met);
    EXPECT_EQ(testing->points, 24);
    EXPECT_EQ(testing->percent, 100);
    EXPECT_EQ(testing->evidenceCount, 2);
    EXPECT_EQ(joined(winTitles(testing)), "win 2,win 1"); // newest first

    // debugging: 4 >= 3, no win in the period -> Claimed; 24/3 x min(4,3) = 24, halved = 12 -> 50%.
    const SkillReadiness *debugging = r.skill(u"debugging"_s);
    EXPECT_EQ(debugging->status, SkillStatus::Claimed);
    EXPECT_EQ(debugging->points, 12);
    EXPECT_EQ(debugging->percent, 50);
    EXPECT_EQ(debugging->gap, 0);
    EXPECT_EQ(debugging->evidenceCount, 0);

    // system-design: rating in force on 06-30 is 2 (the 07-15 one comes later);
    // 2 < 3 -> Gap; 1 win -> 24/3 x 2 = 16 -> 100 x 16/24 = 66.67 -> 67%.
    const SkillReadiness *design = r.skill(u"system-design"_s);
    EXPECT_EQ(design->rating, 2);
    EXPECT_EQ(design->status, SkillStatus::Gap);
    EXPECT_EQ(design->gap, 1);
    EXPECT_EQ(design->points, 16);
    EXPECT_EQ(design->percent, 67);

    // mentoring: unrated (0) < 2 -> Gap; 24/2 x 0 = 0 -> 0%.
    const SkillReadiness *mentoring = r.skill(u"mentoring"_s);
    EXPECT_TRUE(mentoring->unrated);
    EXPECT_EQ(mentoring->status, SkillStatus::Gap);
    EXPECT_EQ(mentoring->gap, 2);
    EXPECT_EQ(mentoring->points, 0);
    EXPECT_EQ(mentoring->percent, 0);

    // craft (24 + 12) / (2 x 24) = 75%; systems 16/24 = 66.67 -> 67%; people 0/24 = 0%.
    EXPECT_EQ(r.category(u"craft"_s)->percent, 75);
    EXPECT_EQ(r.category(u"craft"_s)->points, 36);
    EXPECT_EQ(r.category(u"systems"_s)->percent, 67);
    EXPECT_EQ(r.category(u"people"_s)->percent, 0);
    // overall (24 + 12 + 16 + 0) / (4 x 24) = 52/96 = 54.17% -> 54%.
    EXPECT_EQ(r.points, 52);
    EXPECT_EQ(r.expectedSkillCount, 4);
    EXPECT_EQ(r.percent, 54);
    EXPECT_DOUBLE_EQ(r.score, 52.0 / 96.0);
    EXPECT_EQ(r.metCount, 1);
    EXPECT_EQ(r.claimedCount, 1);
    EXPECT_EQ(r.gapCount, 2);
    EXPECT_EQ(r.unratedCount, 1);
    // Distinct wins used as evidence: win 1 and win 2.
    EXPECT_EQ(r.evidenceWinCount, 2);
    // Needing action with no open goal: debugging (claimed) and system-design (gap);
    // mentoring has goal 1.
    EXPECT_TRUE(debugging->uncovered);
    EXPECT_TRUE(design->uncovered);
    EXPECT_FALSE(mentoring->uncovered);
    EXPECT_FALSE(testing->uncovered);
    EXPECT_EQ(r.uncoveredCount, 2);
    // The target level's behaviours come along for the report.
    EXPECT_EQ(joined(design->behaviours), "system-design@senior");
}

TEST(EngineReadiness, SameRatingIsMetWithEvidenceAndClaimedWithout)
{
    // Mid-level expects testing 2 and debugging 2; both rated 2. Only testing has a win.
    const QList<Assessment> ratings{rate(1, u"testing"_s, 2, d(2026, 1, 2)), rate(2, u"debugging"_s, 2, d(2026, 1, 2))};
    const ReadinessReport r = readiness(ratings, {win(1, d(2026, 3, 3), {u"testing"_s})}, u"mid-level"_s);
    // testing: Met, 24/2 x 2 = 24 points. debugging: Claimed, 24 halved = 12 points.
    EXPECT_EQ(r.skill(u"testing"_s)->status, SkillStatus::Met);
    EXPECT_EQ(r.skill(u"testing"_s)->points, 24);
    EXPECT_EQ(r.skill(u"debugging"_s)->status, SkillStatus::Claimed);
    EXPECT_EQ(r.skill(u"debugging"_s)->points, 12);
    // craft: (24 + 12) / 48 = 75%.
    EXPECT_EQ(r.category(u"craft"_s)->percent, 75);
    EXPECT_EQ(r.category(u"craft"_s)->metCount, 1);
    EXPECT_EQ(r.category(u"craft"_s)->claimedCount, 1);
}

TEST(EngineReadiness, SkillExpectedAtZeroIsNotExpectedAndLeftOutOfTheMean)
{
    // Junior: testing 1, debugging 1, system-design 0, mentoring 0.
    // testing rated 1 with a win -> 24; debugging unrated -> 0.
    // system-design is rated 3 with a win, but junior expects 0: NotExpected.
    const QList<Assessment> ratings{rate(1, u"testing"_s, 1, d(2026, 1, 2)), rate(2, u"system-design"_s, 3, d(2026, 1, 2))};
    const QList<Win> wins{win(1, d(2026, 2, 2), {u"testing"_s, u"system-design"_s})};
    const ReadinessReport r = readiness(ratings, wins, u"junior"_s);
    const SkillReadiness *design = r.skill(u"system-design"_s);
    EXPECT_EQ(design->status, SkillStatus::NotExpected);
    EXPECT_EQ(design->expected, 0);
    EXPECT_EQ(design->points, 24);
    EXPECT_EQ(design->percent, 100);
    EXPECT_EQ(design->evidenceCount, 1); // evidence is still listed
    EXPECT_FALSE(design->uncovered);
    // overall over the 2 expected skills only: (24 + 0) / 48 = 50%
    // (were the 2 zero-expected skills counted as 100% it would be 75%).
    EXPECT_EQ(r.expectedSkillCount, 2);
    EXPECT_EQ(r.notExpectedCount, 2);
    EXPECT_EQ(r.percent, 50);
    // systems has one skill, expected 0: nothing expected.
    EXPECT_FALSE(r.category(u"systems"_s)->hasExpectations());
}

TEST(EngineReadiness, CategoryWithEverySkillExpectedAtZeroHasNoScoreOfItsOwn)
{
    // Mid-level expects mentoring (the only people skill) at 0.
    // testing 2, debugging 2, system-design 1, all with a win -> 24 each.
    const QList<Assessment> ratings{rate(1, u"testing"_s, 2, d(2026, 1, 2)), rate(2, u"debugging"_s, 2, d(2026, 1, 2)),
                                    rate(3, u"system-design"_s, 1, d(2026, 1, 2))};
    const QList<Win> wins{win(1, d(2026, 2, 2), {u"debugging"_s, u"system-design"_s, u"testing"_s})};
    const ReadinessReport r = readiness(ratings, wins, u"mid-level"_s);
    const CategoryReadiness *people = r.category(u"people"_s);
    ASSERT_NE(people, nullptr);
    EXPECT_FALSE(people->hasExpectations());
    EXPECT_EQ(people->expectedSkillCount, 0);
    EXPECT_EQ(people->notExpectedCount, 1);
    EXPECT_EQ(people->percent, 100); // placeholder: nothing expected, nothing missing
    EXPECT_DOUBLE_EQ(people->score, 1.0);
    // overall: (24 + 24 + 24) / (3 x 24) = 100%; people adds nothing.
    EXPECT_EQ(r.expectedSkillCount, 3);
    EXPECT_EQ(r.percent, 100);
    EXPECT_EQ(r.metCount, 3);
}

TEST(EngineReadiness, NoRatingsAtAll)
{
    // Senior, nothing rated, wins present: every expected skill is a Gap at 0 points.
    const ReadinessReport r = readiness({}, {win(1, d(2026, 2, 2), {u"testing"_s, u"mentoring"_s})}, u"senior"_s);
    // 0 / (4 x 24) = 0%.
    EXPECT_EQ(r.percent, 0);
    EXPECT_EQ(r.gapCount, 4);
    EXPECT_EQ(r.unratedCount, 4);
    EXPECT_EQ(r.skill(u"testing"_s)->status, SkillStatus::Gap);
    EXPECT_EQ(r.skill(u"testing"_s)->evidenceCount, 1); // evidence does not lift a 0 rating
    EXPECT_EQ(r.skill(u"mentoring"_s)->gap, 2);
}

TEST(EngineReadiness, PeriodWithNoWinsMakesEveryMetBarAClaim)
{
    // Mid-level (2, 2, 1, 0): rated testing 2, debugging 3, system-design 1. No wins at all.
    const QList<Assessment> ratings{rate(1, u"testing"_s, 2, d(2026, 1, 2)), rate(2, u"debugging"_s, 3, d(2026, 1, 2)),
                                    rate(3, u"system-design"_s, 1, d(2026, 1, 2))};
    const ReadinessReport r = readiness(ratings, {}, u"mid-level"_s);
    // Each meets the bar without evidence: 24 halved = 12 points;
    // overall (12 + 12 + 12) / (3 x 24) = 50%.
    EXPECT_EQ(r.claimedCount, 3);
    EXPECT_EQ(r.metCount, 0);
    EXPECT_EQ(r.points, 36);
    EXPECT_EQ(r.percent, 50);
    EXPECT_EQ(r.evidenceWinCount, 0);
}

TEST(EngineReadiness, EvidenceOutsideThePeriodIsIgnoredAndBoundsAreInclusive)
{
    // Period 2026-H1. Wins on both bounds count, the days just outside do not.
    const QList<Win> wins{win(1, d(2025, 12, 31), {u"testing"_s}), win(2, d(2026, 1, 1), {u"testing"_s}),
                          win(3, d(2026, 6, 30), {u"testing"_s}), win(4, d(2026, 7, 1), {u"testing"_s}),
                          win(5, d(2026, 3, 1), {u"debugging"_s})}; // another skill
    const ReadinessReport r = readiness({rate(1, u"testing"_s, 3, d(2026, 1, 1))}, wins, u"senior"_s);
    const SkillReadiness *testing = r.skill(u"testing"_s);
    EXPECT_EQ(testing->evidenceCount, 2);
    EXPECT_EQ(joined(winTitles(testing)), "win 3,win 2");
    EXPECT_EQ(testing->status, SkillStatus::Met);
}

TEST(EngineReadiness, OnlyOutOfPeriodEvidenceLeavesAClaim)
{
    // testing rated 3 (senior's bar) but its only win is from 2025: Claimed, 12 points, 50%.
    const ReadinessReport r = readiness({rate(1, u"testing"_s, 3, d(2025, 11, 1))}, {win(1, d(2025, 11, 2), {u"testing"_s})}, u"senior"_s);
    EXPECT_EQ(r.skill(u"testing"_s)->status, SkillStatus::Claimed);
    EXPECT_EQ(r.skill(u"testing"_s)->percent, 50);
}

TEST(EngineReadiness, EvidenceIsNewestFirstWithIdBreakingTies)
{
    // Three testing wins: ids 3 and 5 on 04-01, id 9 on 02-01 -> 5, 3, 9.
    const QList<Win> wins{win(3, d(2026, 4, 1), {u"testing"_s}), win(9, d(2026, 2, 1), {u"testing"_s}),
                          win(5, d(2026, 4, 1), {u"testing"_s})};
    const ReadinessReport r = readiness({}, wins, u"senior"_s);
    EXPECT_EQ(joined(winTitles(r.skill(u"testing"_s))), "win 5,win 3,win 9");
}

TEST(EngineReadiness, PartialRatingIsProportionalAndHalvedWithoutEvidence)
{
    // Senior expects testing 3 and debugging 3; both rated 2.
    // testing with a win: 24/3 x 2 = 16 -> 66.67% -> 67%.
    // debugging without:  16 halved = 8 -> 33.33% -> 33%.
    const QList<Assessment> ratings{rate(1, u"testing"_s, 2, d(2026, 1, 2)), rate(2, u"debugging"_s, 2, d(2026, 1, 2))};
    const ReadinessReport r = readiness(ratings, {win(1, d(2026, 2, 2), {u"testing"_s})}, u"senior"_s);
    EXPECT_EQ(r.skill(u"testing"_s)->points, 16);
    EXPECT_EQ(r.skill(u"testing"_s)->percent, 67);
    EXPECT_EQ(r.skill(u"debugging"_s)->points, 8);
    EXPECT_EQ(r.skill(u"debugging"_s)->percent, 33);
    EXPECT_EQ(r.skill(u"debugging"_s)->status, SkillStatus::Gap);
    // craft: (16 + 8) / 48 = 50%.
    EXPECT_EQ(r.category(u"craft"_s)->percent, 50);
}

TEST(EngineReadiness, PercentagesRoundHalfUpFromExactPoints)
{
    // Architect expects debugging 4: rated 1, no win -> 24/4 x 1 = 6, halved = 3
    // -> 100 x 3/24 = 12.5% -> 13%.
    // Senior expects testing 3: rated 1, no win -> 24/3 x 1 = 8, halved = 4
    // -> 100 x 4/24 = 16.67% -> 17%.
    const QList<Assessment> ratings{rate(1, u"debugging"_s, 1, d(2026, 1, 2)), rate(2, u"testing"_s, 1, d(2026, 1, 2))};
    EXPECT_EQ(readiness(ratings, {}, u"architect"_s).skill(u"debugging"_s)->percent, 13);
    EXPECT_EQ(readiness(ratings, {}, u"senior"_s).skill(u"testing"_s)->percent, 17);
    // The arithmetic itself: 1/8 -> 13 (half up), 1/3 -> 33, 2/3 -> 67, nothing expected -> 100.
    EXPECT_EQ(ReadinessScore::percent(3, 1), 13);
    EXPECT_EQ(ReadinessScore::percent(8, 1), 33);
    EXPECT_EQ(ReadinessScore::percent(16, 1), 67);
    EXPECT_EQ(ReadinessScore::percent(0, 0), 100);
    // 2 skills, 1 point: 100 x 1/48 = 2.08% -> 2.
    EXPECT_EQ(ReadinessScore::percent(1, 2), 2);
}

TEST(EngineReadiness, UnknownLevelAndBadPeriodAreErrors)
{
    const Result<ReadinessReport> unknown = fixtures::readinessFromWins(mini(), {}, QList<Win>{}, {}, u"staff"_s, h1());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message().toStdString(), "unknown level 'staff' (levels: junior, mid-level, senior, architect)");
    const Result<ReadinessReport> backwards
        = fixtures::readinessFromWins(mini(), {}, QList<Win>{}, {}, u"senior"_s, period(d(2026, 12, 1), d(2026, 1, 1)));
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().message().toStdString(),
              "invalid period '2026-12-01..2026-01-01': it needs a start and an end on or after it");
}

TEST(EngineReadiness, SameInputsInAnyOrderGiveTheSameReport)
{
    QList<Assessment> ratings{rate(1, u"testing"_s, 3, d(2026, 2, 1)), rate(2, u"testing"_s, 2, d(2026, 2, 1)),
                              rate(3, u"debugging"_s, 4, d(2026, 3, 1))};
    QList<Win> wins{win(1, d(2026, 2, 2), {u"testing"_s}), win(2, d(2026, 2, 2), {u"testing"_s}), win(3, d(2026, 5, 5), {u"debugging"_s})};
    const ReadinessReport a = readiness(ratings, wins, u"senior"_s);
    std::reverse(ratings.begin(), ratings.end());
    std::reverse(wins.begin(), wins.end());
    const ReadinessReport b = readiness(ratings, wins, u"senior"_s);
    // testing: ids 1 and 2 share 02-01, id 2 (rating 2) wins in both orders.
    EXPECT_EQ(a.skill(u"testing"_s)->rating, 2);
    EXPECT_EQ(b.skill(u"testing"_s)->rating, 2);
    EXPECT_EQ(joined(winTitles(a.skill(u"testing"_s))), joined(winTitles(b.skill(u"testing"_s))));
    EXPECT_EQ(a.points, b.points);
    EXPECT_EQ(a.percent, b.percent);
}

TEST(EngineReadiness, FullPointsDivideByEveryExpectationOfTheScale)
{
    // 2 x lcm(1..max): the built-in 0-4 keeps its 24; six milestones 0-5 need 120.
    EXPECT_EQ(ReadinessScore::fullPoints(ProficiencyScale()), 24);
    EXPECT_EQ(ReadinessScore::fullPoints(sixSteps()), 120);
    QList<ScaleStep> eleven(ProficiencyScale::MaxSteps);
    EXPECT_EQ(ReadinessScore::fullPoints(ProficiencyScale(eleven)), 5040);
    // 120/5 x 4 = 96 with a win, halved to 48 without.
    EXPECT_EQ(ReadinessScore::points(4, 5, true, sixSteps()), 96);
    EXPECT_EQ(ReadinessScore::points(4, 5, false, sixSteps()), 48);
}

TEST(EngineReadiness, ASkillThatDoesNotApplyIsLeftOutOnTheFrameworksOwnScale)
{
    // Target manager on the 0-5 scale: testing 3, on-call n/a, mentoring 5.
    const QList<Assessment> ratings{rate(1, u"testing"_s, 5, d(2026, 2, 1)), rate(2, u"on-call"_s, 1, d(2026, 2, 1)),
                                    rate(3, u"mentoring"_s, 4, d(2026, 2, 1))};
    const QList<Win> wins{win(1, d(2026, 3, 1), {u"testing"_s, u"mentoring"_s, u"on-call"_s})};
    const Result<ReadinessReport> r = fixtures::readinessFromWins(tracks(), ratings, wins, {}, u"manager"_s, h1());
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->scale, sixSteps());
    EXPECT_EQ(r->fullPoints, 120);

    // testing: 5 >= 3 with a win -> Met; 120/3 x 3 = 120.
    EXPECT_EQ(r->skill(u"testing"_s)->status, SkillStatus::Met);
    EXPECT_EQ(r->skill(u"testing"_s)->rating, 5); // not clamped to 4: the scale goes to 5
    EXPECT_EQ(r->skill(u"testing"_s)->points, 120);
    // on-call does not apply at manager: n/a, whatever its rating and wins.
    const SkillReadiness *onCall = r->skill(u"on-call"_s);
    EXPECT_EQ(onCall->status, SkillStatus::NotApplicable);
    EXPECT_FALSE(onCall->applicable);
    EXPECT_EQ(onCall->expected, 0);
    EXPECT_EQ(skillStatusKey(onCall->status), u"not-applicable"_s);
    // mentoring: 4 < 5 -> Gap; 120/5 x 4 = 96 -> 80%.
    EXPECT_EQ(r->skill(u"mentoring"_s)->status, SkillStatus::Gap);
    EXPECT_EQ(r->skill(u"mentoring"_s)->points, 96);
    EXPECT_EQ(r->skill(u"mentoring"_s)->percent, 80);

    // Overall over the 2 skills that count: (120 + 96) / 240 = 90%.
    EXPECT_EQ(r->expectedSkillCount, 2);
    EXPECT_EQ(r->points, 216);
    EXPECT_EQ(r->percent, 90);
    EXPECT_EQ(r->metCount, 1);
    EXPECT_EQ(r->gapCount, 1);
    EXPECT_EQ(r->notApplicableCount, 1);
    EXPECT_EQ(r->notExpectedCount, 0);
    // craft: testing alone counts, 100%; on-call is its n/a.
    EXPECT_EQ(r->category(u"craft"_s)->expectedSkillCount, 1);
    EXPECT_EQ(r->category(u"craft"_s)->percent, 100);
    EXPECT_EQ(r->category(u"craft"_s)->notApplicableCount, 1);
}

TEST(EngineReadiness, ARatingAboveTheScaleInUseCountsAsItsTop)
{
    // A 5 given in a 0-5 framework, read in the built-in 0-4 mini: architect
    // expects debugging 4, and the 5 counts as 4 (no overflow of the points).
    const Result<ReadinessReport> r
        = fixtures::readinessFromWins(mini(), {rate(1, u"debugging"_s, 5, d(2026, 2, 1))}, QList<Win>{}, {}, u"architect"_s, h1());
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->skill(u"debugging"_s)->rating, 4);
    EXPECT_EQ(r->skill(u"debugging"_s)->status, SkillStatus::Claimed);
    EXPECT_EQ(r->skill(u"debugging"_s)->points, 12);
}
