#include "WorkspaceTest.h"
#include "io/FrameworkFormat.h"
#include "io/Workspace.h"

#include <gtest/gtest.h>

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
        Result<qint64> id = m_ws->goals().add(goal);
        ASSERT_TRUE(id.ok()) << id.error().message().toStdString();
        m_id = *id;
    }

    qint64 m_id = 0;
};

TEST_F(GoalStoreTest, NothingIsClosedOrDoneBeforeTheGoalWasCreated)
{
    Result<void> early = m_ws->goals().setStatus(m_id, GoalStatus::Done, QDate(2026, 10, 31));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().message(), QStringLiteral("date 2026-10-31 is before goal 1 was created (2026-11-01)"));
    Result<void> milestone = m_ws->goals().setMilestoneDone(m_id, 1, QDate(2026, 10, 1));
    ASSERT_FALSE(milestone.ok());
    EXPECT_TRUE(milestone.error().message().contains(QStringLiteral("before goal 1 was created")));
    EXPECT_EQ(m_ws->goals().get(m_id)->status, GoalStatus::Open);
    EXPECT_FALSE(m_ws->goals().get(m_id)->milestones.first().isDone());

    ASSERT_TRUE(m_ws->goals().setStatus(m_id, GoalStatus::Done, QDate(2026, 11, 1)).ok());
    EXPECT_EQ(m_ws->goals().get(m_id)->closedOn, QDate(2026, 11, 1));
    ASSERT_TRUE(m_ws->goals().setStatus(m_id, GoalStatus::Open, {}).ok());
    EXPECT_FALSE(m_ws->goals().get(m_id)->closedOn.isValid());
    Result<void> missing = m_ws->goals().setStatus(99, GoalStatus::Dropped, QDate(2026, 11, 2));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message(), QStringLiteral("no goal with id 99"));
}

TEST_F(GoalStoreTest, LinksToSkillsOfAnotherFrameworkSurviveAnEdit)
{
    Result<Framework> acme = FrameworkFormat::readFile(QStringLiteral(LADDER_FIXTURES_DIR "/frameworks/third-party.json"));
    ASSERT_TRUE(acme.ok());
    ASSERT_TRUE(m_ws->frameworks().save(*acme, true).ok());
    // Neither linked skill is part of acme-platform; editing the title keeps both.
    Goal goal = *m_ws->goals().get(m_id);
    goal.title = QStringLiteral("Lead two failover drills");
    ASSERT_TRUE(m_ws->goals().update(goal).ok());
    EXPECT_EQ(m_ws->goals().get(m_id)->skillSlugs, (QStringList{QStringLiteral("code-quality"), QStringLiteral("distributed-systems")}));
    // A new link must still be a skill of the active framework.
    goal.skillSlugs << QStringLiteral("automation");
    Result<void> unknown = m_ws->goals().update(goal);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message().startsWith(QStringLiteral("unknown skill 'automation'")));
    goal.skillSlugs.last() = QStringLiteral("on-call");
    ASSERT_TRUE(m_ws->goals().update(goal).ok());
    EXPECT_EQ(m_ws->goals().get(m_id)->skillSlugs.size(), 3);
}

} // namespace
