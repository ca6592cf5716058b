// SPDX-License-Identifier: GPL-3.0-or-later
// Statement on its own: every bind and every read, what a statement taken
// back from the cache keeps (nothing), and how SQLite's failures come out (a
// StorageError with SQLite's code and a message naming the file).

#include "QtPrinters.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "TempDir.h"

#include <QTimeZone>

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace ladder;

namespace {

class StatementTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<std::unique_ptr<Database>> opened = Database::open(m_dir.file(QStringLiteral("ladder.db")));
        ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
        m_db = std::move(*opened);
        m_db->exec("CREATE TABLE t (k INTEGER PRIMARY KEY, v, w TEXT NOT NULL DEFAULT 'w', u TEXT UNIQUE)");
    }

    // The value in t.v of row k, as SQLite holds it: its type and its text.
    std::pair<QString, QString> stored(qint64 k)
    {
        Statement s(*m_db, "SELECT typeof(v), CAST(v AS TEXT) FROM t WHERE k = ?1");
        s.bind(1, k);
        EXPECT_TRUE(s.step());
        return {s.text(0), s.text(1)};
    }

    void insert(qint64 k, const std::function<void(Statement &)> &bindV)
    {
        Statement s(*m_db, "INSERT INTO t (k, v) VALUES (?1, ?2)");
        s.bind(1, k);
        bindV(s);
        s.run();
    }

    TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

using Stored = std::pair<QString, QString>;

TEST_F(StatementTest, EveryBindIsStoredAsItsSqliteType)
{
    const QDateTime instant(QDate(2026, 3, 29), QTime(1, 30, 5, 42), QTimeZone(3600 * 2));
    insert(1, [](Statement &s) { s.bind(2, qint64(9007199254740993)); });
    insert(2, [](Statement &s) { s.bind(2, -7); });
    insert(3, [](Statement &s) { s.bind(2, true); });
    insert(4, [](Statement &s) { s.bind(2, false); });
    insert(5, [](Statement &s) { s.bind(2, 2.5); });
    insert(6, [](Statement &s) { s.bind(2, QStringLiteral("Grüße \u2603")); });
    insert(7, [](Statement &s) { s.bind(2, QString(QLatin1String(""))); });
    insert(8, [](Statement &s) { s.bind(2, QString()); });
    insert(9, [](Statement &s) { s.bindUtf8(2, QByteArray("caf\xc3\xa9")); });
    insert(10, [](Statement &s) { s.bind(2, QDate(2024, 2, 29)); });
    insert(11, [](Statement &s) { s.bind(2, QDate()); });
    insert(12, [&](Statement &s) { s.bind(2, instant); });
    insert(13, [](Statement &s) { s.bind(2, QDateTime()); });
    insert(14, [](Statement &s) { s.bindNull(2); });

    EXPECT_EQ(stored(1), Stored(QStringLiteral("integer"), QStringLiteral("9007199254740993")));
    EXPECT_EQ(stored(2), Stored(QStringLiteral("integer"), QStringLiteral("-7")));
    EXPECT_EQ(stored(3), Stored(QStringLiteral("integer"), QStringLiteral("1")));
    EXPECT_EQ(stored(4), Stored(QStringLiteral("integer"), QStringLiteral("0")));
    EXPECT_EQ(stored(5), Stored(QStringLiteral("real"), QStringLiteral("2.5")));
    EXPECT_EQ(stored(6), Stored(QStringLiteral("text"), QStringLiteral("Grüße \u2603")));
    // An empty string is text; only a null QString is NULL.
    EXPECT_EQ(stored(7), Stored(QStringLiteral("text"), QString(QLatin1String(""))));
    EXPECT_EQ(stored(8).first, QStringLiteral("null"));
    EXPECT_EQ(stored(9), Stored(QStringLiteral("text"), QStringLiteral("café")));
    EXPECT_EQ(stored(10), Stored(QStringLiteral("text"), QStringLiteral("2024-02-29")));
    EXPECT_EQ(stored(11).first, QStringLiteral("null"));
    // Instants are kept in UTC with milliseconds, whatever zone they came in.
    EXPECT_EQ(stored(12), Stored(QStringLiteral("text"), QStringLiteral("2026-03-28T23:30:05.042Z")));
    EXPECT_EQ(stored(13).first, QStringLiteral("null"));
    EXPECT_EQ(stored(14).first, QStringLiteral("null"));
}

TEST_F(StatementTest, EveryReadGivesBackWhatWasBound)
{
    const QDateTime instant(QDate(2026, 11, 22), QTime(23, 59, 59, 999), QTimeZone::utc());
    {
        Statement s(*m_db, "INSERT INTO t (k, v) VALUES (?1, ?2)");
        s.bind(1, 1).bind(2, qint64(-9007199254740993)).run();
    }
    insert(2, [](Statement &s) { s.bind(2, 0.125); });
    insert(3, [](Statement &s) { s.bind(2, QStringLiteral("line one\nline two \u00e9")); });
    insert(4, [](Statement &s) { s.bind(2, QDate(2026, 12, 31)); });
    insert(5, [&](Statement &s) { s.bind(2, instant); });
    insert(6, [](Statement &s) { s.bindNull(2); });

    Statement s(*m_db, "SELECT v FROM t ORDER BY k");
    ASSERT_TRUE(s.step());
    EXPECT_FALSE(s.isNull(0));
    EXPECT_EQ(s.int64(0), qint64(-9007199254740993));
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.real(0), 0.125);
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0), QStringLiteral("line one\nline two \u00e9"));
    EXPECT_EQ(s.utf8(0), QByteArrayView("line one\nline two \xc3\xa9"));
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.date(0), QDate(2026, 12, 31));
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.dateTime(0), instant);
    EXPECT_EQ(s.dateTime(0).timeSpec(), Qt::UTC);
    ASSERT_TRUE(s.step());
    EXPECT_TRUE(s.isNull(0));
    EXPECT_TRUE(s.text(0).isNull());
    EXPECT_TRUE(s.utf8(0).isEmpty());
    EXPECT_FALSE(s.date(0).isValid());
    EXPECT_FALSE(s.dateTime(0).isValid());
    EXPECT_EQ(s.int64(0), 0);
    EXPECT_FALSE(s.step());
}

TEST_F(StatementTest, IntegerAndRealReadWhatSqliteConverts)
{
    insert(1, [](Statement &s) { s.bind(2, 41); });
    Statement s(*m_db, "SELECT v, v + 0.5, '12' FROM t");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.integer(0), 41);
    EXPECT_EQ(s.real(1), 41.5);
    EXPECT_EQ(s.int64(2), 12); // SQLite's conversion of text
}

TEST_F(StatementTest, ResetRunsAgainFromTheFirstRowWithoutTheBindings)
{
    insert(1, [](Statement &s) { s.bind(2, QStringLiteral("a")); });
    insert(2, [](Statement &s) { s.bind(2, QStringLiteral("b")); });
    Statement s(*m_db, "SELECT v FROM t WHERE k >= coalesce(?1, 0) ORDER BY k");
    s.bind(1, 2);
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0), QStringLiteral("b"));
    EXPECT_FALSE(s.step());

    // After reset the parameter is NULL again, so every row comes back.
    s.reset();
    QStringList seen;
    while (s.step())
        seen << s.text(0);
    EXPECT_EQ(seen, QStringList({QStringLiteral("a"), QStringLiteral("b")}));

    // A reset in the middle of the rows starts over.
    s.reset();
    ASSERT_TRUE(s.step());
    s.reset();
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0), QStringLiteral("a"));
}

TEST_F(StatementTest, ACachedStatementComesBackWithoutItsBindingsOrPosition)
{
    insert(1, [](Statement &s) { s.bind(2, QStringLiteral("a")); });
    insert(2, [](Statement &s) { s.bind(2, QStringLiteral("b")); });
    static constexpr std::string_view Sql = "SELECT v FROM t WHERE k >= coalesce(?1, 0) ORDER BY k";
    {
        Statement first(*m_db, Sql);
        first.bind(1, 2);
        ASSERT_TRUE(first.step()); // left in the middle of its rows
    }
    Statement again(*m_db, Sql);
    ASSERT_TRUE(again.step());
    EXPECT_EQ(again.text(0), QStringLiteral("a"));
}

TEST_F(StatementTest, TheSameSqlTwiceAtOnceGivesTwoStatements)
{
    insert(1, [](Statement &s) { s.bind(2, 10); });
    insert(2, [](Statement &s) { s.bind(2, 20); });
    static constexpr std::string_view Sql = "SELECT v FROM t ORDER BY k";
    Statement outer(*m_db, Sql);
    QList<std::pair<qint64, qint64>> pairs;
    while (outer.step()) {
        Statement inner(*m_db, Sql);
        while (inner.step())
            pairs.append({outer.int64(0), inner.int64(0)});
    }
    EXPECT_EQ(pairs, (QList<std::pair<qint64, qint64>>{{10, 10}, {10, 20}, {20, 10}, {20, 20}}));
}

TEST_F(StatementTest, SqlThatDoesNotPrepareThrowsNamingTheFileAndTheReason)
{
    try {
        Statement s(*m_db, "SELEC v FROM t");
        FAIL() << "prepared";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.code(), SQLITE_ERROR);
        EXPECT_TRUE(e.message().contains(m_db->path())) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("syntax error"))) << e.message().toStdString();
    }
    try {
        Statement s(*m_db, "SELECT v FROM nowhere");
        FAIL() << "prepared";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("no such table: nowhere"))) << e.message().toStdString();
    }
}

TEST_F(StatementTest, AFailedStepThrowsItsCodeAndTheStatementCanRunAgain)
{
    Statement s(*m_db, "INSERT INTO t (k, v, u) VALUES (?1, 'v', ?2)");
    s.bind(1, 1).bind(2, QStringLiteral("same")).run();
    s.reset();
    s.bind(1, 2).bind(2, QStringLiteral("same"));
    try {
        s.run();
        FAIL() << "a duplicate was inserted";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.code(), SQLITE_CONSTRAINT_UNIQUE); // extended codes are on
        EXPECT_TRUE(e.message().contains(m_db->path())) << e.message().toStdString();
    }
    // The failure reset the statement: it keeps its bindings and runs again.
    s.bind(2, QStringLiteral("other"));
    s.run();
    Statement count(*m_db, "SELECT count(*), group_concat(u, ',') FROM (SELECT u FROM t ORDER BY k)");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.int64(0), 2);
    EXPECT_EQ(count.text(1), QStringLiteral("same,other"));
}

TEST_F(StatementTest, NotNullAndTypeChecksAreErrorsNotDefaults)
{
    Statement s(*m_db, "INSERT INTO t (k, v, w) VALUES (1, 1, ?1)");
    s.bind(1, QString());
    try {
        s.run();
        FAIL() << "NULL went into a NOT NULL column";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.code(), SQLITE_CONSTRAINT_NOTNULL);
    }
    Statement count(*m_db, "SELECT count(*) FROM t");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.int64(0), 0);
}

} // namespace
