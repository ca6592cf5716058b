// SPDX-License-Identifier: GPL-3.0-or-later
// Live refresh: writes by another program (here a second Workspace on the same
// file, as ladder-cli would be) show up within about a second, keeping the
// user's selection and scroll position; and the wins table loads lazily.

#include "UiTestSupport.h"

#include "DatabaseWatcher.h"
#include "models/GoalListModel.h"
#include "models/SkillTreeModel.h"
#include "models/WinListModel.h"
#include "Session.h"
#include "views/GoalsView.h"
#include "views/SkillsView.h"
#include "views/WinsView.h"

#include <QScrollBar>
#include <QTableView>

namespace ladder {
namespace {

class LiveRefreshTest : public UiTest
{
protected:
    std::unique_ptr<Workspace> other()
    {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(dbPath());
        EXPECT_TRUE(opened.ok());
        return opened ? std::move(*opened) : nullptr;
    }
};

TEST_F(LiveRefreshTest, TheWinsTableReadsOnlyThePagesItShows)
{
    bulkWins(WinListModel::PageSize * 2 + 50);
    window().showPage(MainWindow::WinsPage);
    WinListModel *model = window().winsView()->model();
    QTableView *table = window().winsView()->table();
    LADDER_TRY_EQ(model->totalCount(), qint64(450));
    // Every win has a row; only what the view shows was read.
    EXPECT_EQ(model->rowCount(), 450);
    table->viewport()->repaint();
    EXPECT_EQ(model->loadedRows(), WinListModel::PageSize);
    // The end is one jump away: its page is read, the middle one is not.
    table->scrollToBottom();
    table->viewport()->repaint();
    EXPECT_EQ(model->winAt(449)->title, QStringLiteral("Win number 449"));
    EXPECT_EQ(model->loadedRows(), WinListModel::PageSize + 50);
}

TEST_F(LiveRefreshTest, AWinAddedByAnotherProgramAppearsKeepingSelectionAndScroll)
{
    bulkWins(300);
    window().watcher()->setInterval(100);
    window().showPage(MainWindow::WinsPage);
    WinsView *view = window().winsView();
    WinListModel *model = view->model();
    QTableView *table = view->table();
    LADDER_TRY_TRUE(model->rowCount() >= WinListModel::PageSize);
    // The user scrolled down and picked a win.
    const qint64 picked = model->winAt(120)->id;
    ASSERT_TRUE(view->selectWin(picked));
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    const int scroll = table->verticalScrollBar()->value();
    const int rows = model->rowCount();

    std::unique_ptr<Workspace> cli = other();
    ASSERT_NE(cli, nullptr);
    Win win;
    win.title = QStringLiteral("Logged from the terminal");
    win.date = today();
    ASSERT_TRUE(cli->journal().add(win).ok());

    // Seen without any action here (the watcher polls every 500 ms).
    LADDER_TRY_EQ_T(model->rowCount(), rows + 1, 5000);
    EXPECT_EQ(model->totalCount(), qint64(301));
    EXPECT_EQ(model->winAt(0)->title, QStringLiteral("Logged from the terminal"));
    EXPECT_EQ(view->selectedIds(), QList<qint64>{picked});
    EXPECT_EQ(table->verticalScrollBar()->value(), scroll);

    // An edit and a delete from outside are seen too.
    const qint64 gone = model->winAt(1)->id;
    ASSERT_TRUE(cli->journal().remove({gone}).ok());
    LADDER_TRY_EQ_T(model->totalCount(), qint64(300), 5000);
    EXPECT_EQ(model->rowOf(gone), -1);
    const Win was = *cli->journal().get(picked);
    Win changed = was;
    changed.title = QStringLiteral("Renamed in the terminal");
    ASSERT_TRUE(cli->journal().update(was, changed).ok());
    const int row = model->rowOf(picked);
    LADDER_TRY_EQ_T(model->index(row, WinListModel::TitleColumn).data().toString(), QStringLiteral("Renamed in the terminal"), 5000);
    EXPECT_EQ(view->selectedIds(), QList<qint64>{picked});
}

TEST_F(LiveRefreshTest, OurOwnWritesDoNotLookLikeSomeoneElses)
{
    DatabaseWatcher *watcher = window().watcher();
    watcher->poll();
    addWin(QStringLiteral("Ours"), today());
    EXPECT_FALSE(watcher->poll());
    std::unique_ptr<Workspace> cli = other();
    Win win;
    win.title = QStringLiteral("Theirs");
    win.date = today();
    ASSERT_TRUE(cli->journal().add(win).ok());
    EXPECT_TRUE(watcher->poll());
    EXPECT_FALSE(watcher->poll());
}

TEST_F(LiveRefreshTest, RatingsAndGoalsChangedElsewhereReachTheirViews)
{
    window().watcher()->setInterval(100);
    const qint64 goal
        = addGoal(QStringLiteral("Own a release"), {QStringLiteral("release-management")}, {QStringLiteral("Write the rollback plan")});
    window().showPage(MainWindow::SkillsPage);
    SkillsView *skills = window().skillsView();
    ASSERT_TRUE(skills->selectSkill(QStringLiteral("monitoring")));

    std::unique_ptr<Workspace> cli = other();
    Assessment a;
    a.skillSlug = QStringLiteral("monitoring");
    a.rating = 3;
    a.date = today();
    ASSERT_TRUE(cli->ratings().rate(a).ok());
    const QModelIndex rating = skills->model()->indexOfSkill(QStringLiteral("monitoring"), SkillTreeModel::RatingColumn);
    LADDER_TRY_EQ_T(rating.data(SkillTreeModel::RatingRole).toInt(), 3, 5000);
    EXPECT_EQ(skills->selectedSkill(), QStringLiteral("monitoring"));

    window().showPage(MainWindow::GoalsPage);
    GoalsView *goals = window().goalsView();
    ASSERT_TRUE(goals->selectGoal(goal));
    ASSERT_TRUE(cli->goals().setMilestoneDone(goal, 1, today()).ok());
    LADDER_TRY_EQ_T(goals->model()->index(goals->model()->rowOf(goal), 0).data(GoalListModel::ProgressRole).toDouble(), 1.0, 5000);
    EXPECT_EQ(goals->selectedGoalId(), goal);
}

} // namespace
} // namespace ladder
