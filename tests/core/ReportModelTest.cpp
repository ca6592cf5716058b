// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/WinOrder.h"
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

QList<qint64> winIds(const QList<Win> &wins)
{
    QList<qint64> out;
    for (const Win &w : wins)
        out << w.id;
    return out;
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

namespace {

// The worked example with 30 more testing wins in the period, one a day from
// 2026-03-01: the oldest starred, every fifth with an impact.
ReportData busyTesting()
{
    ReportData data = workedExampleData();
    for (int i = 0; i < 30; ++i) {
        Win extra = win(100 + i, d(2026, 3, 1).addDays(i), {u"testing"_s});
        extra.title = u"Extra %1"_s.arg(i);
        extra.starred = (i == 0);
        if (i % 5 == 0)
            extra.impact = u"Impact %1"_s.arg(i);
        data.wins << extra;
    }
    return data;
}

QStringList titles(const QList<Win> &wins)
{
    QStringList out;
    for (const Win &w : wins)
        out << w.title;
    return out;
}

} // namespace

TEST(WinOrder, StrongestAreStarredThenWithAnImpactThenNewest)
{
    Win oldStarred = win(1, d(2026, 1, 2), {});
    oldStarred.starred = true;
    Win newStarred = win(2, d(2026, 5, 2), {});
    newStarred.starred = true;
    Win oldImpact = win(3, d(2026, 1, 3), {});
    oldImpact.impact = u"Saved a day a week"_s;
    Win blankImpact = win(4, d(2026, 6, 1), {});
    blankImpact.impact = u"   "_s; // says nothing: no impact
    Win newest = win(5, d(2026, 6, 1), {});
    Win sameDayEarlier = win(4, d(2026, 6, 1), {});

    const QList<Win> all{newest, oldImpact, blankImpact, oldStarred, newStarred};
    EXPECT_EQ(winIds(WinOrder::strongest(all, -1)), (QList<qint64>{2, 1, 3, 5, 4}));
    EXPECT_EQ(winIds(WinOrder::strongest(all, 3)), (QList<qint64>{2, 1, 3}));
    EXPECT_EQ(winIds(WinOrder::strongest(all, 0)), QList<qint64>{});
    EXPECT_EQ(winIds(WinOrder::strongest(all, 99)).size(), 5);
    EXPECT_TRUE(WinOrder::strongestFirst(newest, sameDayEarlier)); // a tie on the day: the later logged
}

TEST(ReportModel, EachSkillShowsItsThreeStrongestWinsAndNoAppendixByDefault)
{
    Result<ReadinessReportModel> model = buildReadiness(busyTesting(), u"senior"_s, h1(), d(2026, 11, 22));
    ASSERT_TRUE(model.ok());
    EXPECT_FALSE(model->hasAppendix());
    const SkillReadiness *testing = model->readiness.skill(u"testing"_s);
    ASSERT_TRUE(testing);
    EXPECT_EQ(testing->evidenceCount, 32); // every win still counts
    EXPECT_TRUE(testing->evidence.isEmpty()) << "no appendix, nothing listed for it";
    // The two starred (the one with an impact first), then the newest of those with an impact.
    EXPECT_EQ(titles(model->strongestOf(u"testing"_s)), (QStringList{u"Extra 0"_s, u"Designed the notification fan-out"_s, u"Extra 25"_s}));
    EXPECT_EQ(model->strongestOf(u"debugging"_s).size(), 0); // its wins are outside 2026-H1
}

TEST(ReportModel, AnAppendixListsItsNumberOfStrongestWinsNewestFirst)
{
    Result<ReadinessReportModel> model = buildReadiness(busyTesting(), u"senior"_s, h1(), d(2026, 11, 22), 20);
    ASSERT_TRUE(model.ok());
    EXPECT_TRUE(model->hasAppendix());
    const SkillReadiness *testing = model->readiness.skill(u"testing"_s);
    ASSERT_EQ(testing->evidence.size(), 20);
    const QStringList listed = titles(testing->evidence);
    // The starred and those with an impact are in, even the old ones; then the newest.
    for (const QString &title : {u"Extra 0"_s, u"Extra 5"_s, u"Extra 10"_s, u"Designed the notification fan-out"_s, u"Extra 29"_s})
        EXPECT_TRUE(listed.contains(title)) << title.toStdString();
    EXPECT_FALSE(listed.contains(u"Extra 1"_s)); // old, unstarred, no impact: left out
    for (qsizetype i = 1; i < testing->evidence.size(); ++i)
        EXPECT_GE(testing->evidence.at(i - 1).date, testing->evidence.at(i).date);
    EXPECT_EQ(model->strongestOf(u"testing"_s).size(), ReadinessReportModel::StrongestListed);

    Result<ReadinessReportModel> all = buildReadiness(busyTesting(), u"senior"_s, h1(), d(2026, 11, 22), ReadinessReportModel::AllEvidence);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->readiness.skill(u"testing"_s)->evidence.size(), 32);
}

TEST(ReportModel, AppendixKeys)
{
    int appendix = 7;
    EXPECT_TRUE(ReadinessReportModel::appendixFromKey(u"all"_s, &appendix));
    EXPECT_EQ(appendix, ReadinessReportModel::AllEvidence);
    EXPECT_TRUE(ReadinessReportModel::appendixFromKey(u" ALL "_s, &appendix));
    EXPECT_EQ(appendix, ReadinessReportModel::AllEvidence);
    EXPECT_TRUE(ReadinessReportModel::appendixFromKey(u"20"_s, &appendix));
    EXPECT_EQ(appendix, 20);
    EXPECT_TRUE(ReadinessReportModel::appendixFromKey(u"0"_s, &appendix));
    EXPECT_EQ(appendix, ReadinessReportModel::NoAppendix);
    for (const QString &bad : {u""_s, u"-1"_s, u"+3"_s, u"1.5"_s, u"1e3"_s, u"some"_s, u"\uff12"_s, u"99999999999"_s}) {
        appendix = 7;
        EXPECT_FALSE(ReadinessReportModel::appendixFromKey(bad, &appendix)) << bad.toStdString();
        EXPECT_EQ(appendix, 7);
    }
    EXPECT_EQ(ReadinessReportModel::listLimit(ReadinessReportModel::NoAppendix), ReadinessReportModel::StrongestListed);
    EXPECT_EQ(ReadinessReportModel::listLimit(1), ReadinessReportModel::StrongestListed);
    EXPECT_EQ(ReadinessReportModel::listLimit(20), 20);
    EXPECT_LT(ReadinessReportModel::listLimit(ReadinessReportModel::AllEvidence), 0);
}
