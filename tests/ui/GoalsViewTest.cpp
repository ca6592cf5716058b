// SPDX-License-Identifier: GPL-3.0-or-later
// The Goals page: list with status, due date (overdue flagged) and progress;
// the detail with milestones to tick, skills and the wins behind the goal;
// new, edit, done, drop, reopen, delete, add milestone, all undoable.

#include "UiTestSupport.h"

#include "dialogs/GoalEditDialog.h"
#include "models/GoalListModel.h"
#include "Session.h"
#include "views/GoalsView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

namespace ladder {
namespace {

class GoalsViewTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_late = addGoal(QStringLiteral("Mentor a junior"), {QStringLiteral("mentoring")},
                         {QStringLiteral("Weekly one-to-ones"), QStringLiteral("Pair on a feature")}, QDate(2026, 11, 1));
        m_later = addGoal(QStringLiteral("Own a release"), {QStringLiteral("release-management")},
                          {QStringLiteral("Write the rollback plan")}, QDate(2027, 3, 1));
        m_win = addWin(QStringLiteral("First one-to-one"), QDate(2026, 10, 1), {QStringLiteral("mentoring")}, {}, false, {}, {}, {m_late});
        window().showPage(MainWindow::GoalsPage);
        m_view = window().goalsView();
        m_model = m_view->model();
        LADDER_TRY_EQ(m_model->rowCount(), 2);
    }

    int row(qint64 id) const { return m_model->rowOf(id); }
    Goal goal(qint64 id) { return *ws().goals().get(id); }

    qint64 m_late = 0;
    qint64 m_later = 0;
    qint64 m_win = 0;
    GoalsView *m_view = nullptr;
    GoalListModel *m_model = nullptr;
};

TEST_F(GoalsViewTest, ListShowsStatusDueWithOverdueHighlightedAndProgress)
{
    const int late = row(m_late);
    EXPECT_EQ(m_model->index(late, GoalListModel::StatusColumn).data().toString(), QStringLiteral("open"));
    EXPECT_EQ(m_model->index(late, GoalListModel::DueColumn).data().toString(), QStringLiteral("2026-11-01 (overdue)"));
    EXPECT_TRUE(m_model->index(late, 0).data(GoalListModel::OverdueRole).toBool());
    EXPECT_TRUE(m_model->index(late, GoalListModel::DueColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(m_model->index(row(m_later), GoalListModel::DueColumn).data().toString(), QStringLiteral("2027-03-01"));
    EXPECT_EQ(m_model->index(late, GoalListModel::ProgressColumn).data().toString(), QStringLiteral("0% (0 of 2)"));
}

TEST_F(GoalsViewTest, DetailShowsMilestonesSkillsAndTheWinsBehindTheGoal)
{
    ASSERT_TRUE(m_view->selectGoal(m_late));
    EXPECT_EQ(findIn<QLabel>(m_view, QStringLiteral("goalDetailTitle"))->text(), QStringLiteral("Mentor a junior"));
    EXPECT_TRUE(findIn<QLabel>(m_view, QStringLiteral("goalDetailMeta"))->text().contains(QStringLiteral("overdue since 2026-11-01")));
    EXPECT_EQ(findIn<QLabel>(m_view, QStringLiteral("goalDetailSkills"))->text(), QStringLiteral("Mentoring"));
    QListWidget *milestones = m_view->milestones();
    ASSERT_EQ(milestones->count(), 2);
    EXPECT_TRUE(milestones->item(0)->text().startsWith(QStringLiteral("Weekly one-to-ones")));
    QListWidget *wins = m_view->wins();
    ASSERT_EQ(wins->count(), 1);
    EXPECT_TRUE(wins->item(0)->text().contains(QStringLiteral("First one-to-one")));
    // Activating a win shows it on the Wins page.
    wins->setCurrentRow(0);
    emit wins->itemActivated(wins->item(0));
    EXPECT_EQ(window().currentPage(), MainWindow::WinsPage);
}

TEST_F(GoalsViewTest, TickingAMilestoneWithTheKeyboardUpdatesProgressAndUndoes)
{
    ASSERT_TRUE(m_view->selectGoal(m_late));
    QListWidget *milestones = m_view->milestones();
    activate();
    milestones->setFocus();
    milestones->setCurrentRow(0);
    QTest::keyClick(milestones, Qt::Key_Space);
    LADDER_TRY_TRUE(goal(m_late).milestones.at(0).isDone());
    EXPECT_EQ(goal(m_late).milestones.at(0).doneOn, today());
    LADDER_TRY_EQ(m_model->index(row(m_late), GoalListModel::ProgressColumn).data().toString(), QStringLiteral("50% (1 of 2)"));
    EXPECT_EQ(milestones->item(0)->checkState(), Qt::Checked);
    EXPECT_EQ(m_view->selectedGoalId(), m_late);

    window().session()->undoStack()->undo();
    EXPECT_FALSE(goal(m_late).milestones.at(0).isDone());
    EXPECT_EQ(m_view->milestones()->item(0)->checkState(), Qt::Unchecked);
}

TEST_F(GoalsViewTest, AddingAMilestoneIsUndoable)
{
    ASSERT_TRUE(m_view->selectGoal(m_later));
    auto *line = findIn<QLineEdit>(m_view, QStringLiteral("newMilestone"));
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("Rehearse the rollback"));
    QTest::keyClick(line, Qt::Key_Return);
    ASSERT_EQ(goal(m_later).milestones.size(), 2);
    EXPECT_EQ(goal(m_later).milestones.at(1).text, QStringLiteral("Rehearse the rollback"));
    EXPECT_EQ(m_view->milestones()->count(), 2);
    EXPECT_TRUE(line->text().isEmpty());
    window().session()->undoStack()->undo();
    EXPECT_EQ(goal(m_later).milestones.size(), 1);
}

TEST_F(GoalsViewTest, NewGoalDialogCreatesAGoalWithSkillsDueDateAndMilestones)
{
    whenModal<GoalEditDialog>([](GoalEditDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("goalTitle")), QStringLiteral("Lead a design review"));
        dialog->findChild<QLineEdit *>(QStringLiteral("goalSkills"))->setText(QStringLiteral("system-design, communication"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalMilestones"))
            ->setPlainText(QStringLiteral("Draft the doc\nHold the review"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("goalSave")), Qt::LeftButton);
    });
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("newGoalButton")), Qt::LeftButton);
    LADDER_TRY_EQ(m_model->rowCount(), 3);
    const qint64 id = m_view->selectedGoalId();
    ASSERT_GT(id, 0);
    const Goal created = goal(id);
    EXPECT_EQ(created.title, QStringLiteral("Lead a design review"));
    EXPECT_EQ(created.skillSlugs, (QStringList{QStringLiteral("communication"), QStringLiteral("system-design")}));
    ASSERT_EQ(created.milestones.size(), 2);
    EXPECT_EQ(created.milestones.at(1).text, QStringLiteral("Hold the review"));
    window().session()->undoStack()->undo();
    EXPECT_FALSE(ws().goals().get(id).ok());
    LADDER_TRY_EQ(m_model->rowCount(), 2);
}

TEST_F(GoalsViewTest, DoneDropReopenAndTheStatusFilter)
{
    ASSERT_TRUE(m_view->selectGoal(m_later));
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("goalDoneButton")), Qt::LeftButton);
    EXPECT_EQ(goal(m_later).status, GoalStatus::Done);
    EXPECT_EQ(goal(m_later).closedOn, today());
    EXPECT_EQ(m_model->index(row(m_later), GoalListModel::ProgressColumn).data(GoalListModel::ProgressRole).toDouble(), 1.0);
    EXPECT_TRUE(findIn<QPushButton>(m_view, QStringLiteral("goalReopenButton"))->isEnabled());

    auto *filter = findIn<QComboBox>(m_view, QStringLiteral("goalStatusFilter"));
    filter->setCurrentIndex(filter->findData(int(GoalStatus::Open)));
    EXPECT_EQ(m_model->rowCount(), 1);
    filter->setCurrentIndex(filter->findData(int(GoalStatus::Done)));
    ASSERT_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_view->selectedGoalId(), m_later);
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("goalReopenButton")), Qt::LeftButton);
    EXPECT_EQ(goal(m_later).status, GoalStatus::Open);
    filter->setCurrentIndex(0);

    ASSERT_TRUE(m_view->selectGoal(m_late));
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("goalDropButton")), Qt::LeftButton);
    EXPECT_EQ(goal(m_late).status, GoalStatus::Dropped);
    window().session()->undoStack()->undo();
    EXPECT_EQ(goal(m_late).status, GoalStatus::Open);
    EXPECT_FALSE(goal(m_late).closedOn.isValid());
}

TEST_F(GoalsViewTest, DeletingAGoalIsUndoneWithItsMilestonesAndWinLinks)
{
    ASSERT_TRUE(m_view->selectGoal(m_late));
    const Goal before = goal(m_late);
    activate();
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_Delete);
    EXPECT_FALSE(ws().goals().get(m_late).ok());
    EXPECT_TRUE(ws().journal().get(m_win)->goalIds.isEmpty());
    LADDER_TRY_EQ(m_model->rowCount(), 1);

    shortcut(Qt::Key_Z);
    Result<Goal> back = ws().goals().get(m_late);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->uuid, before.uuid);
    EXPECT_EQ(back->milestones.size(), 2);
    EXPECT_EQ(back->milestones.at(0).uuid, before.milestones.at(0).uuid);
    EXPECT_EQ(ws().journal().get(m_win)->goalIds, QList<qint64>{m_late});
    LADDER_TRY_EQ(m_model->rowCount(), 2);
}

} // namespace
} // namespace ladder
