// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ladder {

// Which wins a listing or a search wants. Empty fields do not filter.
struct WinFilter
{
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

    // The same wins asked for, the same way (what a view compares before
    // reloading).
    friend bool operator==(const WinFilter &, const WinFilter &) = default;
};

} // namespace ladder
