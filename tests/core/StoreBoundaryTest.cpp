// SPDX-License-Identifier: GPL-3.0-or-later
// The stores' filters at their edges: a period includes its first and last
// day and nothing either side, "as of" includes its own day, filters combine
// with AND, and orders are exact down to their ties (newest first, later id
// first on one day; open goals by nearest due date, none last).

#include "application/WorkspaceStores.h"
#include "domain/Period.h"
#include "QtPrinters.h"
#include "storage/Stores.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

using namespace ladder;

namespace {

class StoreBoundaryTest : public WorkspaceTest
{
protected:
    qint64 addWin(const QString &title, const QDate &date, const QStringList &skills = {}, const QStringList &tags = {},
                  bool starred = false)
    {
        Win w;
        w.title = title;
        w.date = date;
        w.skillSlugs = skills;
        w.tags = tags;
        w.starred = starred;
        Result<qint64> id = storesOf(*m_ws).wins().add(w);
        EXPECT_TRUE(id.ok()) << id.error().message().toStdString();
        return id ? *id : 0;
    }

    QStringList titles(const WinFilter &filter)
    {
        Result<QList<Win>> wins = storesOf(*m_ws).wins().list(filter);
        EXPECT_TRUE(wins.ok()) << (wins ? std::string() : wins.error().message().toStdString());
        QStringList out;
        for (const Win &w : wins ? *wins : QList<Win>())
            out << w.title;
        Result<qint64> count = storesOf(*m_ws).wins().count(filter);
        EXPECT_TRUE(count.ok());
        if (filter.limit == 0 && filter.offset == 0)
            EXPECT_EQ(count ? *count : -1, out.size()) << "count() and list() disagree";
        return out;
    }

    static WinFilter between(const QDate &from, const QDate &to)
    {
        WinFilter f;
        f.from = from;
        f.to = to;
        return f;
    }

    void rate(const QString &skill, int rating, const QDate &date)
    {
        Assessment a;
        a.skillSlug = skill;
        a.rating = rating;
        a.date = date;
        Result<qint64> id = storesOf(*m_ws).assessments().add(a);
        ASSERT_TRUE(id.ok()) << id.error().message().toStdString();
    }

    qint64 addGoal(const QString &title, const QDate &due, const QStringList &skills = {})
    {
        Goal g;
        g.title = title;
        g.createdOn = QDate(2026, 1, 1);
        g.due = due;
        g.skillSlugs = skills;
        Result<qint64> id = storesOf(*m_ws).goals().add(g);
        EXPECT_TRUE(id.ok()) << id.error().message().toStdString();
        return id ? *id : 0;
    }

    QStringList goalTitles(const GoalFilter &filter = {})
    {
        Result<QList<Goal>> goals = storesOf(*m_ws).goals().list(filter);
        EXPECT_TRUE(goals.ok());
        QStringList out;
        for (const Goal &g : goals ? *goals : QList<Goal>())
            out << g.title;
        return out;
    }
};

TEST_F(StoreBoundaryTest, APeriodHoldsItsFirstAndLastDayAndNothingEitherSide)
{
    addWin(QStringLiteral("day before"), QDate(2026, 3, 31));
    addWin(QStringLiteral("first day"), QDate(2026, 4, 1));
    addWin(QStringLiteral("last day"), QDate(2026, 6, 30));
    addWin(QStringLiteral("day after"), QDate(2026, 7, 1));

    EXPECT_EQ(titles(between(QDate(2026, 4, 1), QDate(2026, 6, 30))),
              (QStringList{QStringLiteral("last day"), QStringLiteral("first day")}));
    // A period of one day holds that day.
    EXPECT_EQ(titles(between(QDate(2026, 6, 30), QDate(2026, 6, 30))), QStringList{QStringLiteral("last day")});
    // Each end alone.
    WinFilter from;
    from.from = QDate(2026, 6, 30);
    EXPECT_EQ(titles(from), (QStringList{QStringLiteral("day after"), QStringLiteral("last day")}));
    WinFilter to;
    to.to = QDate(2026, 4, 1);
    EXPECT_EQ(titles(to), (QStringList{QStringLiteral("first day"), QStringLiteral("day before")}));
}

TEST_F(StoreBoundaryTest, NewestFirstAndTheLaterAddedFirstOnOneDay)
{
    addWin(QStringLiteral("old"), QDate(2026, 1, 1));
    addWin(QStringLiteral("same day, first added"), QDate(2026, 5, 5));
    addWin(QStringLiteral("newest"), QDate(2026, 5, 6));
    addWin(QStringLiteral("same day, second added"), QDate(2026, 5, 5));
    EXPECT_EQ(titles({}),
              (QStringList{QStringLiteral("newest"), QStringLiteral("same day, second added"), QStringLiteral("same day, first added"),
                           QStringLiteral("old")}));
    WinFilter page;
    page.limit = 2;
    page.offset = 1;
    EXPECT_EQ(titles(page), (QStringList{QStringLiteral("same day, second added"), QStringLiteral("same day, first added")}));
}

TEST_F(StoreBoundaryTest, TagSkillStarAndPeriodFiltersAllApply)
{
    const QString testing = QStringLiteral("testing");
    const QString debugging = QStringLiteral("debugging");
    const QStringList perf = {QStringLiteral("perf")};
    addWin(QStringLiteral("all four"), QDate(2026, 6, 30), {testing}, perf, true);
    addWin(QStringLiteral("not starred"), QDate(2026, 6, 30), {testing}, perf, false);
    addWin(QStringLiteral("other skill"), QDate(2026, 6, 30), {debugging}, perf, true);
    addWin(QStringLiteral("other tag"), QDate(2026, 6, 30), {testing}, {QStringLiteral("ops")}, true);
    addWin(QStringLiteral("day after"), QDate(2026, 7, 1), {testing}, perf, true);

    WinFilter f = between(QDate(2026, 4, 1), QDate(2026, 6, 30));
    f.skillSlug = testing;
    f.tag = QStringLiteral("@Perf"); // as typed: the tag's spelling is normalized
    f.starredOnly = true;
    EXPECT_EQ(titles(f), QStringList{QStringLiteral("all four")});

    WinFilter tagOnly;
    tagOnly.tag = QStringLiteral("perf");
    EXPECT_EQ(titles(tagOnly).size(), 4);
    WinFilter starred;
    starred.starredOnly = true;
    EXPECT_EQ(titles(starred).size(), 4);
    WinFilter skill;
    skill.skillSlug = debugging;
    EXPECT_EQ(titles(skill), QStringList{QStringLiteral("other skill")});
}

TEST_F(StoreBoundaryTest, EvidenceCountsThePeriodsFirstAndLastDayOnly)
{
    const QString testing = QStringLiteral("testing");
    addWin(QStringLiteral("day before"), QDate(2026, 3, 31), {testing});
    addWin(QStringLiteral("first day"), QDate(2026, 4, 1), {testing});
    addWin(QStringLiteral("last day"), QDate(2026, 6, 30), {testing});
    addWin(QStringLiteral("day after"), QDate(2026, 7, 1), {testing});
    Result<Period> period = Period::parse(QStringLiteral("2026-Q2"), QDate(2026, 11, 22));
    ASSERT_TRUE(period.ok());
    Result<EvidenceSummary> evidence = storesOf(*m_ws).wins().evidence(*period, {testing}, 10);
    ASSERT_TRUE(evidence.ok()) << evidence.error().message().toStdString();
    EXPECT_EQ(evidence->counts.value(testing), 2);
    EXPECT_EQ(evidence->distinctWins, 2);
    QStringList listed;
    for (const Win &w : evidence->listed.value(testing))
        listed << w.title;
    EXPECT_EQ(listed, (QStringList{QStringLiteral("last day"), QStringLiteral("first day")}));
}

TEST_F(StoreBoundaryTest, EvidenceListsItsLimitChosenStarredFirstThenWithAnImpactThenNewest)
{
    const QString testing = QStringLiteral("testing");
    addWin(QStringLiteral("old starred"), QDate(2026, 4, 2), {testing}, {}, true);
    addWin(QStringLiteral("newest"), QDate(2026, 6, 20), {testing});
    addWin(QStringLiteral("newest, later added"), QDate(2026, 6, 20), {testing});
    addWin(QStringLiteral("middle"), QDate(2026, 5, 1), {testing});
    Win withImpact;
    withImpact.title = QStringLiteral("old, with an impact");
    withImpact.date = QDate(2026, 4, 1);
    withImpact.skillSlugs = {testing};
    withImpact.impact = QStringLiteral("Halved the flaky tests");
    ASSERT_TRUE(storesOf(*m_ws).wins().add(withImpact).ok());
    Result<Period> period = Period::parse(QStringLiteral("2026-Q2"), QDate(2026, 11, 22));
    ASSERT_TRUE(period.ok());
    Result<EvidenceSummary> evidence = storesOf(*m_ws).wins().evidence(*period, {testing}, 3);
    ASSERT_TRUE(evidence.ok());
    EXPECT_EQ(evidence->counts.value(testing), 5); // every win counts; only the listing is cut
    QStringList listed;
    for (const Win &w : evidence->listed.value(testing))
        listed << w.title;
    // Chosen starred first, then with an impact, then newest ("newest" and
    // "middle" are left out); shown newest first.
    EXPECT_EQ(listed,
              (QStringList{QStringLiteral("newest, later added"), QStringLiteral("old starred"), QStringLiteral("old, with an impact")}));
}

TEST_F(StoreBoundaryTest, ARatingCountsAsOfItsOwnDayAndTheLaterOfOneDayWins)
{
    const QString testing = QStringLiteral("testing");
    rate(testing, 1, QDate(2026, 4, 1));
    rate(testing, 3, QDate(2026, 4, 10));
    rate(testing, 2, QDate(2026, 4, 10)); // the same day, made later: the one that counts
    auto asOf = [&](const QDate &day) {
        Result<QHash<QString, int>> latest = storesOf(*m_ws).assessments().latest(day);
        EXPECT_TRUE(latest.ok());
        return latest ? latest->value(testing, -1) : -2;
    };
    EXPECT_EQ(asOf(QDate(2026, 3, 31)), -1);
    EXPECT_EQ(asOf(QDate(2026, 4, 1)), 1);
    EXPECT_EQ(asOf(QDate(2026, 4, 9)), 1);
    EXPECT_EQ(asOf(QDate(2026, 4, 10)), 2);
    EXPECT_EQ(asOf(QDate()), 2); // no date: the latest of all

    Result<QList<Assessment>> history = storesOf(*m_ws).assessments().history(testing);
    ASSERT_TRUE(history.ok());
    QList<int> ratings;
    for (const Assessment &a : *history)
        ratings << a.rating;
    EXPECT_EQ(ratings, (QList<int>{1, 3, 2})); // oldest first, in the order made
}

TEST_F(StoreBoundaryTest, OpenGoalsComeFirstByNearestDueDateNoneLast)
{
    const qint64 done = addGoal(QStringLiteral("done, due soonest"), QDate(2026, 2, 1));
    addGoal(QStringLiteral("no due date"), QDate());
    addGoal(QStringLiteral("due later"), QDate(2026, 9, 1), {QStringLiteral("testing")});
    addGoal(QStringLiteral("due sooner"), QDate(2026, 3, 1));
    addGoal(QStringLiteral("due sooner, added later"), QDate(2026, 3, 1), {QStringLiteral("testing")});
    ASSERT_TRUE(storesOf(*m_ws).goals().setStatus(done, GoalStatus::Done, QDate(2026, 2, 1)).ok());

    EXPECT_EQ(goalTitles(),
              (QStringList{QStringLiteral("due sooner"), QStringLiteral("due sooner, added later"), QStringLiteral("due later"),
                           QStringLiteral("no due date"), QStringLiteral("done, due soonest")}));
    GoalFilter open;
    open.status = GoalStatus::Open;
    EXPECT_EQ(goalTitles(open).size(), 4);
    GoalFilter doneOnly;
    doneOnly.status = GoalStatus::Done;
    EXPECT_EQ(goalTitles(doneOnly), QStringList{QStringLiteral("done, due soonest")});
    GoalFilter openTesting;
    openTesting.status = GoalStatus::Open;
    openTesting.skillSlug = QStringLiteral("testing");
    EXPECT_EQ(goalTitles(openTesting), (QStringList{QStringLiteral("due sooner, added later"), QStringLiteral("due later")}));
}

} // namespace
