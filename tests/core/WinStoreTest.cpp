// WinStore and WinWriter: what the CLI tests do not reach directly — the bulk
// path's index, identities kept or replaced on import, and the tag list.

#include "WorkspaceTest.h"
#include "io/Workspace.h"

#include <gtest/gtest.h>

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
        Result<QList<Win>> found = m_ws->wins().list(filter);
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
    ASSERT_TRUE(m_ws->wins().add(win(QStringLiteral("Tuned the flaky canary"))).ok());
    const Result<qint64> added = m_ws->wins().addMany({win(QStringLiteral("Canary rollout runbook")), win(QStringLiteral("Unrelated"))});
    ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    EXPECT_EQ(*added, 2);
    EXPECT_EQ(titlesFound(QStringLiteral("canary")), (QStringList{QStringLiteral("Canary rollout runbook"), QStringLiteral("Tuned the flaky canary")}));
    EXPECT_EQ(titlesFound(QStringLiteral("unrelated")), QStringList{QStringLiteral("Unrelated")});
}

TEST_F(WinStoreTest, AFailedBulkAddLeavesNeitherRowsNorIndexEntries)
{
    Win bad = win(QString());  // no title
    const Result<qint64> added = m_ws->wins().addMany({win(QStringLiteral("Canary first")), bad});
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(*m_ws->wins().count({}), 0);
    EXPECT_TRUE(titlesFound(QStringLiteral("canary")).isEmpty());
    // The index holds nothing stale: a later add is found alone.
    ASSERT_TRUE(m_ws->wins().add(win(QStringLiteral("Canary second"))).ok());
    EXPECT_EQ(titlesFound(QStringLiteral("canary")), QStringList{QStringLiteral("Canary second")});
}

TEST_F(WinStoreTest, ImportKeepsFreeIdsAndGivesTakenOnesANewIdKeepingTheUuid)
{
    ASSERT_TRUE(m_ws->wins().add(win(QStringLiteral("Already here"))).ok());  // id 1
    Win takenId = win(QStringLiteral("Wanted id 1"), {}, 1);
    takenId.uuid = QStringLiteral("11111111-1111-4111-8111-111111111111");
    Win freeLow = win(QStringLiteral("Wanted id 50"), {}, 50);
    freeLow.uuid = QStringLiteral("22222222-2222-4222-8222-222222222222");
    Win freeBelow = win(QStringLiteral("Wanted id 7"), {}, 7);  // below one just imported: looked up
    freeBelow.uuid = QStringLiteral("33333333-3333-4333-8333-333333333333");
    const Result<qint64> added = m_ws->wins().addMany({takenId, freeLow, freeBelow}, true);
    ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    EXPECT_EQ(*added, 3);

    EXPECT_EQ(m_ws->wins().get(1)->title, QStringLiteral("Already here"));
    EXPECT_EQ(m_ws->wins().get(50)->title, QStringLiteral("Wanted id 50"));
    EXPECT_EQ(m_ws->wins().get(7)->title, QStringLiteral("Wanted id 7"));
    const Result<Win> moved = m_ws->wins().findByUuid(takenId.uuid);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->title, QStringLiteral("Wanted id 1"));
    EXPECT_NE(moved->id, 1);

    // The same file again: every UUID is present, nothing is added.
    const Result<qint64> again = m_ws->wins().addMany({takenId, freeLow, freeBelow}, true);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(*m_ws->wins().count({}), 4);
}

TEST_F(WinStoreTest, TagsAreTheOnesSomeWinUsesSorted)
{
    ASSERT_TRUE(m_ws->wins().add(win(QStringLiteral("One"), {QStringLiteral("oncall"), QStringLiteral("api")})).ok());
    const Result<qint64> gone = m_ws->wins().add(win(QStringLiteral("Two"), {QStringLiteral("zeta")}));
    ASSERT_TRUE(gone.ok());
    EXPECT_EQ(*m_ws->wins().tags(), (QStringList{QStringLiteral("api"), QStringLiteral("oncall"), QStringLiteral("zeta")}));
    ASSERT_TRUE(m_ws->wins().remove(*gone).ok());
    EXPECT_EQ(*m_ws->wins().tags(), (QStringList{QStringLiteral("api"), QStringLiteral("oncall")}));
}

} // namespace
