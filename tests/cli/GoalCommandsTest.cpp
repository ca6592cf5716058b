// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadInput.h"
#include "CliRunner.h"
#include "TempDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#define S(x) QStringLiteral(x)

namespace {

// "Today" is 2026-11-22 (CliRunner).
class GoalCommands : public ::testing::Test
{
protected:
    TempDir m_dir;
    CliRunner m_cli{m_dir.file(S("ladder.db"))};

    QJsonDocument json(const QStringList &arguments)
    {
        const CliResult r = m_cli.run(arguments + QStringList{S("--json")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8());
    }
    QJsonObject goal(qint64 id) { return json({S("goal"), S("show"), QString::number(id)}).object(); }
    CliResult ok(const QStringList &arguments)
    {
        const CliResult r = m_cli.run(arguments);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r;
    }
    qint64 add(const QStringList &arguments, CliRunner *cli = nullptr)
    {
        const CliResult r = (cli ? *cli : m_cli).run(QStringList{S("goal"), S("add")} + arguments);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.out.trimmed().toLongLong();
    }
};

TEST_F(GoalCommands, AddStoresEveryFieldAndPrintsTheId)
{
    EXPECT_EQ(add({S("Lead"), S("the failover drill"), S("--skill"), S("distributed-systems"), S("--skill"), S("incident-response"),
                   S("--due"), S("2026-12-31"), S("--note"), S("Q4 plan"), S("--milestone"), S("Write the runbook"), S("--milestone"),
                   S("Dry run in staging")}),
              1);
    const QJsonArray goals = json({S("goal"), S("list")}).array();
    ASSERT_EQ(goals.size(), 1);
    const QJsonObject g = goals.first().toObject();
    EXPECT_EQ(g[S("id")].toInt(), 1);
    EXPECT_EQ(g[S("title")].toString(), S("Lead the failover drill"));
    EXPECT_EQ(g[S("status")].toString(), S("open"));
    EXPECT_EQ(g[S("created_on")].toString(), S("2026-11-22"));
    EXPECT_EQ(g[S("due")].toString(), S("2026-12-31"));
    EXPECT_EQ(g[S("note")].toString(), S("Q4 plan"));
    EXPECT_EQ(g[S("skills")].toArray(), (QJsonArray{S("distributed-systems"), S("incident-response")}));
    EXPECT_EQ(g[S("progress")].toInt(), 0);
    EXPECT_FALSE(g[S("overdue")].toBool());
    const QJsonArray milestones = g[S("milestones")].toArray();
    ASSERT_EQ(milestones.size(), 2);
    EXPECT_EQ(milestones.at(1)[S("n")].toInt(), 2);
    EXPECT_EQ(milestones.at(1)[S("text")].toString(), S("Dry run in staging"));
    EXPECT_TRUE(milestones.at(1)[S("done_on")].isNull());

    const CliResult r = m_cli.run({S("goal"), S("add"), S("Write a design doc"), S("--json")});
    EXPECT_EQ(r.out, S("{\"id\": 2}\n"));
}

TEST_F(GoalCommands, DueDatesLookAhead)
{
    // 2026-11-22 is a Sunday.
    const QList<std::pair<QString, QString>> cases
        = {{S("friday"), S("2026-11-27")},      {S("Fri"), S("2026-11-27")},        {S("sunday"), S("2026-11-22")},
           {S("next sunday"), S("2026-11-29")}, {S("in 2 weeks"), S("2026-12-06")}, {S("in 1 month"), S("2026-12-22")},
           {S("tomorrow"), S("2026-11-23")},    {S("2027-01-15"), S("2027-01-15")}};
    for (const auto &[text, date] : cases) {
        const qint64 id = add({S("Goal due ") + text, S("--due"), text});
        EXPECT_EQ(goal(id)[S("due")].toString(), date) << text.toStdString();
    }
    ok({S("goal"), S("milestone"), S("add"), S("1"), S("First step"), S("--due"), S("wednesday")});
    EXPECT_EQ(goal(1)[S("milestones")].toArray().first()[S("due")].toString(), S("2026-11-25"));
}

TEST_F(GoalCommands, ListShowsStatusDueProgressAndMarksOverdue)
{
    // Goals made on 2026-10-01, looked at on 2026-11-22.
    CliRunner earlier(m_cli.dbPath(), QDate(2026, 10, 1));
    add({S("Ship the canary pipeline"), S("--due"), S("2026-11-01"), S("--skill"), S("delivery"), S("--milestone"), S("a"),
         S("--milestone"), S("b"), S("--milestone"), S("c")},
        &earlier);
    add({S("Mentor a new hire"), S("--skill"), S("mentoring")}, &earlier);
    add({S("Give a talk"), S("--due"), S("2026-12-15")});
    ok({S("goal"), S("milestone"), S("done"), S("1"), S("1")});
    ok({S("goal"), S("milestone"), S("done"), S("1"), S("2")});
    ok({S("goal"), S("drop"), S("2")});

    const CliResult r = ok({S("goal"), S("list")});
    EXPECT_EQ(r.out,
              S("ID  STATUS   DUE           PROGRESS  TITLE                     SKILLS\n"
                "1   open     2026-11-01 !  2/3 67%   Ship the canary pipeline  delivery\n"
                "3   open     2026-12-15    \u2014         Give a talk\n"
                "2   dropped  \u2014             \u2014         Mentor a new hire         mentoring\n"));
    const QJsonArray all = json({S("goal"), S("list")}).array();
    ASSERT_EQ(all.size(), 3);
    EXPECT_TRUE(all.at(0)[S("overdue")].toBool());
    EXPECT_EQ(all.at(0)[S("progress")].toInt(), 67);
    EXPECT_FALSE(all.at(1)[S("overdue")].toBool());

    EXPECT_EQ(json({S("goal"), S("list"), S("--status"), S("open")}).array().size(), 2);
    EXPECT_EQ(json({S("goal"), S("list"), S("--status"), S("dropped")}).array().size(), 1);
    EXPECT_EQ(json({S("goal"), S("list"), S("--status"), S("done")}).array().size(), 0);
    const QJsonArray mentoring = json({S("goal"), S("list"), S("--skill"), S("mentoring")}).array();
    ASSERT_EQ(mentoring.size(), 1);
    EXPECT_EQ(mentoring.first()[S("id")].toInt(), 2);
}

TEST_F(GoalCommands, ShowListsMilestonesSkillsAndTheWinsThatPointAtIt)
{
    CliRunner earlier(m_cli.dbPath(), QDate(2026, 11, 1));
    add({S("Lead the failover drill"), S("--skill"), S("distributed-systems"), S("--due"), S("2026-12-31"), S("--note"),
         S("Before the freeze")},
        &earlier);
    ok({S("goal"), S("milestone"), S("add"), S("1"), S("Write"), S("the runbook"), S("--due"), S("2026-11-10")});
    ok({S("goal"), S("milestone"), S("add"), S("1"), S("Dry run in staging"), S("--due"), S("2026-11-30")});
    ok({S("goal"), S("milestone"), S("done"), S("1"), S("1"), S("--date"), S("2026-11-09")});
    ok({S("win"), S("add"), S("Wrote the failover runbook"), S("--goal"), S("1"), S("--date"), S("2026-11-09")});
    ok({S("win"), S("add"), S("Unrelated win")});

    const CliResult r = ok({S("goal"), S("show"), S("1")});
    EXPECT_EQ(r.out,
              S("#1  open  created 2026-11-01  due 2026-12-31\n"
                "Lead the failover drill\n"
                "Progress: 1/2 50%\n"
                "Skills: distributed-systems\n"
                "Note: Before the freeze\n"
                "\n"
                "Milestones\n"
                "  [x] 1. Write the runbook (due 2026-11-10, done 2026-11-09)\n"
                "  [ ] 2. Dry run in staging (due 2026-11-30)\n"
                "\n"
                "Wins (1)\n"
                "  #1  2026-11-09  Wrote the failover runbook\n"));
    const QJsonObject g = goal(1);
    ASSERT_EQ(g[S("wins")].toArray().size(), 1);
    EXPECT_EQ(g[S("wins")].toArray().first()[S("title")].toString(), S("Wrote the failover runbook"));
    EXPECT_EQ(g[S("milestones")].toArray().first()[S("done_on")].toString(), S("2026-11-09"));
    EXPECT_EQ(g[S("progress")].toInt(), 50);
}

TEST_F(GoalCommands, EditChangesOnlyWhatIsGiven)
{
    add({S("Draft"), S("--skill"), S("testing"), S("--skill"), S("debugging"), S("--due"), S("2026-12-01"), S("--note"), S("kept")});
    const CliResult r = ok({S("goal"), S("edit"), S("1"), S("--title"), S("Own the test strategy"), S("--no-due"), S("--skill"),
                            S("automation"), S("--remove-skill"), S("debugging")});
    EXPECT_EQ(r.err, S("Updated goal 1.\n"));
    QJsonObject g = goal(1);
    EXPECT_EQ(g[S("title")].toString(), S("Own the test strategy"));
    EXPECT_TRUE(g[S("due")].isNull());
    EXPECT_EQ(g[S("note")].toString(), S("kept"));
    EXPECT_EQ(g[S("skills")].toArray(), (QJsonArray{S("automation"), S("testing")}));
    EXPECT_EQ(g[S("created_on")].toString(), S("2026-11-22"));

    ok({S("goal"), S("edit"), S("1"), S("--due"), S("2026-12-24"), S("--note"), S("")});
    g = goal(1);
    EXPECT_EQ(g[S("due")].toString(), S("2026-12-24"));
    EXPECT_TRUE(g[S("note")].toString().isEmpty());
    EXPECT_EQ(g[S("title")].toString(), S("Own the test strategy"));
}

TEST_F(GoalCommands, DoneDropAndUndo)
{
    CliRunner earlier(m_cli.dbPath(), QDate(2026, 11, 1));
    add({S("Learn Rust")}, &earlier);
    const CliResult done = ok({S("goal"), S("done"), S("1"), S("--date"), S("yesterday")});
    EXPECT_EQ(done.err, S("Goal 1 done on 2026-11-21: Learn Rust\n"));
    QJsonObject g = goal(1);
    EXPECT_EQ(g[S("status")].toString(), S("done"));
    EXPECT_EQ(g[S("closed_on")].toString(), S("2026-11-21"));
    EXPECT_EQ(g[S("progress")].toInt(), 100);

    const CliResult twice = ok({S("goal"), S("done"), S("1")});
    EXPECT_EQ(twice.err, S("Goal 1 is already done (since 2026-11-21); nothing changed.\n"));
    EXPECT_EQ(goal(1)[S("closed_on")].toString(), S("2026-11-21"));

    const CliResult undo = ok({S("goal"), S("done"), S("1"), S("--undo")});
    EXPECT_EQ(undo.err, S("Goal 1 is open again.\n"));
    g = goal(1);
    EXPECT_EQ(g[S("status")].toString(), S("open"));
    EXPECT_TRUE(g[S("closed_on")].isNull());

    ok({S("goal"), S("drop"), S("1")});
    g = goal(1);
    EXPECT_EQ(g[S("status")].toString(), S("dropped"));
    EXPECT_EQ(g[S("closed_on")].toString(), S("2026-11-22"));
    const CliResult wrongUndo = m_cli.run({S("goal"), S("done"), S("1"), S("--undo")});
    EXPECT_EQ(wrongUndo.code, 1);
    EXPECT_EQ(wrongUndo.err, S("ladder-cli: error: goal 1 is dropped, not done: nothing to undo\n"));
}

TEST_F(GoalCommands, MilestonesAreNumberedAndCanBeReopened)
{
    add({S("Run a game day")});
    EXPECT_EQ(ok({S("goal"), S("milestone"), S("add"), S("1"), S("Pick a scenario")}).out, S("1\n"));
    EXPECT_EQ(ok({S("goal"), S("milestone"), S("add"), S("1"), S("Invite the teams"), S("--due"), S("2026-12-01")}).out, S("2\n"));
    const CliResult done = ok({S("goal"), S("milestone"), S("done"), S("1"), S("2")});
    EXPECT_EQ(done.err, S("Milestone 2 of goal 1 done; progress 1/2 50%.\n"));
    EXPECT_EQ(goal(1)[S("milestones")].toArray().at(1)[S("done_on")].toString(), S("2026-11-22"));
    const CliResult undo = ok({S("goal"), S("milestone"), S("done"), S("1"), S("2"), S("--undo")});
    EXPECT_EQ(undo.err, S("Milestone 2 of goal 1 is open again; progress 0/2 0%.\n"));
    EXPECT_TRUE(goal(1)[S("milestones")].toArray().at(1)[S("done_on")].isNull());
}

TEST_F(GoalCommands, RemoveKeepsTheWinsUnlinked)
{
    add({S("Speak at a meetup")});
    ok({S("win"), S("add"), S("Submitted the talk"), S("--goal"), S("1")});
    const CliResult r = ok({S("goal"), S("rm"), S("1"), S("--yes")});
    EXPECT_EQ(r.err, S("Deleted goal 1 (1 linked wins kept, unlinked).\n"));
    EXPECT_TRUE(json({S("goal"), S("list")}).array().isEmpty());
    const QJsonArray wins = json({S("win"), S("list")}).array();
    ASSERT_EQ(wins.size(), 1);
    EXPECT_TRUE(wins.first()[S("goals")].toArray().isEmpty());

    add({S("Keep me")});
    const CliResult no = m_cli.runOnTerminal({S("goal"), S("rm"), S("2")}, S("n\n"));
    EXPECT_EQ(no.code, 1);
    EXPECT_EQ(json({S("goal"), S("list")}).array().size(), 1);
}

// Every bad input is refused cleanly (BadInput.h).
class GoalBadInput : public GoalCommands, public ::testing::WithParamInterface<BadInput>
{
};

TEST_P(GoalBadInput, OneLineNothingChanged)
{
    add({S("An existing goal"), S("--skill"), S("testing"), S("--milestone"), S("one"), S("--milestone"), S("two")});
    m_cli.expectRefused(GetParam(), m_dir.path());
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, GoalBadInput,
    ::testing::Values(
        BadInput{"DueBeforeCreation",
                 ARGS(S("goal"), S("add"), S("x"), S("--due"), S("2026-11-01")),
                 {},
                 1,
                 SAYS(S("due date 2026-11-01 is before the goal was created (2026-11-22)"))},
        BadInput{"ImpossibleDue", ARGS(S("goal"), S("add"), S("x"), S("--due"), S("2026-02-30")), {}, 1, SAYS(S("--due: "))},
        BadInput{"AddUnknownSkill",
                 ARGS(S("goal"), S("add"), S("x"), S("--skill"), S("perf")),
                 {},
                 1,
                 SAYS(S("--skill: unknown skill 'perf' (did you mean 'performance'?)"))},
        BadInput{"AddEmptyMilestone", ARGS(S("goal"), S("add"), S("x"), S("--milestone"), S(" ")), {}, 1, SAYS(S("--milestone"))},
        BadInput{"AddNoTitle", ARGS(S("goal"), S("add")), {}, 2, SAYS(S("missing TITLE"))},
        BadInput{
            "ListBadStatus", ARGS(S("goal"), S("list"), S("--status"), S("finished")), {}, 1, SAYS(S("--status finished: not a status"))},
        BadInput{"ListUnknownSkill", ARGS(S("goal"), S("list"), S("--skill"), S("debuging")), {}, 1, SAYS(S("did you mean 'debugging'"))},
        BadInput{"ShowMissing", ARGS(S("goal"), S("show"), S("99")), {}, 1, SAYS(S("no goal with id 99"))},
        BadInput{"ShowNotAnId", ARGS(S("goal"), S("show"), S("first")), {}, 1, SAYS(S("goal show first: not an id"))},
        BadInput{"EditNothing", ARGS(S("goal"), S("edit"), S("1")), {}, 2, SAYS(S("give at least one of"))},
        BadInput{
            "EditDueAndNoDue", ARGS(S("goal"), S("edit"), S("1"), S("--due"), S("friday"), S("--no-due")), {}, 2, SAYS(S("contradict"))},
        BadInput{"EditEmptyTitle", ARGS(S("goal"), S("edit"), S("1"), S("--title"), S(" ")), {}, 1, SAYS(S("a goal needs a title"))},
        BadInput{"EditDueBeforeCreation",
                 ARGS(S("goal"), S("edit"), S("1"), S("--due"), S("2025-11-22")),
                 {},
                 1,
                 SAYS(S("due date 2025-11-22 is before"))},
        BadInput{"EditRemoveUnlinked",
                 ARGS(S("goal"), S("edit"), S("1"), S("--remove-skill"), S("mentoring")),
                 {},
                 1,
                 SAYS(S("--remove-skill mentoring: goal 1 is not linked to it (its skills: testing)"))},
        BadInput{"EditMissing", ARGS(S("goal"), S("edit"), S("42"), S("--title"), S("y")), {}, 1, SAYS(S("no goal with id 42"))},
        BadInput{"DoneFuture",
                 ARGS(S("goal"), S("done"), S("1"), S("--date"), S("2026-12-01")),
                 {},
                 1,
                 SAYS(S("--date 2026-12-01: 2026-12-01 is in the future"))},
        BadInput{"DoneBeforeCreation",
                 ARGS(S("goal"), S("done"), S("1"), S("--date"), S("yesterday")),
                 {},
                 1,
                 SAYS(S("date 2026-11-21 is before goal 1 was created (2026-11-22)"))},
        BadInput{"DropMissing", ARGS(S("goal"), S("drop"), S("7")), {}, 1, SAYS(S("no goal with id 7"))},
        BadInput{"DropUndoOpen", ARGS(S("goal"), S("drop"), S("1"), S("--undo")), {}, 1, SAYS(S("goal 1 is open, not dropped"))},
        BadInput{"UndoWithDate",
                 ARGS(S("goal"), S("done"), S("1"), S("--undo"), S("--date"), S("today")),
                 {},
                 2,
                 SAYS(S("--undo takes no --date"))},
        BadInput{"RemoveMissing", ARGS(S("goal"), S("rm"), S("9"), S("--yes")), {}, 1, SAYS(S("no goal with id 9"))},
        BadInput{"MilestoneUnknownGoal", ARGS(S("goal"), S("milestone"), S("add"), S("5"), S("step")), {}, 1, SAYS(S("no goal with id 5"))},
        BadInput{"MilestoneDueBeforeCreation",
                 ARGS(S("goal"), S("milestone"), S("add"), S("1"), S("step"), S("--due"), S("2026-01-01")),
                 {},
                 1,
                 SAYS(S("due date 2026-01-01 is before goal 1 was created (2026-11-22)"))},
        BadInput{"MilestoneNoNumber",
                 ARGS(S("goal"), S("milestone"), S("done"), S("1"), S("first")),
                 {},
                 1,
                 SAYS(S("goal milestone done 1 first: not a milestone number"))},
        BadInput{"MilestoneOutOfRange",
                 ARGS(S("goal"), S("milestone"), S("done"), S("1"), S("5")),
                 {},
                 1,
                 SAYS(S("goal 1 has no milestone 5 (it has 2)"))},
        BadInput{"MilestoneFuture",
                 ARGS(S("goal"), S("milestone"), S("done"), S("1"), S("1"), S("--date"), S("tomorrow")),
                 {},
                 1,
                 SAYS(S("is in the future"))},
        BadInput{"MilestoneMissingN", ARGS(S("goal"), S("milestone"), S("done"), S("1")), {}, 2, SAYS(S("missing N"))},
        BadInput{"UnknownSubcommand", ARGS(S("goal"), S("finish"), S("1")), {}, 2, SAYS(S("unknown command 'goal finish'"))}),
    badInputName);

} // namespace
