#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace ladder {

// Parses the dates a person types (DESIGN.md "Dates D"): 2026-11-20, today,
// yesterday, tomorrow, "3 days ago", "2 weeks ago", "1 month ago", "last friday",
// "friday" (the most recent Friday, today included), case-insensitive.
// `today` is passed in so that results are testable.
// An impossible date ("2026-02-30") or an unknown word is an Error whose message
// quotes the text: "invalid date '2026-02-30': February 2026 has 28 days" / "unknown date 'blurday' (try 2026-11-20, today, yesterday, 3 days ago, last friday)".
class DateExpression
{
public:
    static Result<QDate> parse(const QString &text, const QDate &today);
    // True when `text` (e.g. the word before a ':' in `win add yesterday: ...`)
    // reads as a date; used to tell a leading "DATE:" from ordinary text.
    static bool looksLikeDate(const QString &text, const QDate &today);
};

} // namespace ladder
