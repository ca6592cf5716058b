// SPDX-License-Identifier: GPL-3.0-or-later
// WinStore and WinWriter: what the CLI tests do not reach directly — the bulk
// path's index, identities kept or replaced on import, the tag list, and the
// sorts with the positions and go-to-date days they give.

#include "application/Journal.h"
#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "storage/Stores.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace ladder;

namespace {

class WinStoreTest : public WorkspaceTest
{
protected:
    static Win win(const QString &title, const QStringList &tags = {}, qint64 id = 0)
    {
        Win w;
        w.id = id;
        w.title = title;
        w.date = QDate(2026, 11, 1);
        w.tags = tags;
        return w;
    }

    QStringList titlesFound(const QString &query)
    {
        WinFilter filter;
        filter.query = query;
        Result<QList<Win>> found = storesOf(*m_ws).wins().list(filter);
        EXPECT_TRUE(found.ok()) << (found ? std::string() : found.error().message().toStdString());
        QStringList titles;
        for (const Win &w : found ? *found : QList<Win>())
            titles << w.title;
        titles.sort();
        return titles;
    }
};

TEST_F(WinStoreTest, SingleAndBulkAddsAreBothFoundBySearch)
{
    ASSERT_TRUE(storesOf(*m_ws).wins().add(win(QStringLiteral("Tuned the flaky canary"))).ok());
    const Result<qint64> added
        = storesOf(*m_ws).wins().addMany({win(QStringLiteral("Canary rollout runbook")), win(QStringLiteral("Unrelated"))});
    ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    EXPECT_EQ(*added, 2);
    EXPECT_EQ(titlesFound(QStringLiteral("canary")),
              (QStringList{QStringLiteral("Canary rollout runbook"), QStringLiteral("Tuned the flaky canary")}));
    EXPECT_EQ(titlesFound(QStringLiteral("unrelated")), QStringList{QStringLiteral("Unrelated")});
}

TEST_F(WinStoreTest, AFailedBulkAddLeavesNeitherRowsNorIndexEntries)
{
    Win bad = win(QString()); // no title
    const Result<qint64> added = storesOf(*m_ws).wins().addMany({win(QStringLiteral("Canary first")), bad});
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(*storesOf(*m_ws).wins().count({}), 0);
    EXPECT_TRUE(titlesFound(QStringLiteral("canary")).isEmpty());
    // The index holds nothing stale: a later add is found alone.
    ASSERT_TRUE(storesOf(*m_ws).wins().add(win(QStringLiteral("Canary second"))).ok());
    EXPECT_EQ(titlesFound(QStringLiteral("canary")), QStringList{QStringLiteral("Canary second")});
}

TEST_F(WinStoreTest, ImportKeepsFreeIdsAndGivesTakenOnesANewIdKeepingTheUuid)
{
    ASSERT_TRUE(storesOf(*m_ws).wins().add(win(QStringLiteral("Already here"))).ok()); // id 1
    Win takenId = win(QStringLiteral("Wanted id 1"), {}, 1);
    takenId.uuid = QStringLiteral("11111111-1111-4111-8111-111111111111");
    Win freeLow = win(QStringLiteral("Wanted id 50"), {}, 50);
    freeLow.uuid = QStringLiteral("22222222-2222-4222-8222-222222222222");
    Win freeBelow = win(QStringLiteral("Wanted id 7"), {}, 7); // below one just imported: looked up
    freeBelow.uuid = QStringLiteral("33333333-3333-4333-8333-333333333333");
    const Result<qint64> added = storesOf(*m_ws).wins().addMany({takenId, freeLow, freeBelow}, true);
    ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    EXPECT_EQ(*added, 3);

    EXPECT_EQ(storesOf(*m_ws).wins().get(1)->title, QStringLiteral("Already here"));
    EXPECT_EQ(storesOf(*m_ws).wins().get(50)->title, QStringLiteral("Wanted id 50"));
    EXPECT_EQ(storesOf(*m_ws).wins().get(7)->title, QStringLiteral("Wanted id 7"));
    const Result<Win> moved = storesOf(*m_ws).wins().findByUuid(takenId.uuid);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->title, QStringLiteral("Wanted id 1"));
    EXPECT_NE(moved->id, 1);

    // The same file again: every UUID is present, nothing is added.
    const Result<qint64> again = storesOf(*m_ws).wins().addMany({takenId, freeLow, freeBelow}, true);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(*storesOf(*m_ws).wins().count({}), 4);
}

// forEach(filter) streams what list(filter) returns: the same wins, links
// included, in the same order, across the batches it reads (more wins than a
// batch, on dates that tie so that the id breaks them), and it stops when asked.
TEST_F(WinStoreTest, StreamedListingIsTheListInItsOrderAndStopsWhenAsked)
{
    QList<Win> wins;
    for (int i = 0; i < 700; ++i) {
        Win w = win(QStringLiteral("Canary step %1").arg(i), {QStringLiteral("t%1").arg(i % 7)});
        w.date = QDate(2026, 1, 1).addDays(i % 40);
        w.starred = i % 3 == 0;
        wins << w;
    }
    wins << win(QStringLiteral("Unrelated"));
    ASSERT_TRUE(storesOf(*m_ws).wins().addMany(wins).ok());

    for (const WinFilter &filter : {WinFilter{}, WinFilter{.query = QStringLiteral("canary")}, WinFilter{.tag = QStringLiteral("t3")},
                                    WinFilter{.starredOnly = true, .query = QStringLiteral("canary"), .limit = 300, .offset = 20}}) {
        const Result<QList<Win>> listed = storesOf(*m_ws).wins().list(filter);
        ASSERT_TRUE(listed.ok());
        QList<Win> streamed;
        ASSERT_TRUE(storesOf(*m_ws)
                        .wins()
                        .forEach(filter,
                                 [&](const Win &w) {
                                     streamed << w;
                                     return true;
                                 })
                        .ok());
        ASSERT_EQ(streamed.size(), listed->size());
        for (qsizetype i = 0; i < streamed.size(); ++i) {
            EXPECT_EQ(streamed.at(i).id, listed->at(i).id) << i;
            EXPECT_EQ(streamed.at(i).tags, listed->at(i).tags) << i;
            EXPECT_EQ(streamed.at(i).title, listed->at(i).title) << i;
        }
    }

    int seen = 0;
    ASSERT_TRUE(storesOf(*m_ws).wins().forEach({}, [&](const Win &) { return ++seen < 300; }).ok());
    EXPECT_EQ(seen, 300);
}

TEST_F(WinStoreTest, StreamedSearchRejectsABadQueryBeforeVisitingAnything)
{
    ASSERT_TRUE(storesOf(*m_ws).wins().add(win(QStringLiteral("Canary"))).ok());
    bool visited = false;
    WinFilter filter;
    filter.query = QStringLiteral("-canary");
    EXPECT_FALSE(storesOf(*m_ws).wins().forEach(filter, [&](const Win &) { return visited = true; }).ok());
    EXPECT_FALSE(visited);
}

TEST_F(WinStoreTest, TagsAreTheOnesSomeWinUsesSorted)
{
    ASSERT_TRUE(storesOf(*m_ws).wins().add(win(QStringLiteral("One"), {QStringLiteral("oncall"), QStringLiteral("api")})).ok());
    const Result<qint64> gone = storesOf(*m_ws).wins().add(win(QStringLiteral("Two"), {QStringLiteral("zeta")}));
    ASSERT_TRUE(gone.ok());
    EXPECT_EQ(*storesOf(*m_ws).wins().tags(), (QStringList{QStringLiteral("api"), QStringLiteral("oncall"), QStringLiteral("zeta")}));
    ASSERT_TRUE(storesOf(*m_ws).wins().remove(*gone).ok());
    EXPECT_EQ(*storesOf(*m_ws).wins().tags(), (QStringList{QStringLiteral("api"), QStringLiteral("oncall")}));
}

// An edit writes only what the user changed, onto the row as it is now: the
// copy the user started from (`before`) may be stale, because another process
// (a second connection here) changed the win meanwhile.
class WinEditMergeTest : public WinStoreTest
{
protected:
    void SetUp() override
    {
        WinStoreTest::SetUp();
        if (HasFatalFailure())
            return;
        Result<qint64> goal = storesOf(*m_ws).goals().add(goalTitled(QStringLiteral("Own the pager")));
        ASSERT_TRUE(goal.ok());
        m_goal = *goal;
        Win w = win(QStringLiteral("Led the failover drill"), {QStringLiteral("oncall")});
        w.body = QStringLiteral("Wrote the runbook first.");
        w.impact = QStringLiteral("Failover in 4 min");
        w.skillSlugs = {QStringLiteral("distributed-systems")};
        Result<qint64> id = storesOf(*m_ws).wins().add(w);
        ASSERT_TRUE(id.ok()) << id.error().message().toStdString();
        m_before = *storesOf(*m_ws).wins().get(*id);
        Result<std::unique_ptr<Workspace>> other = Workspace::open(m_dir.file(QStringLiteral("ladder.db")));
        ASSERT_TRUE(other.ok()) << other.error().message().toStdString();
        m_other = std::move(*other);
    }

    static Goal goalTitled(const QString &title)
    {
        Goal g;
        g.title = title;
        return g;
    }

    // What "another process" does between the user's read and write-back.
    void changeElsewhere(const std::function<void(Win &)> &change)
    {
        Win now = *storesOf(*m_other).wins().get(m_before.id);
        const Win was = now;
        change(now);
        Result<void> done = storesOf(*m_other).wins().update(was, now);
        ASSERT_TRUE(done.ok()) << done.error().message().toStdString();
    }

    Win stored() { return *storesOf(*m_ws).wins().get(m_before.id); }

    qint64 m_goal = 0;
    Win m_before;
    std::unique_ptr<Workspace> m_other;
};

TEST_F(WinEditMergeTest, AnEditKeepsWhatWasChangedMeanwhileInOtherFields)
{
    changeElsewhere([&](Win &w) {
        w.impact = QStringLiteral("Failover in 3 min");
        w.starred = true;
        w.tags << QStringLiteral("drill");
        w.goalIds << m_goal;
        w.date = QDate(2026, 10, 30);
    });
    Win after = m_before;
    after.title = QStringLiteral("Led the regional failover drill");
    after.body = QStringLiteral("Runbook first, then the drill.");
    after.tags << QStringLiteral("resilience");
    after.skillSlugs.clear();
    Result<void> updated = storesOf(*m_ws).wins().update(m_before, after);
    ASSERT_TRUE(updated.ok()) << updated.error().message().toStdString();

    const Win now = stored();
    EXPECT_EQ(now.title, QStringLiteral("Led the regional failover drill"));
    EXPECT_EQ(now.body, QStringLiteral("Runbook first, then the drill."));
    EXPECT_EQ(now.impact, QStringLiteral("Failover in 3 min"));
    EXPECT_TRUE(now.starred);
    EXPECT_EQ(now.date, QDate(2026, 10, 30));
    EXPECT_EQ(now.tags, (QStringList{QStringLiteral("drill"), QStringLiteral("oncall"), QStringLiteral("resilience")}));
    EXPECT_TRUE(now.skillSlugs.isEmpty());
    EXPECT_EQ(now.goalIds, QList<qint64>{m_goal});
    // The search index follows the merged row.
    EXPECT_EQ(titlesFound(QStringLiteral("regional")), QStringList{now.title});
    EXPECT_EQ(titlesFound(QStringLiteral("resilience")), QStringList{now.title});
}

TEST_F(WinEditMergeTest, AFieldChangedOnBothSidesToDifferentValuesIsAConflictNamingItAndNothingIsWritten)
{
    changeElsewhere([](Win &w) {
        w.title = QStringLiteral("Ran the failover drill");
        w.impact = QStringLiteral("Failover in 3 min");
    });
    const Win meanwhile = stored();
    Win after = m_before;
    after.title = QStringLiteral("Led the regional failover drill");
    after.impact = QStringLiteral("Failover in 2 min");
    after.body = QStringLiteral("Changed only here.");
    after.tags << QStringLiteral("resilience");
    Result<void> updated = storesOf(*m_ws).wins().update(m_before, after);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().message(),
              QStringLiteral("win %1 was changed elsewhere meanwhile (title, impact); nothing was changed").arg(m_before.id));
    const Win now = stored();
    EXPECT_EQ(now.title, meanwhile.title);
    EXPECT_EQ(now.impact, meanwhile.impact);
    EXPECT_EQ(now.body, meanwhile.body);
    EXPECT_EQ(now.tags, meanwhile.tags);
    EXPECT_EQ(now.updatedAt, meanwhile.updatedAt);
}

TEST_F(WinEditMergeTest, TheSameChangeOnBothSidesIsNoConflict)
{
    changeElsewhere([](Win &w) { w.title = QStringLiteral("Ran the failover drill"); });
    Win after = m_before;
    after.title = QStringLiteral("Ran the failover drill");
    after.starred = true;
    Result<void> updated = storesOf(*m_ws).wins().update(m_before, after);
    ASSERT_TRUE(updated.ok()) << updated.error().message().toStdString();
    EXPECT_EQ(stored().title, QStringLiteral("Ran the failover drill"));
    EXPECT_TRUE(stored().starred);
}

TEST_F(WinEditMergeTest, AWinDeletedMeanwhileIsAClearError)
{
    ASSERT_TRUE(storesOf(*m_other).wins().remove(m_before.id).ok());
    Win after = m_before;
    after.title = QStringLiteral("Led the regional failover drill");
    Result<void> updated = storesOf(*m_ws).wins().update(m_before, after);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().message(), QStringLiteral("win %1 was deleted meanwhile; nothing was changed").arg(m_before.id));
    EXPECT_EQ(*storesOf(*m_ws).wins().count({}), 0);
}

TEST_F(WinEditMergeTest, UndoIsTheSameCallReversedAndLeavesOtherChangesAlone)
{
    Win after = m_before;
    after.title = QStringLiteral("Led the regional failover drill");
    ASSERT_TRUE(storesOf(*m_ws).wins().update(m_before, after).ok());
    changeElsewhere([](Win &w) {
        w.impact = QStringLiteral("Failover in 3 min");
        w.tags << QStringLiteral("drill");
    });
    ASSERT_TRUE(storesOf(*m_ws).wins().update(after, m_before).ok()); // undo
    EXPECT_EQ(stored().title, m_before.title);
    EXPECT_EQ(stored().impact, QStringLiteral("Failover in 3 min"));
    EXPECT_EQ(stored().tags, (QStringList{QStringLiteral("drill"), QStringLiteral("oncall")}));

    // An undo of a field changed elsewhere since is refused, not applied.
    ASSERT_TRUE(storesOf(*m_ws).wins().update(m_before, after).ok()); // redo
    changeElsewhere([](Win &w) { w.title = QStringLiteral("Ran the failover drill"); });
    Result<void> undo = storesOf(*m_ws).wins().update(after, m_before);
    ASSERT_FALSE(undo.ok());
    EXPECT_TRUE(undo.error().message().contains(QStringLiteral("(title)")));
    EXPECT_EQ(stored().title, QStringLiteral("Ran the failover drill"));
}

TEST_F(WinEditMergeTest, OnlyNewLinksAreChecked)
{
    Win after = m_before;
    after.skillSlugs << QStringLiteral("no-such-skill");
    Result<void> unknown = storesOf(*m_ws).wins().update(m_before, after);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message().startsWith(QStringLiteral("unknown skill 'no-such-skill'")));
    after = m_before;
    after.goalIds << 999;
    Result<void> noGoal = storesOf(*m_ws).wins().update(m_before, after);
    ASSERT_FALSE(noGoal.ok());
    EXPECT_EQ(noGoal.error().message(), QStringLiteral("no goal with id 999"));
    after = m_before;
    after.title = QStringLiteral("   ");
    Result<void> noTitle = storesOf(*m_ws).wins().update(m_before, after);
    ASSERT_FALSE(noTitle.ok());
    EXPECT_EQ(noTitle.error().message(), QStringLiteral("a win needs a title"));
    EXPECT_EQ(stored().title, m_before.title);
}

TEST_F(WinEditMergeTest, NothingChangedWritesNothing)
{
    ASSERT_TRUE(storesOf(*m_ws).wins().update(m_before, m_before).ok());
    EXPECT_EQ(stored().updatedAt, m_before.updatedAt);
}

} // namespace

namespace {

// Wins of every kind a sort tells apart: titles differing in case only, an
// impact or none, starred or not, two on one day.
class WinSortTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        const struct
        {
            const char *title;
            QDate date;
            const char *impact;
            bool starred;
        } rows[] = {
            {"beta", QDate(2026, 3, 1), "", false},    {"Alpha", QDate(2026, 1, 5), "zero downtime", true},
            {"alpha", QDate(2026, 2, 1), "", true},    {"Gamma", QDate(2026, 2, 1), "Cut p99 by 40%", false},
            {"delta", QDate(2025, 12, 31), "", false}, {"Beta", QDate(2026, 3, 1), "a team unblocked", false},
        };
        for (const auto &row : rows) {
            Win w;
            w.title = QString::fromUtf8(row.title);
            w.date = row.date;
            w.impact = QString::fromUtf8(row.impact);
            w.starred = row.starred;
            Result<qint64> id = storesOf(*m_ws).wins().add(w);
            ASSERT_TRUE(id.ok());
        }
    }

    QStringList titles(WinFilter::Sort sort, bool ascending, int offset = 0, int limit = 0)
    {
        WinFilter filter;
        filter.sort = sort;
        filter.ascending = ascending;
        filter.offset = offset;
        filter.limit = limit;
        QStringList out;
        for (const Win &w : *m_ws->journal().list(filter))
            out << w.title;
        return out;
    }
};

TEST_F(WinSortTest, EachSortIsATotalOrderInBothDirections)
{
    using S = WinFilter::Sort;
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *name : names)
            out << QString::fromUtf8(name);
        return out;
    };
    // Ties go by date, then id, in the sort's direction.
    EXPECT_EQ(titles(S::Date, false), list({"Beta", "beta", "Gamma", "alpha", "Alpha", "delta"}));
    EXPECT_EQ(titles(S::Date, true), list({"delta", "Alpha", "alpha", "Gamma", "beta", "Beta"}));
    EXPECT_EQ(titles(S::Title, true), list({"Alpha", "alpha", "beta", "Beta", "delta", "Gamma"}));
    EXPECT_EQ(titles(S::Title, false), list({"Gamma", "delta", "Beta", "beta", "alpha", "Alpha"}));
    // Wins without an impact come last both ways.
    EXPECT_EQ(titles(S::Impact, true), list({"Beta", "Gamma", "Alpha", "delta", "alpha", "beta"}));
    EXPECT_EQ(titles(S::Impact, false), list({"Alpha", "Gamma", "Beta", "beta", "alpha", "delta"}));
    EXPECT_EQ(titles(S::Starred, false), list({"alpha", "Alpha", "Beta", "beta", "Gamma", "delta"}));
    // A page is that slice of the order.
    EXPECT_EQ(titles(S::Title, true, 2, 3), list({"beta", "Beta", "delta"}));
}

TEST_F(WinSortTest, APositionIsTheRowInTheListWithoutReadingIt)
{
    for (const WinFilter::Sort sort : {WinFilter::Sort::Date, WinFilter::Sort::Title, WinFilter::Sort::Impact, WinFilter::Sort::Starred}) {
        for (const bool ascending : {false, true}) {
            WinFilter filter;
            filter.sort = sort;
            filter.ascending = ascending;
            const QList<Win> listed = *m_ws->journal().list(filter);
            for (qsizetype row = 0; row < listed.size(); ++row)
                EXPECT_EQ(*m_ws->journal().position(filter, listed.at(row).id), row) << listed.at(row).title.toStdString();
        }
    }
    // Under a filter: the row among the wins it lists; -1 for one it leaves out.
    WinFilter starred;
    starred.starredOnly = true;
    const QList<Win> all = *m_ws->journal().list({});
    const Win &unstarred = all.first();
    ASSERT_FALSE(unstarred.starred);
    EXPECT_EQ(*m_ws->journal().position(starred, unstarred.id), -1);
    EXPECT_EQ(*m_ws->journal().position({}, 99999), -1);
}

TEST_F(WinSortTest, GoToDateFindsTheNewestWinOnOrBeforeTheDayElseTheOldest)
{
    const QList<Win> all = *m_ws->journal().list({});
    const auto titleOf = [&](const Result<qint64> &id) {
        for (const Win &w : all) {
            if (w.id == *id)
                return w.title;
        }
        return QString();
    };
    EXPECT_EQ(titleOf(m_ws->journal().onOrBefore({}, QDate(2026, 2, 15))), QStringLiteral("Gamma"));
    EXPECT_EQ(titleOf(m_ws->journal().onOrBefore({}, QDate(2026, 1, 5))), QStringLiteral("Alpha"));
    EXPECT_EQ(titleOf(m_ws->journal().onOrBefore({}, QDate(2030, 1, 1))), QStringLiteral("Beta"));
    EXPECT_EQ(titleOf(m_ws->journal().onOrBefore({}, QDate(1990, 1, 1))), QStringLiteral("delta"));
    WinFilter none;
    none.query = QStringLiteral("nothing-matches-this");
    EXPECT_EQ(*m_ws->journal().onOrBefore(none, QDate(2026, 2, 15)), 0);
}

} // namespace
