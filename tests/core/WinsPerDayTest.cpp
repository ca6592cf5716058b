// SPDX-License-Identifier: GPL-3.0-or-later
// Journal::winsPerDay: the dashboard calendar's counts, one grouped query.

#include "application/Journal.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

namespace ladder {
namespace {

class WinsPerDayTest : public WorkspaceTest
{
protected:
    void add(const QDate &day, int wins)
    {
        for (int i = 0; i < wins; ++i) {
            Win win;
            win.title = QStringLiteral("Win %1 of %2").arg(i + 1).arg(day.toString(Qt::ISODate));
            win.date = day;
            ASSERT_TRUE(m_ws->journal().add(win).ok());
        }
    }
};

TEST_F(WinsPerDayTest, CountsEachDayOfTheRangeBothEndsIncluded)
{
    add(QDate(2026, 4, 30), 2); // before
    add(QDate(2026, 5, 1), 1);  // the first day
    add(QDate(2026, 5, 12), 3);
    add(QDate(2026, 5, 31), 4); // the last day
    add(QDate(2026, 6, 1), 5);  // after

    const Result<QMap<QDate, int>> counts = m_ws->journal().winsPerDay(QDate(2026, 5, 1), QDate(2026, 5, 31));
    ASSERT_TRUE(counts.ok()) << counts.error().message().toStdString();
    const QMap<QDate, int> expected{{QDate(2026, 5, 1), 1}, {QDate(2026, 5, 12), 3}, {QDate(2026, 5, 31), 4}};
    EXPECT_EQ(*counts, expected);
}

TEST_F(WinsPerDayTest, AnEmptyJournalOrRangeHasNoDays)
{
    Result<QMap<QDate, int>> counts = m_ws->journal().winsPerDay(QDate(2026, 1, 1), QDate(2026, 12, 31));
    ASSERT_TRUE(counts.ok());
    EXPECT_TRUE(counts->isEmpty());
    add(QDate(2026, 5, 12), 1);
    // A range that ends before it starts holds no day.
    counts = m_ws->journal().winsPerDay(QDate(2026, 12, 31), QDate(2026, 1, 1));
    ASSERT_TRUE(counts.ok());
    EXPECT_TRUE(counts->isEmpty());
}

TEST_F(WinsPerDayTest, AgreesWithCountingEachDay)
{
    add(QDate(2026, 5, 12), 2);
    add(QDate(2026, 5, 13), 1);
    const Result<QMap<QDate, int>> counts = m_ws->journal().winsPerDay(QDate(2026, 5, 1), QDate(2026, 5, 31));
    ASSERT_TRUE(counts.ok());
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        WinFilter day;
        day.from = it.key();
        day.to = it.key();
        EXPECT_EQ(m_ws->journal().count(day).value(), it.value());
    }
}

} // namespace
} // namespace ladder
