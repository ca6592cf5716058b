// SPDX-License-Identifier: GPL-3.0-or-later
// The store calls the GUI's undo stands on: deleting one rating
// (AssessmentStore::remove, undo of "rate") and one milestone
// (GoalStore::removeMilestone, undo of "add milestone").

#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "storage/Stores.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

using namespace ladder;

namespace {

class StoreUndoSupportTest : public WorkspaceTest
{
protected:
    qint64 rate(int rating, const QDate &date)
    {
        Assessment a;
        a.skillSlug = QStringLiteral("debugging");
        a.rating = rating;
        a.date = date;
        Result<qint64> id = storesOf(*m_ws).assessments().add(a);
        EXPECT_TRUE(id.ok());
        return id ? *id : 0;
    }
};

TEST_F(StoreUndoSupportTest, RemovingARatingKeepsTheRestOfTheHistory)
{
    const qint64 first = rate(1, QDate(2026, 3, 1));
    const qint64 second = rate(3, QDate(2026, 9, 1));
    ASSERT_TRUE(storesOf(*m_ws).assessments().remove(second).ok());
    const QList<Assessment> history = *storesOf(*m_ws).assessments().history(QStringLiteral("debugging"));
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().id, first);
    EXPECT_EQ(storesOf(*m_ws).assessments().latest().value().value(QStringLiteral("debugging")), 1);

    Result<void> again = storesOf(*m_ws).assessments().remove(second);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message(), QStringLiteral("no assessment with id %1").arg(second));
}

TEST_F(StoreUndoSupportTest, ARemovedRatingComesBackWithItsUuid)
{
    const qint64 id = rate(2, QDate(2026, 5, 1));
    const Assessment before = storesOf(*m_ws).assessments().history(QStringLiteral("debugging"))->first();
    ASSERT_TRUE(storesOf(*m_ws).assessments().remove(id).ok());
    ASSERT_TRUE(storesOf(*m_ws).assessments().add(before, true).ok());
    const Assessment after = storesOf(*m_ws).assessments().history(QStringLiteral("debugging"))->first();
    EXPECT_EQ(after.uuid, before.uuid);
    EXPECT_EQ(after.rating, 2);
    EXPECT_EQ(after.createdAt, before.createdAt);
}

TEST_F(StoreUndoSupportTest, RemovingAMilestoneRenumbersTheOnesAfterIt)
{
    Goal goal;
    goal.title = QStringLiteral("Own a release");
    goal.createdOn = QDate(2026, 1, 1);
    for (const char *text : {"Plan", "Rehearse", "Ship", "Review"})
        goal.milestones << Milestone{0, {}, 0, QString::fromLatin1(text), {}, {}};
    Result<qint64> id = storesOf(*m_ws).goals().add(goal);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(storesOf(*m_ws).goals().setMilestoneDone(*id, 3, QDate(2026, 2, 1)).ok());

    ASSERT_TRUE(storesOf(*m_ws).goals().removeMilestone(*id, 2).ok());
    const Goal after = *storesOf(*m_ws).goals().get(*id);
    ASSERT_EQ(after.milestones.size(), 3);
    EXPECT_EQ(after.milestones.at(0).text, QStringLiteral("Plan"));
    EXPECT_EQ(after.milestones.at(1).text, QStringLiteral("Ship"));
    EXPECT_EQ(after.milestones.at(1).position, 2);
    EXPECT_TRUE(after.milestones.at(1).isDone());
    EXPECT_EQ(after.milestones.at(2).text, QStringLiteral("Review"));
    EXPECT_EQ(after.milestones.at(2).position, 3);
    // The next one added goes to the end again.
    EXPECT_EQ(*storesOf(*m_ws).goals().addMilestone(*id, QStringLiteral("Celebrate"), {}), 4);

    Result<void> missing = storesOf(*m_ws).goals().removeMilestone(*id, 9);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("has no milestone 9")));
    EXPECT_FALSE(storesOf(*m_ws).goals().removeMilestone(999, 1).ok());
}

} // namespace
