// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "domain/Win.h"

#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace ladder {

class Database;
class Statement;

// The tags, skills and goals of many wins, read with one query per link table
// and handed out win by win. Three correlated subqueries per win row (the
// first design) cost about 10 µs a win, a second for 100,000 wins; one pass
// over each link table costs a few percent of that (docs/performance.md).
// Throws StorageError, like Statement.
class WinLinks
{
public:
    // The links of the wins with these ids (any order).
    static WinLinks load(Database &db, const std::vector<qint64> &winIds);
    // The links of every win: for passes over the whole journal.
    static WinLinks loadAll(Database &db);

    // Sets the win's tags, skill slugs and goal ids, each sorted.
    void fill(Win &win) const;

private:
    // One row of a link table: `value` is an index into m_names for tags and
    // skills (each distinct name is made into a QString once). Goal ids are
    // kept whole in GoalLink. 12 bytes, not 16: an export of 100,000 wins
    // holds 320,000 of them (docs/performance.md, peak memory). Packed, so
    // winId is read by value, never bound to a reference (UBSan: misaligned).
#pragma pack(push, 4)
    struct Link
    {
        qint64 winId;
        qint32 value;
    };
#pragma pack(pop)
    struct GoalLink
    {
        qint64 winId;
        qint64 value;
    };
    enum class Source { All, IdRange, Ids };
    static WinLinks read(Database &db, Source source, const std::function<void(Statement &)> &bind);
    // Drops the links of wins not in `sortedIds`.
    void keepOnly(const std::vector<qint64> &sortedIds);

    std::vector<Link> m_tags;
    std::vector<Link> m_skills;
    std::vector<GoalLink> m_goals;
    QStringList m_names;
};

} // namespace ladder
