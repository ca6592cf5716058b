// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/SearchQuery.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <random>
#include <string>
#include <vector>

using namespace ladder;
using namespace Qt::StringLiterals;

namespace {

// The FTS5 expression, or the error message, so a failure shows both.
std::string translated(const char *query)
{
    const Result<QString> r = SearchQuery::toFts5(QString::fromUtf8(query));
    return r ? r->toStdString() : "error: " + r.error().message().toStdString();
}

struct Case
{
    const char *query;
    const char *expected;
};

// An in-memory FTS5 table, to prove the translations mean what they should to SQLite.
class Fts5Table
{
public:
    explicit Fts5Table(const std::vector<const char *> &rows)
    {
        sqlite3_open(":memory:", &m_db);
        exec("CREATE VIRTUAL TABLE t USING fts5(body)");
        for (const char *row : rows) {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(m_db, "INSERT INTO t(body) VALUES (?1)", -1, &stmt, nullptr);
            sqlite3_bind_text(stmt, 1, row, -1, SQLITE_TRANSIENT);
            EXPECT_EQ(sqlite3_step(stmt), SQLITE_DONE) << sqlite3_errmsg(m_db);
            sqlite3_finalize(stmt);
        }
    }
    ~Fts5Table() { sqlite3_close(m_db); }
    Fts5Table(const Fts5Table &) = delete;
    Fts5Table &operator=(const Fts5Table &) = delete;

    // The matching rowids, or SQLite's error text in `error`.
    std::vector<sqlite3_int64> match(const QString &expression, std::string *error = nullptr) const
    {
        std::vector<sqlite3_int64> ids;
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(m_db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid", -1, &stmt, nullptr);
        const QByteArray utf8 = expression.toUtf8();
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_text(stmt, 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        while (rc == SQLITE_OK || rc == SQLITE_ROW) {
            rc = sqlite3_step(stmt);
            if (rc == SQLITE_ROW)
                ids.push_back(sqlite3_column_int64(stmt, 0));
        }
        if (rc != SQLITE_DONE && error)
            *error = sqlite3_errmsg(m_db);
        sqlite3_finalize(stmt);
        return ids;
    }

private:
    void exec(const char *sql)
    {
        char *message = nullptr;
        ASSERT_EQ(sqlite3_exec(m_db, sql, nullptr, nullptr, &message), SQLITE_OK) << message;
    }

    sqlite3 *m_db = nullptr;
};

const std::vector<const char *> Rows = {
    /* 1 */ "p99 latency dropped after the cache rewrite",
    /* 2 */ "Led the checkout-service failover drill",
    /* 3 */ "Mentored two engineers on the checkout flow",
    /* 4 */ "rock and roll or near misses",
    /* 5 */ "Latency budget review for checkout",
    /* 6 */ "Wrote the \"quoted\" runbook: title and body",
};

} // namespace

TEST(SearchQuery, QuotesEveryTerm)
{
    const Case cases[] = {
        {"foo", R"("foo")"},
        {"  Foo   bar  ", R"("Foo" AND "bar")"},
        {R"("led the drill")", R"("led the drill")"},
        {R"(fail "led the")", R"("fail" AND "led the")"},
        {"lat*", R"("lat"*)"},
        {"-foo bar", R"("bar" NOT "foo")"},
        {R"(foo -"bar baz" -qux*)", R"("foo" NOT "bar baz" NOT "qux"*)"},
        {"AND OR NOT", R"("AND" AND "OR" AND "NOT")"},
        {"NEAR(a b)", R"x("NEAR(a" AND "b)")x"},
        {"title:foo ^bar", R"("title:foo" AND "^bar")"},
        {"checkout-service p99", R"("checkout-service" AND "p99")"},
        {"a-", R"("a-")"},
        {R"(x"y z"w)", R"("x" AND "y z" AND "w")"},
        {"café*", R"("café"*)"},
    };
    for (const Case &c : cases)
        EXPECT_EQ(translated(c.query), c.expected) << c.query;
}

TEST(SearchQuery, MisuseIsOneLineWithThePosition)
{
    const Case cases[] = {
        {"", "error: search '': nothing to look for"},
        {"   ", "error: search '   ': nothing to look for"},
        {R"(foo "bar)", R"(error: search 'foo "bar': unbalanced quote at character 5)"},
        {R"("a" "b)", R"(error: search '"a" "b': unbalanced quote at character 5)"},
        {R"(-"foo)", R"(error: search '-"foo': unbalanced quote at character 2)"},
        {R"(")", R"(error: search '"': unbalanced quote at character 1)"},
        {R"(a"b"c")", R"(error: search 'a"b"c"': unbalanced quote at character 6)"},
        {"-foo", "error: search '-foo': needs at least one word to look for"},
        {R"(-foo -"a b")", R"(error: search '-foo -"a b"': needs at least one word to look for)"},
        {"-", "error: search '-': a lone '-' at character 1"},
        {"a -", "error: search 'a -': a lone '-' at character 3"},
        {"--", "error: search '--': unexpected '-' at character 2"},
        {"a --foo", "error: search 'a --foo': unexpected '-' at character 4"},
        {"*", "error: search '*': a lone '*' at character 1"},
        {"a *", "error: search 'a *': a lone '*' at character 3"},
        {"a -*", "error: search 'a -*': a lone '*' at character 4"},
        {"a*b", "error: search 'a*b': '*' can only end a word at character 2"},
        {"ab**", "error: search 'ab**': '*' can only end a word at character 3"},
        {R"("foo bar"*)", R"(error: search '"foo bar"*': '*' after a phrase at character 10)"},
        {R"("")", R"(error: search '""': empty phrase at character 1)"},
        {R"(foo -"  ")", R"(error: search 'foo -"  "': empty phrase at character 6)"},
    };
    for (const Case &c : cases)
        EXPECT_EQ(translated(c.query), c.expected) << c.query;
}

TEST(SearchQuery, TranslationsMatchTheRightRowsInFts5)
{
    const Fts5Table table(Rows);
    const struct
    {
        const char *query;
        std::vector<sqlite3_int64> rows;
    } cases[] = {
        {"latency", {1, 5}},
        {"LATENCY", {1, 5}},
        {"lat*", {1, 5}},
        {"mentor*", {3}},
        {"checkout", {2, 3, 5}},
        {"checkout -latency", {2, 3}},
        {R"(checkout -"checkout flow")", {2, 5}},
        {R"(-"checkout flow" checkout lat*)", {5}},
        {"checkout -lat*", {2, 3}},
        {"checkout-service", {2}},
        {R"("checkout service")", {2}},
        {R"("service checkout")", {}},
        {"drill failover", {2}},
        {"p99", {1}},
        {"p9*", {1}},
        {"and", {4, 6}},
        {"or", {4}},
        {"near", {4}},
        {"NEAR", {4}},
        {"AND OR", {4}},
        {"not", {}},
        {"title:and", {6}},
        {"runbook: quoted", {6}},
        {"roll -and", {}},
        {"nothing-here", {}},
    };
    for (const auto &c : cases) {
        const Result<QString> fts5 = SearchQuery::toFts5(QString::fromUtf8(c.query));
        ASSERT_TRUE(fts5.ok()) << c.query << ": " << fts5.error().message().toStdString();
        std::string error;
        EXPECT_EQ(table.match(*fts5, &error), c.rows) << c.query << " -> " << fts5->toStdString();
        EXPECT_EQ(error, "") << c.query << " -> " << fts5->toStdString();
    }
}

// Whatever is typed, the user sees either our error or results, never an FTS5 syntax error.
TEST(SearchQuery, NoInputReachesSqliteAsASyntaxError)
{
    const Fts5Table table(Rows);
    std::vector<QString> inputs;
    for (const char *nasty : {"NEAR(a b)",
                              "NEAR(a b, 2)",
                              "title:foo",
                              "body:latency",
                              "{body}: x",
                              "- body : x",
                              "a OR b",
                              "a NOT b",
                              "NOT a",
                              "a NOT",
                              "foo AND",
                              "AND",
                              "OR",
                              "^foo",
                              "a^",
                              "a + b",
                              "+",
                              R"("a" "b)",
                              R"("a""b")",
                              R"("""")",
                              R"("*")",
                              R"(-"-")",
                              "(((",
                              ")))",
                              "()",
                              "*",
                              "**",
                              "-",
                              "--",
                              "---",
                              "a -",
                              "-*",
                              "a:*",
                              ".",
                              "!!!",
                              "!!*",
                              "a -!!",
                              "-!!*",
                              "'a'",
                              R"(a\")",
                              "a\tb",
                              "\u00e9*",
                              "\u65e5\u672c\u8a9e",
                              "\U0001F600*",
                              "x\"y\"z",
                              "a -b -c",
                              "a.b*",
                              "a,b",
                              "c++",
                              "c#",
                              "1.5",
                              "-1",
                              "a*b*",
                              "\"a\"-b",
                              "a\"b\"*",
                              "\u00a0",
                              "a\u00a0*",
                              "\u3000x"})
        inputs.push_back(QString::fromUtf8(nasty));

    // Deterministic random strings over the characters that mean something to FTS5.
    const QString alphabet = u"ab -*\"():^+{},.NEARORTD\t\u00e9"_s;
    std::mt19937 random(20261122);
    std::uniform_int_distribution<int> length(1, 10);
    std::uniform_int_distribution<qsizetype> pick(0, alphabet.size() - 1);
    for (int i = 0; i < 3000; ++i) {
        QString s;
        for (int n = length(random); n > 0; --n)
            s += alphabet.at(pick(random));
        inputs.push_back(s);
    }

    std::string sqliteError;
    table.match(u"NEAR("_s, &sqliteError);
    ASSERT_NE(sqliteError, ""); // the harness does see SQLite's errors

    int ran = 0;
    for (const QString &input : inputs) {
        const Result<QString> fts5 = SearchQuery::toFts5(input);
        if (!fts5) {
            EXPECT_FALSE(fts5.error().message().contains(u'\n')) << input.toStdString();
            EXPECT_TRUE(fts5.error().message().startsWith(u"search '"_s + input + u"': "_s)) << fts5.error().message().toStdString();
            continue;
        }
        std::string error;
        table.match(*fts5, &error);
        EXPECT_EQ(error, "") << "'" << input.toStdString() << "' -> " << fts5->toStdString();
        ++ran;
    }
    EXPECT_GT(ran, 500); // the random inputs are not all rejected
}
