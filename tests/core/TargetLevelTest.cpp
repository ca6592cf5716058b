// SPDX-License-Identifier: GPL-3.0-or-later
// The level the user aims for (Ratings::targetLevel): stored per framework
// with the current level in one write, else the one above the current level.

#include "application/Frameworks.h"
#include "application/Ratings.h"
#include "application/Review.h"
#include "engine/LevelLookup.h"
#include "io/FrameworkFormat.h"
#include "WorkspaceTest.h"

namespace ladder {
namespace {

using TargetLevelTest = WorkspaceTest;

TEST_F(TargetLevelTest, WithoutAChoiceItIsTheLevelAboveTheCurrentOne)
{
    const QList<Level> levels = LevelLookup::byRank(*m_ws->frameworks().active());
    ASSERT_GE(levels.size(), 3);
    EXPECT_EQ(*m_ws->ratings().storedTarget(), QString());
    EXPECT_EQ(*m_ws->ratings().targetLevel(), levels.at(1).slug);
    ASSERT_TRUE(m_ws->ratings().setCurrentLevel(levels.at(1).slug).ok());
    EXPECT_EQ(*m_ws->ratings().targetLevel(), levels.at(2).slug);
}

TEST_F(TargetLevelTest, BothLevelsAreStoredTogetherAndReachTheReview)
{
    const QList<Level> levels = LevelLookup::byRank(*m_ws->frameworks().active());
    ASSERT_TRUE(m_ws->ratings().setLevels(levels.at(1).slug, levels.last().slug).ok());
    EXPECT_EQ(*m_ws->ratings().storedLevel(), levels.at(1).slug);
    EXPECT_EQ(*m_ws->ratings().targetLevel(), levels.last().slug);
    EXPECT_EQ(m_ws->review().standing()->targetLevelSlug, levels.last().slug);
    // An empty target forgets the choice.
    ASSERT_TRUE(m_ws->ratings().setLevels(levels.at(1).slug, QString()).ok());
    EXPECT_EQ(*m_ws->ratings().storedTarget(), QString());
    EXPECT_EQ(*m_ws->ratings().targetLevel(), levels.at(2).slug);
}

TEST_F(TargetLevelTest, AnUnknownLevelChangesNothing)
{
    const QList<Level> levels = LevelLookup::byRank(*m_ws->frameworks().active());
    const Result<void> bad = m_ws->ratings().setLevels(levels.at(2).slug, QStringLiteral("cto"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message().contains(QStringLiteral("unknown level 'cto'"))) << bad.error().message().toStdString();
    EXPECT_EQ(*m_ws->ratings().storedLevel(), levels.first().slug);
    EXPECT_EQ(*m_ws->ratings().storedTarget(), QString());
    EXPECT_FALSE(m_ws->ratings().setLevels(QStringLiteral("cto"), levels.at(1).slug).ok());
    EXPECT_EQ(*m_ws->ratings().storedTarget(), QString());
}

TEST_F(TargetLevelTest, EachFrameworkKeepsItsOwnTarget)
{
    const QList<Level> levels = LevelLookup::byRank(*m_ws->frameworks().active());
    ASSERT_TRUE(m_ws->ratings().setLevels(levels.first().slug, levels.last().slug).ok());
    Framework other = *FrameworkFormat::builtIn();
    other.slug = QStringLiteral("acme");
    Frameworks::ImportOptions options;
    options.activate = true;
    ASSERT_TRUE(m_ws->frameworks().import(other, options).ok());
    EXPECT_EQ(*m_ws->ratings().storedTarget(), QString());
    ASSERT_TRUE(m_ws->frameworks().activate(QStringLiteral("software-engineer")).ok());
    EXPECT_EQ(*m_ws->ratings().storedTarget(), levels.last().slug);
}

} // namespace
} // namespace ladder
