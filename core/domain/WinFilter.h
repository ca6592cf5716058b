// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ladder {

// Which wins a listing or a search wants, in which order. Empty fields do
// not filter.
struct WinFilter
{
    // The column a list is sorted by, in SQL (core/storage's WinStore): every
    // sort ends on the date and then the id, in the same direction, so that
    // the order is total and a page never depends on how rows were read.
    // Date descending is WinOrder::newestFirst, the order everywhere else.
    enum class Sort { Date, Title, Impact, Starred };

    QDate from;
    QDate to;
    QString skillSlug;
    QString tag;
    qint64 goalId = 0;
    bool starredOnly = false;
    QString query; // a user search (SearchQuery syntax); empty lists everything
    int limit = 0; // 0: no limit
    int offset = 0;
    // Reports count and list wins but never print their bodies or UUIDs:
    // without them a year of wins takes less memory (docs/performance.md).
    // Such wins have an empty body and UUID.
    bool summaryOnly = false;
    Sort sort = Sort::Date;
    // Ascending: oldest first, A to Z, unstarred first. An ascending sort by
    // impact puts the wins without one last.
    bool ascending = false;

    // The same wins asked for, the same way (what a view compares before
    // reloading).
    friend bool operator==(const WinFilter &, const WinFilter &) = default;
};

} // namespace ladder
