// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include "domain/SearchQuery.h"

#include <QByteArray>

#include <sqlite3.h>

using namespace ladder;

namespace {

// An FTS5 index made like the product's (core/storage/SchemaManager.cpp).
sqlite3 *index()
{
    static sqlite3 *db = [] {
        sqlite3 *d = nullptr;
        sqlite3_open(":memory:", &d);
        sqlite3_exec(
            d,
            "CREATE VIRTUAL TABLE win_fts USING fts5(title, body, impact, tags, tokenize = 'unicode61 remove_diacritics 2');"
            "INSERT INTO win_fts VALUES ('Cut checkout p99 from 2s to 900ms', 'Profiled with perf', 'Conversion +2%', 'perf checkout');"
            "INSERT INTO win_fts VALUES ('Led the failover drill', 'NEAR the AND OR NOT words', '', 'oncall');",
            nullptr, nullptr, nullptr);
        return d;
    }();
    return db;
}

} // namespace

int fuzz::searchQuery(const std::uint8_t *data, std::size_t size)
{
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QString> fts = SearchQuery::toFts5(query);
    if (!fts) {
        // One line naming the query, never SQLite's words.
        const QString message = fts.error().message();
        const QByteArray detail = "query: '" + query.toUtf8() + "' error: " + message.toUtf8();
        FUZZ_CHECK("search-query", message.startsWith(QStringLiteral("search '")), detail.constData());
        FUZZ_CHECK("search-query", !message.contains(QLatin1String("fts5")), detail.constData());
        return 0;
    }
    const QByteArray expression = fts->toUtf8();
    const QByteArray input = query.toUtf8();
    std::string detail = "query: '" + fuzz::printable(input.constData(), std::size_t(input.size()))
        + "' fts5: " + fuzz::printable(expression.constData(), std::size_t(expression.size()));
    FUZZ_CHECK("search-query", !expression.isEmpty(), detail.c_str());
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(index(), "SELECT rowid FROM win_fts WHERE win_fts MATCH ?", -1, &statement, nullptr);
    FUZZ_CHECK("search-query", rc == SQLITE_OK, sqlite3_errmsg(index()));
    sqlite3_bind_text(statement, 1, expression.constData(), int(expression.size()), SQLITE_TRANSIENT);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) { }
    if (rc != SQLITE_DONE)
        detail += std::string(" sqlite: ") + sqlite3_errmsg(index());
    sqlite3_finalize(statement);
    FUZZ_CHECK("search-query", rc == SQLITE_DONE, detail.c_str());
    return 0;
}
