// SPDX-License-Identifier: GPL-3.0-or-later
// The example database (ladder-seed --example, behind the README's screenshots
// and docs/samples) reads like a real year: no win logged twice.

#include "application/Journal.h"
#include "Seeder.h"
#include "WorkspaceTest.h"

#include <QSet>

namespace ladder {
namespace {

using ExampleSeedTest = WorkspaceTest;

TEST_F(ExampleSeedTest, TheExampleYearRepeatsNoWinTitle)
{
    // Several "today"s: the dates, and so how many wins fit, depend on it.
    for (const QDate &today : {QDate(2026, 11, 22), QDate(2027, 2, 28), QDate(2025, 6, 1)}) {
        TempDir dir;
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(dir.file(QStringLiteral("example.db")));
        ASSERT_TRUE(ws.ok()) << ws.error().message().toStdString();
        Result<QString> seeded = Seeder::example(**ws, today);
        ASSERT_TRUE(seeded.ok()) << seeded.error().message().toStdString();
        Result<QList<Win>> wins = (*ws)->journal().list({});
        ASSERT_TRUE(wins.ok());
        // About two a week over the year.
        EXPECT_GE(wins->size(), 80) << today.toString(Qt::ISODate).toStdString();
        QSet<QString> titles;
        for (const Win &win : *wins) {
            EXPECT_FALSE(titles.contains(win.title)) << win.title.toStdString();
            titles.insert(win.title);
        }
    }
}

TEST_F(ExampleSeedTest, TheExampleIsTheSameForOneToday)
{
    const QDate today(2026, 11, 22);
    ASSERT_TRUE(Seeder::example(*m_ws, today).ok());
    TempDir dir;
    Result<std::unique_ptr<Workspace>> again = Workspace::open(dir.file(QStringLiteral("again.db")));
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(Seeder::example(**again, today).ok());
    Result<QList<Win>> first = m_ws->journal().list({});
    Result<QList<Win>> second = (*again)->journal().list({});
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_EQ(first->size(), second->size());
    for (qsizetype i = 0; i < first->size(); ++i) {
        EXPECT_EQ(first->at(i).title, second->at(i).title);
        EXPECT_EQ(first->at(i).date, second->at(i).date);
    }
}

} // namespace
} // namespace ladder
