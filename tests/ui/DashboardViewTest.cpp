// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard: current level (changeable, undoably), readiness for the next
// level, wins this month, the calendar of wins per day (a click lists a
// day's wins), goals due soon, the largest gaps, the latest wins.

#include "UiTestSupport.h"

#include "models/SkillTreeModel.h"
#include "models/WinListModel.h"
#include "Session.h"
#include "views/DashboardView.h"
#include "views/WinsView.h"
#include "widgets/CalendarHeatmapWidget.h"
#include "widgets/WinFilterBar.h"

#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QTableView>
#include <QToolTip>
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

class DashboardCalendarTest : public DashboardViewTest
{
protected:
    void SetUp() override
    {
        DashboardViewTest::SetUp();
        // A second on 2026-11-12 beside the seeded one; one the day before the period starts.
        addWin(QStringLiteral("Paired on the alert rules"), QDate(2026, 11, 12));
        addWin(QStringLiteral("Before the period"), QDate(2025, 11, 20));
        m_calendar = findIn<CalendarHeatmapWidget>(m_view, QStringLiteral("winsCalendar"));
    }

    // The dates of the wins the Wins page lists.
    QList<QDate> listedDates()
    {
        WinListModel *model = window().winsView()->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QList<QDate> dates;
        for (int row = 0; row < model->rowCount(); ++row)
            dates << model->winAt(row)->date;
        return dates;
    }

    CalendarHeatmapWidget *m_calendar = nullptr;
};

TEST_F(DashboardCalendarTest, CountsTheWinsOfTheReadinessPeriodPerDay)
{
    ASSERT_NE(m_calendar, nullptr);
    // The readiness card's period: the twelve months ending today.
    EXPECT_EQ(m_calendar->data().from, QDate(2025, 11, 21));
    EXPECT_EQ(m_calendar->data().to, today());
    const QMap<QDate, int> expected{{QDate(2026, 10, 12), 1}, {QDate(2026, 11, 3), 1}, {QDate(2026, 11, 12), 2}};
    EXPECT_EQ(m_calendar->data().counts, expected);
    EXPECT_EQ(m_calendar->describe(QDate(2026, 11, 12)), QStringLiteral("2 wins on Thu 12 Nov 2026"));
    EXPECT_EQ(m_calendar->describe(QDate(2026, 11, 3)), QStringLiteral("1 win on Tue 3 Nov 2026"));
    EXPECT_EQ(m_calendar->describe(QDate(2026, 11, 4)), QStringLiteral("No wins on Wed 4 Nov 2026"));
    EXPECT_TRUE(findIn<QLabel>(m_view, QStringLiteral("winsCalendarSummary"))->text().startsWith(QStringLiteral("4 wins from")));

    // Hovering a day tells its count.
    const QPoint over = m_calendar->layout().cellRect(QDate(2026, 11, 12)).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, over, m_calendar->mapToGlobal(over));
    QApplication::sendEvent(m_calendar, &help);
    EXPECT_EQ(QToolTip::text(), QStringLiteral("2 wins on Thu 12 Nov 2026"));
    QToolTip::hideText();

    // A win logged today shows at once.
    addWin(QStringLiteral("Today's"), today());
    EXPECT_EQ(m_calendar->data().count(today()), 1);
}

TEST_F(DashboardCalendarTest, ClickingADayListsExactlyItsWins)
{
    ASSERT_NE(m_calendar, nullptr);
    // Another filter set on the Wins page does not hide the day's wins.
    window().winsView()->filterBar()->searchBox()->setText(QStringLiteral("leak"));
    const QRectF cell = m_calendar->layout().cellRect(QDate(2026, 11, 12));
    ASSERT_FALSE(cell.isEmpty());
    ASSERT_TRUE(m_calendar->rect().contains(cell.toAlignedRect()));
    QTest::mouseClick(m_calendar, Qt::LeftButton, {}, cell.center().toPoint());
    EXPECT_EQ(window().currentPage(), MainWindow::WinsPage);
    EXPECT_EQ(listedDates(), QList<QDate>(2, QDate(2026, 11, 12)));
    EXPECT_TRUE(window().winsView()->filterBar()->searchBox()->text().isEmpty());

    // Another day, back on the dashboard: only its win.
    window().showPage(MainWindow::DashboardPage);
    QTest::mouseClick(m_calendar, Qt::LeftButton, {}, m_calendar->layout().cellRect(QDate(2026, 10, 12)).center().toPoint());
    EXPECT_EQ(listedDates(), QList<QDate>{QDate(2026, 10, 12)});
    // A day without wins lists none.
    window().showPage(MainWindow::DashboardPage);
    QTest::mouseClick(m_calendar, Qt::LeftButton, {}, m_calendar->layout().cellRect(QDate(2026, 10, 13)).center().toPoint());
    EXPECT_EQ(window().currentPage(), MainWindow::WinsPage);
    EXPECT_TRUE(listedDates().isEmpty());
}

TEST_F(DashboardCalendarTest, TheKeyboardPicksADayAndEnterListsItsWins)
{
    ASSERT_NE(m_calendar, nullptr);
    activate();
    // Tab from the level leads to the calendar.
    auto *level = findIn<QComboBox>(m_view, QStringLiteral("currentLevelCombo"));
    level->setFocus();
    QTest::keyClick(level, Qt::Key_Tab);
    ASSERT_TRUE(m_calendar->hasFocus());
    // Today, 2026-11-20, to start; a week back and one more day: the 12th.
    EXPECT_EQ(m_calendar->currentDay(), today());
    QTest::keyClick(m_calendar, Qt::Key_Left);
    QTest::keyClick(m_calendar, Qt::Key_Up);
    EXPECT_EQ(m_calendar->currentDay(), QDate(2026, 11, 12));
    EXPECT_EQ(m_calendar->accessibleDescription(), QStringLiteral("2 wins on Thu 12 Nov 2026"));
    // It stays inside the period.
    QTest::keyClick(m_calendar, Qt::Key_End);
    QTest::keyClick(m_calendar, Qt::Key_Down);
    EXPECT_EQ(m_calendar->currentDay(), today());
    QTest::keyClick(m_calendar, Qt::Key_Home);
    EXPECT_EQ(m_calendar->currentDay(), QDate(2025, 11, 21));
    QTest::keyClick(m_calendar, Qt::Key_Left);
    EXPECT_EQ(m_calendar->currentDay(), QDate(2025, 11, 21));
    // A month back from today, a week back, a day back: Monday 2026-10-12.
    QTest::keyClick(m_calendar, Qt::Key_End);
    QTest::keyClick(m_calendar, Qt::Key_PageUp);
    QTest::keyClick(m_calendar, Qt::Key_Left);
    QTest::keyClick(m_calendar, Qt::Key_Up);
    ASSERT_EQ(m_calendar->currentDay(), QDate(2026, 10, 12));
    QTest::keyClick(m_calendar, Qt::Key_Return);
    EXPECT_EQ(window().currentPage(), MainWindow::WinsPage);
    EXPECT_EQ(listedDates(), QList<QDate>{QDate(2026, 10, 12)});
}

TEST_F(DashboardCalendarTest, ShrinksForAn800By600WindowAndGrowsWithTheWidth)
{
    ASSERT_NE(m_calendar, nullptr);
    // The card asks for no more width than an 800-pixel window has beside the sidebar.
    auto *card = findIn<QWidget>(m_view, QStringLiteral("calendarCard"));
    auto *navigation = findIn<QWidget>(&window(), QStringLiteral("navigation"));
    EXPECT_LE(card->minimumSizeHint().width() + navigation->width(), 800);

    // At its minimum size and when wide, every day is drawn inside it and
    // found where it is drawn; the squares grow with the width.
    CalendarHeatmapWidget alone;
    alone.setData(m_calendar->data());
    double pitch = 0.0;
    for (const int width : {alone.minimumSizeHint().width(), alone.sizeHint().width(), 2000}) {
        alone.resize(width, alone.heightForWidth(width));
        const CalendarHeatmapLayout layout = alone.layout();
        EXPECT_TRUE(QRectF(alone.rect()).contains(layout.boundingRect()))
            << layout.boundingRect().width() << "x" << layout.boundingRect().height() << " in " << width;
        for (const QDate &day : {QDate(2025, 11, 21), QDate(2026, 5, 12), today()})
            EXPECT_EQ(layout.dayAt(layout.cellRect(day).center()), day);
        EXPECT_GE(layout.pitch(), pitch);
        pitch = layout.pitch();
    }
    EXPECT_GE(alone.sizeHint().width(), alone.minimumSizeHint().width() * 3 / 2);
    // A wider window does not make the year a poster: centred at its comfortable size.
    EXPECT_LE(alone.heightForWidth(2000), alone.sizeHint().height());
}

} // namespace
} // namespace ladder
