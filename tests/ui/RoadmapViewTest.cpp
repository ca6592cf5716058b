// SPDX-License-Identifier: GPL-3.0-or-later
// The Roadmap page: ordered steps to each level above the current one, the
// uncovered ones flagged, and a goal made from a step in one click.

#include "UiTestSupport.h"

#include "models/RoadmapModel.h"
#include "Session.h"
#include "views/RoadmapView.h"

#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

namespace ladder {
namespace {

class RoadmapViewTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        ASSERT_TRUE(ws().ratings().setCurrentLevel(QStringLiteral("mid-level")).ok());
        notify();
        window().showPage(MainWindow::RoadmapPage);
        m_view = window().roadmapView();
        m_model = m_view->model();
    }

    RoadmapView *m_view = nullptr;
    RoadmapModel *m_model = nullptr;
};

TEST_F(RoadmapViewTest, StagesForEachLevelAboveWithUncoveredStepsFlagged)
{
    // Mid-level: stages to Senior and Architect.
    ASSERT_EQ(m_model->rowCount(), 2);
    EXPECT_EQ(m_model->index(0, RoadmapModel::StepColumn).data().toString(), QStringLiteral("To Senior"));
    EXPECT_EQ(m_model->index(1, RoadmapModel::StepColumn).data().toString(), QStringLiteral("To Architect"));
    const QModelIndex stage = m_model->index(0, 0);
    ASSERT_GT(m_model->rowCount(stage), 0);
    const QModelIndex step = m_model->index(0, RoadmapModel::PlanColumn, stage);
    EXPECT_TRUE(step.data(RoadmapModel::UncoveredRole).toBool());
    EXPECT_TRUE(step.data().toString().contains(QStringLiteral("uncovered")));
    EXPECT_TRUE(findIn<QLabel>(m_view, QStringLiteral("roadmapSummary"))->text().contains(QStringLiteral("no goal yet")));
    // The first step is selected and explained.
    EXPECT_TRUE(m_view->tree()->currentIndex().isValid());
    EXPECT_TRUE(findIn<QTextBrowser>(m_view, QStringLiteral("roadmapDetail"))->toPlainText().contains(QStringLiteral("Suggested actions")));
}

TEST_F(RoadmapViewTest, MakeAGoalFromAStepInOneClick)
{
    const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
    const RoadmapStep step = *m_model->stepAt(first);
    clickIndex(m_view->tree(), first);
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("makeGoalButton")), Qt::LeftButton);

    Result<QList<Goal>> goals = ws().goals().list();
    ASSERT_EQ(goals->size(), 1);
    const Goal &goal = goals->first();
    EXPECT_EQ(goal.skillSlugs, QStringList{step.skillSlug});
    EXPECT_EQ(goal.status, GoalStatus::Open);
    EXPECT_TRUE(goal.title.contains(step.skillName)) << goal.title.toStdString();
    EXPECT_EQ(goal.milestones.size(), step.suggestedActions.size());
    // The step is covered now, and still the selected one.
    const RoadmapStep *now = m_model->stepAt(m_view->tree()->currentIndex());
    ASSERT_NE(now, nullptr);
    EXPECT_EQ(now->skillSlug, step.skillSlug);
    EXPECT_FALSE(now->uncovered);

    window().session()->undoStack()->undo();
    EXPECT_TRUE(ws().goals().list()->isEmpty());
    EXPECT_TRUE(m_model->stepAt(m_view->tree()->currentIndex())->uncovered);
}

TEST_F(RoadmapViewTest, AtTheTopThereIsNothingToPlan)
{
    ASSERT_TRUE(ws().ratings().setCurrentLevel(QStringLiteral("architect")).ok());
    notify();
    EXPECT_EQ(m_model->rowCount(), 0);
    EXPECT_TRUE(findIn<QLabel>(m_view, QStringLiteral("roadmapSummary"))->text().contains(QStringLiteral("top level")));
    EXPECT_FALSE(findIn<QPushButton>(m_view, QStringLiteral("makeGoalButton"))->isEnabled());
}

} // namespace
} // namespace ladder
