// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard: current level (changeable, undoably), readiness for the next
// level, wins this month, goals due soon, the largest gaps, the latest wins.

#include "UiTestSupport.h"

#include "models/SkillTreeModel.h"
#include "Session.h"
#include "views/DashboardView.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QTreeWidget>
#include <QUndoStack>

namespace ladder {
namespace {

class DashboardViewTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        rate(QStringLiteral("debugging"), 3, QDate(2026, 6, 1));
        rate(QStringLiteral("monitoring"), 0, QDate(2026, 6, 1));
        addWin(QStringLiteral("Found the leak"), QDate(2026, 11, 3), {QStringLiteral("debugging")});
        addWin(QStringLiteral("Wrote the alert rules"), QDate(2026, 11, 12), {QStringLiteral("monitoring")}, {}, true);
        addWin(QStringLiteral("Older"), QDate(2026, 10, 12), {QStringLiteral("debugging")});
        m_overdue = addGoal(QStringLiteral("Overdue goal"), {}, {}, QDate(2026, 11, 10));
        m_soon = addGoal(QStringLiteral("Soon goal"), {}, {}, QDate(2026, 12, 5));
        window().showPage(MainWindow::DashboardPage);
        m_view = window().dashboardView();
    }

    qint64 m_overdue = 0;
    qint64 m_soon = 0;
    DashboardView *m_view = nullptr;
};

TEST_F(DashboardViewTest, ShowsWhereTheUserStands)
{
    EXPECT_EQ(findIn<QLabel>(m_view, QStringLiteral("currentLevelName"))->text(), QStringLiteral("Junior"));
    EXPECT_TRUE(findIn<QLabel>(m_view, QStringLiteral("readinessTitle"))->text().contains(QStringLiteral("Mid-level")));
    EXPECT_TRUE(findIn<QLabel>(m_view, QStringLiteral("readinessPercent"))->text().endsWith(QLatin1Char('%')));
    EXPECT_GT(findIn<QProgressBar>(m_view, QStringLiteral("readinessBar"))->value(), 0);
    EXPECT_EQ(findIn<QLabel>(m_view, QStringLiteral("winsThisMonth"))->text(), QStringLiteral("2"));

    auto *due = findIn<QListWidget>(m_view, QStringLiteral("dueGoals"));
    ASSERT_GE(due->count(), 2);
    EXPECT_TRUE(due->item(0)->text().contains(QStringLiteral("Overdue goal")));
    EXPECT_TRUE(due->item(0)->text().contains(QStringLiteral("overdue")));
    EXPECT_TRUE(due->item(1)->text().contains(QStringLiteral("Soon goal")));

    auto *gaps = findIn<QTreeWidget>(m_view, QStringLiteral("largestGaps"));
    ASSERT_GT(gaps->topLevelItemCount(), 0);
    // Largest gap first; debugging, rated above what Mid-level asks, is not there.
    int previous = 5;
    for (int i = 0; i < gaps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = gaps->topLevelItem(i);
        const int gap = item->data(1, SkillTreeModel::GapRole).toInt();
        EXPECT_GT(gap, 0);
        EXPECT_LE(gap, previous);
        previous = gap;
        EXPECT_NE(item->data(0, Qt::UserRole).toString(), QStringLiteral("debugging"));
    }

    auto *recent = findIn<QListWidget>(m_view, QStringLiteral("recentWins"));
    ASSERT_EQ(recent->count(), 3);
    EXPECT_TRUE(recent->item(0)->text().contains(QStringLiteral("Wrote the alert rules ★")));
}

TEST_F(DashboardViewTest, ChangingTheLevelIsSavedForTheCliTooAndUndoable)
{
    auto *level = findIn<QComboBox>(m_view, QStringLiteral("currentLevelCombo"));
    level->setFocus();
    // Keyboard: the next entry, as Down in a closed combo box does.
    QTest::keyClick(level, Qt::Key_Down);
    EXPECT_EQ(*ws().ratings().currentLevel(), QStringLiteral("mid-level"));
    EXPECT_EQ(findIn<QLabel>(m_view, QStringLiteral("currentLevelName"))->text(), QStringLiteral("Mid-level"));
    EXPECT_TRUE(findIn<QLabel>(m_view, QStringLiteral("readinessTitle"))->text().contains(QStringLiteral("Senior")));
    window().session()->undoStack()->undo();
    EXPECT_EQ(*ws().ratings().currentLevel(), QStringLiteral("junior"));
    EXPECT_EQ(findIn<QLabel>(m_view, QStringLiteral("currentLevelName"))->text(), QStringLiteral("Junior"));
}

TEST_F(DashboardViewTest, ActivatingItemsOpensThemInTheirPages)
{
    auto *due = findIn<QListWidget>(m_view, QStringLiteral("dueGoals"));
    emit due->itemActivated(due->item(1));
    EXPECT_EQ(window().currentPage(), MainWindow::GoalsPage);
    window().showPage(MainWindow::DashboardPage);
    auto *gaps = findIn<QTreeWidget>(m_view, QStringLiteral("largestGaps"));
    emit gaps->itemActivated(gaps->topLevelItem(0), 0);
    EXPECT_EQ(window().currentPage(), MainWindow::SkillsPage);
}

} // namespace
} // namespace ladder
