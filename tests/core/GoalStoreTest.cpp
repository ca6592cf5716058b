// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "io/FrameworkFormat.h"
#include "storage/Stores.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

#include <memory>

using namespace ladder;

namespace {

class GoalStoreTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        if (HasFatalFailure())
            return;
        Goal goal;
        goal.title = QStringLiteral("Lead the failover drill");
        goal.createdOn = QDate(2026, 11, 1);
        goal.skillSlugs = {QStringLiteral("distributed-systems"), QStringLiteral("code-quality")};
        goal.milestones = {Milestone{0, {}, 0, QStringLiteral("Write the runbook"), {}, {}}};
        Result<qint64> id = storesOf(*m_ws).goals().add(goal);
        ASSERT_TRUE(id.ok()) << id.error().message().toStdString();
        m_id = *id;
    }

    qint64 m_id = 0;
};

TEST_F(GoalStoreTest, NothingIsClosedOrDoneBeforeTheGoalWasCreated)
{
    Result<void> early = storesOf(*m_ws).goals().setStatus(m_id, GoalStatus::Done, QDate(2026, 10, 31));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().message(), QStringLiteral("date 2026-10-31 is before goal 1 was created (2026-11-01)"));
    Result<void> milestone = storesOf(*m_ws).goals().setMilestoneDone(m_id, 1, QDate(2026, 10, 1));
    ASSERT_FALSE(milestone.ok());
    EXPECT_TRUE(milestone.error().message().contains(QStringLiteral("before goal 1 was created")));
    EXPECT_EQ(storesOf(*m_ws).goals().get(m_id)->status, GoalStatus::Open);
    EXPECT_FALSE(storesOf(*m_ws).goals().get(m_id)->milestones.first().isDone());

    ASSERT_TRUE(storesOf(*m_ws).goals().setStatus(m_id, GoalStatus::Done, QDate(2026, 11, 1)).ok());
    EXPECT_EQ(storesOf(*m_ws).goals().get(m_id)->closedOn, QDate(2026, 11, 1));
    ASSERT_TRUE(storesOf(*m_ws).goals().setStatus(m_id, GoalStatus::Open, {}).ok());
    EXPECT_FALSE(storesOf(*m_ws).goals().get(m_id)->closedOn.isValid());
    Result<void> missing = storesOf(*m_ws).goals().setStatus(99, GoalStatus::Dropped, QDate(2026, 11, 2));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message(), QStringLiteral("no goal with id 99"));
}

TEST_F(GoalStoreTest, LinksToSkillsOfAnotherFrameworkSurviveAnEdit)
{
    Result<Framework> acme = FrameworkFormat::readFile(QStringLiteral(LADDER_FIXTURES_DIR "/frameworks/third-party.json"));
    ASSERT_TRUE(acme.ok());
    ASSERT_TRUE(storesOf(*m_ws).frameworks().save(*acme, true).ok());
    // Neither linked skill is part of acme-platform; editing the title keeps both.
    const Goal before = *storesOf(*m_ws).goals().get(m_id);
    Goal goal = before;
    goal.title = QStringLiteral("Lead two failover drills");
    ASSERT_TRUE(storesOf(*m_ws).goals().update(before, goal).ok());
    EXPECT_EQ(storesOf(*m_ws).goals().get(m_id)->skillSlugs,
              (QStringList{QStringLiteral("code-quality"), QStringLiteral("distributed-systems")}));
    // A new link may name a skill of any framework of the database
    // (docs/formats.md, "Several frameworks"), not a slug none has.
    goal.skillSlugs << QStringLiteral("no-such-skill");
    Result<void> unknown = storesOf(*m_ws).goals().update(before, goal);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message().startsWith(QStringLiteral("unknown skill 'no-such-skill'")));
    goal.skillSlugs.last() = QStringLiteral("on-call");
    ASSERT_TRUE(storesOf(*m_ws).goals().update(before, goal).ok());
    EXPECT_EQ(storesOf(*m_ws).goals().get(m_id)->skillSlugs.size(), 3);
}

// An edit writes only what the user changed onto the goal as it is now; a
// second connection plays the other process that changed it meanwhile.
TEST_F(GoalStoreTest, AnEditKeepsWhatWasChangedMeanwhileAndRefusesAConflict)
{
    Result<std::unique_ptr<Workspace>> other = Workspace::open(m_dir.file(QStringLiteral("ladder.db")));
    ASSERT_TRUE(other.ok());
    const Goal before = *storesOf(*m_ws).goals().get(m_id);
    {
        Goal now = before;
        now.due = QDate(2026, 12, 31);
        now.note = QStringLiteral("Book the room");
        now.skillSlugs << QStringLiteral("incident-response");
        ASSERT_TRUE(storesOf(**other).goals().update(before, now).ok());
    }
    Goal after = before;
    after.title = QStringLiteral("Lead two failover drills");
    after.skillSlugs.removeAll(QStringLiteral("code-quality"));
    Result<void> updated = storesOf(*m_ws).goals().update(before, after);
    ASSERT_TRUE(updated.ok()) << updated.error().message().toStdString();
    Goal now = *storesOf(*m_ws).goals().get(m_id);
    EXPECT_EQ(now.title, QStringLiteral("Lead two failover drills"));
    EXPECT_EQ(now.due, QDate(2026, 12, 31));
    EXPECT_EQ(now.note, QStringLiteral("Book the room"));
    EXPECT_EQ(now.skillSlugs, (QStringList{QStringLiteral("distributed-systems"), QStringLiteral("incident-response")}));

    // The note and due date changed here too, to other values: refused, named.
    after = before;
    after.note = QStringLiteral("Ask for a room");
    after.due = QDate(2027, 1, 31);
    after.title = QStringLiteral("Lead two failover drills"); // the same as meanwhile: no conflict
    Result<void> conflict = storesOf(*m_ws).goals().update(before, after);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().message(), QStringLiteral("goal 1 was changed elsewhere meanwhile (note, due date); nothing was changed"));
    EXPECT_EQ(storesOf(*m_ws).goals().get(m_id)->note, QStringLiteral("Book the room"));

    ASSERT_TRUE(storesOf(**other).goals().remove(m_id).ok());
    Result<void> gone = storesOf(*m_ws).goals().update(before, after);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().message(), QStringLiteral("goal 1 was deleted meanwhile; nothing was changed"));
}

// A status change (the GUI's Done, Drop, Reopen and their undo) says what it
// saw: one made meanwhile by another process is not taken back.
TEST_F(GoalStoreTest, AStatusChangeMadeMeanwhileIsNotTakenBack)
{
    Result<std::unique_ptr<Workspace>> other = Workspace::open(m_dir.file(QStringLiteral("ladder.db")));
    ASSERT_TRUE(other.ok());
    const QDate on = storesOf(*m_ws).goals().get(m_id)->createdOn.addDays(1);
    // The window saw it open and marks it done, while the CLI had dropped it.
    ASSERT_TRUE(storesOf(**other).goals().setStatus(m_id, GoalStatus::Dropped, on).ok());
    const Result<void> done = storesOf(*m_ws).goals().setStatus(m_id, GoalStatus::Done, on, GoalStatus::Open);
    ASSERT_FALSE(done.ok());
    EXPECT_TRUE(done.error().message().contains(QStringLiteral("changed elsewhere meanwhile"))) << done.error().message().toStdString();
    EXPECT_EQ(storesOf(*m_ws).goals().get(m_id)->status, GoalStatus::Dropped);
    // The same change on both sides is no conflict; a status as seen goes through.
    EXPECT_TRUE(storesOf(*m_ws).goals().setStatus(m_id, GoalStatus::Dropped, on, GoalStatus::Open).ok());
    EXPECT_TRUE(storesOf(*m_ws).goals().setStatus(m_id, GoalStatus::Open, {}, GoalStatus::Dropped).ok());
    EXPECT_EQ(storesOf(*m_ws).goals().get(m_id)->status, GoalStatus::Open);
}

} // namespace
