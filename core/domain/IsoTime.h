// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>

namespace ladder {

// The two time shapes Ladder stores and exports, read and written by hand:
// dates "YYYY-MM-DD" and UTC instants with milliseconds
// "YYYY-MM-DDTHH:MM:SS.mmmZ". Qt's general ISO parser and formatter cost a few
// microseconds a call, which made them a fifth of listing and exporting
// 100,000 wins (docs/performance.md). Anything not of exactly these shapes
// goes through Qt, so the results are the ones Qt gives.
class IsoTime
{
public:
    // UTF-8 text as SQLite or a file holds it; invalid on a bad date.
    static QDate parseDate(const char *text, qsizetype size);
    // The instant in UTC; invalid when the text is no timestamp.
    static QDateTime parseUtc(const char *text, qsizetype size);

    // "YYYY-MM-DD"; empty for an invalid date.
    static QByteArray formatDate(const QDate &date);
    // The instant in UTC with milliseconds and a 'Z'; empty when invalid.
    static QByteArray formatUtc(const QDateTime &instant);
    // The same written to `out` (room for DateSize / UtcSize bytes); false,
    // writing nothing, when the value is invalid or has no such shape (a year
    // outside 1..9999): then format*() gives Qt's text.
    static constexpr int DateSize = 10;
    static constexpr int UtcSize = 24;
    static bool writeDate(const QDate &date, char *out);
    static bool writeUtc(const QDateTime &instant, char *out);
};

} // namespace ladder
