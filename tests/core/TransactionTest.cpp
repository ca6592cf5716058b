// SPDX-License-Identifier: GPL-3.0-or-later
// Transaction on its own (storage/Transaction.h): a write is kept only when
// committed; leaving the scope otherwise, by an exception too, rolls it back;
// inside an open transaction it nests as a savepoint; and it takes the write
// lock when it begins (BEGIN IMMEDIATE), waiting through the busy handler for
// another writer and failing as "busy" when the wait runs out.

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "TempDir.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

using namespace ladder;

namespace {

class TransactionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = open();
        ASSERT_TRUE(m_db);
        m_db->exec("CREATE TABLE t (v TEXT UNIQUE)");
    }

    std::unique_ptr<Database> open()
    {
        Result<std::unique_ptr<Database>> opened = Database::open(m_dir.file(QStringLiteral("ladder.db")));
        EXPECT_TRUE(opened.ok()) << opened.error().message().toStdString();
        return opened ? std::move(*opened) : nullptr;
    }

    static void insert(Database &db, const char *v)
    {
        Statement s(db, "INSERT INTO t (v) VALUES (?1)");
        s.bind(1, QString::fromUtf8(v));
        s.run();
    }

    // The rows as another connection sees them: only what was committed.
    QStringList committed()
    {
        std::unique_ptr<Database> other = open();
        QStringList rows;
        Statement s(*other, "SELECT v FROM t ORDER BY v");
        while (s.step())
            rows << s.text(0);
        return rows;
    }

    bool inTransaction() const { return sqlite3_get_autocommit(m_db->handle()) == 0; }

    TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

QStringList rows(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *v : values)
        list << QString::fromUtf8(v);
    return list;
}

TEST_F(TransactionTest, ACommitIsSeenByAnotherConnection)
{
    {
        Transaction tx(*m_db);
        EXPECT_TRUE(inTransaction());
        insert(*m_db, "a");
        EXPECT_EQ(committed(), QStringList()); // not before the commit
        tx.commit();
        EXPECT_FALSE(inTransaction());
    }
    EXPECT_EQ(committed(), rows({"a"}));
}

TEST_F(TransactionTest, LeavingTheScopeWithoutCommitRollsBack)
{
    {
        Transaction tx(*m_db);
        insert(*m_db, "a");
    }
    EXPECT_FALSE(inTransaction());
    EXPECT_EQ(committed(), QStringList());
}

TEST_F(TransactionTest, AnExceptionLeavingTheScopeRollsBackEveryWrite)
{
    EXPECT_THROW(
        {
            Transaction tx(*m_db);
            insert(*m_db, "a");
            insert(*m_db, "b");
            throw std::runtime_error("between two writes");
        },
        std::runtime_error);
    EXPECT_FALSE(inTransaction());
    EXPECT_EQ(committed(), QStringList());
}

TEST_F(TransactionTest, AFailedWriteLeavesNothingOfTheWritesBeforeIt)
{
    insert(*m_db, "taken");
    EXPECT_THROW(
        {
            Transaction tx(*m_db);
            insert(*m_db, "a");
            insert(*m_db, "taken"); // UNIQUE
            tx.commit();
        },
        StorageError);
    EXPECT_FALSE(inTransaction());
    EXPECT_EQ(committed(), rows({"taken"}));
}

TEST_F(TransactionTest, ANestedTransactionRolledBackKeepsTheOuterOnesWrites)
{
    {
        Transaction outer(*m_db);
        insert(*m_db, "outer");
        {
            Transaction inner(*m_db);
            insert(*m_db, "inner");
        }
        // Still inside the outer transaction, which has lost only the inner write.
        EXPECT_TRUE(inTransaction());
        insert(*m_db, "after");
        outer.commit();
    }
    EXPECT_EQ(committed(), rows({"after", "outer"}));
}

TEST_F(TransactionTest, ANestedCommitIsUndoneByTheOuterRollback)
{
    {
        Transaction outer(*m_db);
        insert(*m_db, "outer");
        {
            Transaction inner(*m_db);
            insert(*m_db, "inner");
            inner.commit();
        }
        EXPECT_TRUE(inTransaction());
        EXPECT_EQ(committed(), QStringList()); // an inner commit is not a commit
    }
    EXPECT_FALSE(inTransaction());
    EXPECT_EQ(committed(), QStringList());
}

TEST_F(TransactionTest, ThreeLevelsRollBackOnlyTheInnermost)
{
    {
        Transaction first(*m_db);
        insert(*m_db, "1");
        {
            Transaction second(*m_db);
            insert(*m_db, "2");
            {
                Transaction third(*m_db);
                insert(*m_db, "3");
            }
            second.commit();
        }
        first.commit();
    }
    EXPECT_EQ(committed(), rows({"1", "2"}));
}

TEST_F(TransactionTest, AnExceptionFromANestedScopeRollsBackOnlyThatScope)
{
    Transaction outer(*m_db);
    insert(*m_db, "outer");
    try {
        Transaction inner(*m_db);
        insert(*m_db, "inner");
        throw std::runtime_error("inner step failed");
    } catch (const std::runtime_error &) {
    }
    outer.commit();
    EXPECT_EQ(committed(), rows({"outer"}));
}

// Another connection holds the write lock; this one does not wait.
TEST_F(TransactionTest, BeginningWhileAnotherWriterHoldsTheLockIsBusy)
{
    std::unique_ptr<Database> other = open();
    Transaction holding(*other);
    insert(*other, "theirs");

    sqlite3_busy_timeout(m_db->handle(), 0);
    try {
        Transaction tx(*m_db);
        FAIL() << "began while another connection was writing";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.code() & 0xff, SQLITE_BUSY);
        EXPECT_TRUE(e.message().contains(m_db->path())) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("busy"))) << e.message().toStdString();
    }
    EXPECT_FALSE(inTransaction());
}

// BEGIN IMMEDIATE: the lock is taken when the transaction begins, before any
// write, so a second writer is turned away at its start, not half-way through.
TEST_F(TransactionTest, TheWriteLockIsTakenAtTheBeginning)
{
    Transaction tx(*m_db); // nothing written yet
    std::unique_ptr<Database> other = open();
    sqlite3_busy_timeout(other->handle(), 0);
    EXPECT_THROW(Transaction second(*other), StorageError);
}

// The busy handler is how a transaction waits for the other writer: here the
// other writer commits as soon as this one starts waiting, and it goes on.
TEST_F(TransactionTest, ItWaitsThroughTheBusyHandlerForTheOtherWriter)
{
    std::unique_ptr<Database> other = open();
    struct Waiting
    {
        std::unique_ptr<Transaction> holding;
        int calls = 0;
    } waiting;
    waiting.holding = std::make_unique<Transaction>(*other);
    insert(*other, "theirs");

    sqlite3_busy_handler(
        m_db->handle(),
        [](void *data, int) -> int {
            auto *w = static_cast<Waiting *>(data);
            ++w->calls;
            if (w->holding) {
                w->holding->commit();
                w->holding.reset();
            }
            return w->calls < 10; // try again, a bounded number of times
        },
        &waiting);
    {
        Transaction tx(*m_db);
        insert(*m_db, "mine");
        tx.commit();
    }
    EXPECT_GE(waiting.calls, 1);
    EXPECT_EQ(committed(), rows({"mine", "theirs"}));
}

} // namespace
