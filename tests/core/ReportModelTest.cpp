// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BragReportModel.h"
#include "report/ReadinessReportModel.h"
#include "ReportFixtures.h"

#include <gtest/gtest.h>

using namespace ladder;
using namespace ladder::fixtures;

namespace {

ReadinessReportModel workedExample()
{
    Result<ReadinessReportModel> model = buildReadiness(workedExampleData(), u"senior"_s, h1(), d(2026, 11, 22));
    EXPECT_TRUE(model.ok()) << (model.ok() ? std::string() : model.error().message().toStdString());
    return model.ok() ? *model : ReadinessReportModel{};
}

QStringList slugs(const QList<MissingSkill> &missing)
{
    QStringList out;
    for (const MissingSkill &m : missing)
        out << m.skillSlug;
    return out;
}

} // namespace

TEST(ReportModel, HeaderNamesTheUserTheLevelsAndThePeriod)
{
    const ReadinessReportModel model = workedExample();
    EXPECT_EQ(model.header.userName, u"Alex Rivera"_s);
    EXPECT_EQ(model.header.currentLevelName, u"Mid-level"_s);
    EXPECT_EQ(model.header.targetLevelSlug, u"senior"_s);
    EXPECT_EQ(model.header.targetLevelName, u"Senior"_s);
    EXPECT_EQ(model.header.period.from, d(2026, 1, 1));
    EXPECT_EQ(model.header.period.to, d(2026, 6, 30));
    EXPECT_EQ(model.header.generatedOn, d(2026, 11, 22));
    EXPECT_EQ(model.header.frameworkName, u"Mini ladder"_s);
}

TEST(ReportModel, CarriesTheEngineNumbersOfTheWorkedExample)
{
    const ReadinessReportModel model = workedExample();
    EXPECT_EQ(model.readiness.percent, 54);
    EXPECT_EQ(model.readiness.category(u"craft"_s)->percent, 75);
    EXPECT_EQ(model.readiness.category(u"systems"_s)->percent, 67);
    EXPECT_EQ(model.readiness.category(u"people"_s)->percent, 0);
    EXPECT_EQ(model.readiness.evidenceWinCount, 2);
}

TEST(ReportModel, MissingIsLargestGapFirstThenTheClaims)
{
    const ReadinessReportModel model = workedExample();
    EXPECT_EQ(joined(slugs(model.missing)), "mentoring,system-design,debugging");
    const MissingSkill &mentoring = model.missing.at(0);
    EXPECT_EQ(mentoring.gap, 2);
    EXPECT_TRUE(mentoring.unrated);
    EXPECT_FALSE(mentoring.uncovered); // the goal covers it
    ASSERT_EQ(mentoring.coveringGoals.size(), 1);
    EXPECT_EQ(mentoring.coveringGoals.first().id, 7);
    EXPECT_EQ(mentoring.categoryName, u"People"_s);
    EXPECT_EQ(mentoring.behaviours, QStringList{u"mentoring@senior"_s});
    EXPECT_EQ(model.missing.at(2).status, SkillStatus::Claimed);
    EXPECT_TRUE(model.missing.at(2).uncovered);
}

TEST(ReportModel, PlanListsOpenGoalsSoonestDueFirstWithSortedMilestones)
{
    ReportData data = workedExampleData();
    Goal later = goal(3, GoalStatus::Open, {u"testing"_s});
    later.due = d(2026, 12, 1);
    Goal undated = goal(2, GoalStatus::Open, {});
    Goal done = goal(1, GoalStatus::Done, {u"testing"_s});
    done.due = d(2026, 1, 5);
    Goal sooner = goal(9, GoalStatus::Open, {});
    sooner.due = d(2026, 9, 30); // same day as goal 7: by id
    data.goals << later << undated << done << sooner;
    Result<ReadinessReportModel> model = buildReadiness(data, u"senior"_s, h1(), d(2026, 11, 22));
    ASSERT_TRUE(model.ok());
    QStringList ids;
    for (const Goal &g : model->goals)
        ids << QString::number(g.id);
    EXPECT_EQ(joined(ids), "7,9,3,2");
    ASSERT_EQ(model->goals.first().milestones.size(), 2);
    EXPECT_EQ(model->goals.first().milestones.at(0).text, u"Weekly one-to-ones"_s);
}

TEST(ReportModel, RoadmapRunsFromTheCurrentLevelToTheTarget)
{
    const ReadinessReportModel model = workedExample();
    ASSERT_EQ(model.roadmap.stages.size(), 1);
    const RoadmapStage &senior = model.roadmap.stages.first();
    EXPECT_EQ(senior.levelSlug, u"senior"_s);
    QStringList steps;
    for (const RoadmapStep &s : senior.steps)
        steps << s.skillSlug;
    // Ratings as of the period's end: system design is still 2 on 2026-06-30.
    EXPECT_EQ(joined(steps), "mentoring,system-design");

    ReportData atSenior = workedExampleData();
    atSenior.currentLevelSlug = u"senior"_s;
    Result<ReadinessReportModel> same = buildReadiness(atSenior, u"senior"_s, h1(), d(2026, 11, 22));
    ASSERT_TRUE(same.ok());
    EXPECT_TRUE(same->roadmap.stages.isEmpty());
}

TEST(ReportModel, ChartHasOneAxisPerExpectedSkillInReportOrder)
{
    ReadinessReportModel model = workedExample();
    ASSERT_EQ(model.chart.axes.size(), 4);
    EXPECT_EQ(model.chart.axes.at(0).label, u"Testing"_s);
    EXPECT_EQ(model.chart.axes.at(1).rating, 4);
    EXPECT_EQ(model.chart.axes.at(2).rating, 2);
    EXPECT_EQ(model.chart.axes.at(2).expected, 3);
    EXPECT_TRUE(model.chart.axes.at(3).unrated);
    EXPECT_EQ(model.chart.expectedLegend, u"Expected at Senior"_s);

    // At mid-level mentoring is not expected: no spoke for it.
    Result<ReadinessReportModel> mid = buildReadiness(workedExampleData(), u"mid-level"_s, h1(), d(2026, 11, 22));
    ASSERT_TRUE(mid.ok());
    EXPECT_EQ(mid->chart.axes.size(), 3);
}

TEST(ReportModel, UnknownTargetIsAnError)
{
    Result<ReadinessReportModel> model = buildReadiness(workedExampleData(), u"staff"_s, h1(), d(2026, 11, 22));
    ASSERT_FALSE(model.ok());
    EXPECT_TRUE(model.error().message().contains(u"unknown level 'staff'"_s)) << model.error().message().toStdString();
}

TEST(BragModel, BySkillInFoundationalOrderStarredFirstAWinUnderEachSkill)
{
    ReportData data = workedExampleData();
    Win loose = win(5, d(2026, 6, 1), {});
    loose.title = u"Organised the team offsite"_s;
    data.wins << loose;
    const BragReportModel model = BragReportModel::build(data, h1(), BragReportModel::Grouping::Skill, d(2026, 11, 22));
    QStringList groups;
    for (const BragReportModel::Group &g : model.groups)
        groups << g.key;
    // Debugging's wins fall outside 2026-H1; mentoring has none: both left out.
    EXPECT_EQ(joined(groups), "testing,system-design,");
    const BragReportModel::Group &testing = model.groups.at(0);
    EXPECT_EQ(testing.title, u"Testing"_s);
    EXPECT_EQ(testing.subtitle, u"Craft"_s);
    ASSERT_EQ(testing.winIndexes.size(), 2);
    EXPECT_EQ(model.wins.at(testing.winIndexes.at(0)).id, 2); // starred first
    EXPECT_EQ(model.wins.at(testing.winIndexes.at(1)).id, 1);
    EXPECT_EQ(testing.starredCount, 1);
    EXPECT_EQ(model.groups.at(2).title, u"Other wins"_s);
    EXPECT_EQ(model.winCount, 3);
    EXPECT_EQ(model.starredCount, 1);
    EXPECT_EQ(model.skillCount, 2);
    EXPECT_EQ(model.skillName(u"system-design"_s), u"System design"_s);
}

TEST(BragModel, ByMonthNewestMonthFirst)
{
    ReportData data = workedExampleData();
    Win sameMonth = win(6, d(2026, 5, 2), {u"testing"_s});
    data.wins << sameMonth;
    const BragReportModel model = BragReportModel::build(data, h1(), BragReportModel::Grouping::Month, d(2026, 11, 22));
    QStringList titles;
    for (const BragReportModel::Group &g : model.groups)
        titles << g.title;
    EXPECT_EQ(joined(titles), "May 2026,February 2026");
    ASSERT_EQ(model.groups.first().winIndexes.size(), 2);
    EXPECT_EQ(model.wins.at(model.groups.first().winIndexes.at(0)).id, 2); // starred
    EXPECT_EQ(model.wins.at(model.groups.first().winIndexes.at(1)).id, 6);
    EXPECT_EQ(model.groups.first().key, u"2026-05"_s);
}

TEST(BragModel, GroupingKeysRoundTrip)
{
    BragReportModel::Grouping g = BragReportModel::Grouping::Skill;
    EXPECT_TRUE(BragReportModel::groupingFromKey(u"month"_s, &g));
    EXPECT_EQ(g, BragReportModel::Grouping::Month);
    EXPECT_EQ(BragReportModel::groupingKey(g), u"month"_s);
    EXPECT_FALSE(BragReportModel::groupingFromKey(u"week"_s, &g));
}

TEST(ReportModel, EvidenceListsTheStarredThenTheNewestUpToTheCapAndKeepsTheCount)
{
    ReportData data = workedExampleData();
    // 30 more testing wins in the period, one per day from 2026-03-01; the
    // oldest of them is starred.
    for (int i = 0; i < 30; ++i) {
        Win extra = win(100 + i, d(2026, 3, 1).addDays(i), {u"testing"_s});
        extra.title = u"Extra %1"_s.arg(i);
        extra.starred = (i == 0);
        data.wins << extra;
    }
    Result<ReadinessReportModel> model = buildReadiness(data, u"senior"_s, h1(), d(2026, 11, 22));
    ASSERT_TRUE(model.ok());
    const SkillReadiness *testing = nullptr;
    for (const CategoryReadiness &category : model->readiness.categories) {
        for (const SkillReadiness &skill : category.skills) {
            if (skill.skillSlug == u"testing"_s)
                testing = &skill;
        }
    }
    ASSERT_TRUE(testing);
    EXPECT_EQ(testing->evidenceCount, 32); // every win still counts
    ASSERT_EQ(testing->evidence.size(), ReadinessReportModel::EvidenceListed);
    QStringList titles;
    for (const Win &w : testing->evidence)
        titles << w.title;
    // Both starred wins are listed, even the old ones, and the order stays newest first.
    EXPECT_TRUE(titles.contains(u"Designed the notification fan-out"_s));
    EXPECT_TRUE(titles.contains(u"Extra 0"_s));
    EXPECT_EQ(titles.first(), u"Designed the notification fan-out"_s); // 2026-05-20
    EXPECT_EQ(titles.last(), u"Extra 0"_s);                            // 2026-03-01
    EXPECT_FALSE(titles.contains(u"Extra 1"_s));                       // among the oldest unstarred: left out
    for (qsizetype i = 1; i < testing->evidence.size(); ++i)
        EXPECT_GE(testing->evidence.at(i - 1).date, testing->evidence.at(i).date);
}
