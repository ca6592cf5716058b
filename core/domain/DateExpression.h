// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ladder {

// Parses the dates a person types (docs/architecture.md "Dates and periods"): 2026-11-20, today,
// yesterday, tomorrow, "3 days ago", "2 weeks ago", "1 month ago", "last friday",
// "friday" (the most recent Friday, today included), case-insensitive.
// `today` is passed in so that results are testable.
// An impossible date ("2026-02-30") or an unknown word is an Error whose message
// quotes the text: "invalid date '2026-02-30': February 2026 has 28 days" / "unknown date 'blurday' (try 2026-11-20, today, yesterday, 3
// days ago, last friday)".
class DateExpression
{
    Q_DECLARE_TR_FUNCTIONS(DateExpression)

public:
    static Result<QDate> parse(const QString &text, const QDate &today);
    // True when `text` (e.g. the word before a ':' in `win add yesterday: ...`)
    // reads as a date; used to tell a leading "DATE:" from ordinary text.
    static bool looksLikeDate(const QString &text, const QDate &today);
    // True when `text` has the shape of a date ("2026-02-30", "30000 days ago",
    // "in 3 weeks") whether or not it is a valid one: a leading "DATE:" of that
    // shape that does not parse is an error, not part of a title.
    static bool hasDateShape(const QString &text);

    // Every date Ladder reads lies in 0001-01-01..9999-12-31 (four-digit ISO years).
    static QDate earliest();
    static QDate latest();
    // `date` when it lies in that range, else an error quoting `text` and naming the range.
    static Result<QDate> inRange(const QString &text, const QDate &date);
    // `today` moved by `count` (digits, "a" or "an") `unit`s (day, week, month,
    // year), back for a negative `direction`; a count too large for the
    // calendar is an error naming the range, as is a date outside it.
    static Result<QDate> move(const QString &text, const QString &count, const QString &unit, int direction, const QDate &today);
};

} // namespace ladder
