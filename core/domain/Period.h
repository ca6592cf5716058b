// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ladder {

// An inclusive range of days (docs/architecture.md "Dates and periods"): 2026, 2026-H2, 2026-Q3,
// 2026-11, this-quarter, last-quarter, this-year, last-year, this-month,
// last-month, or D..D where each D is any DateExpression ("2026-01-01..today").
// A single date expression (e.g. "yesterday") is a one-day period.
struct Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    QDate from;
    QDate to;
    QString text; // what the user typed, for headings

    bool contains(const QDate &d) const { return d >= from && d <= to; }

    // Errors name the text: "invalid period '2026-Q5': quarters are Q1 to Q4",
    // "invalid period '2026-12-01..2026-01-01': it ends before it starts".
    static Result<Period> parse(const QString &text, const QDate &today);
    // The default review period of readiness and the reports: the twelve
    // months ending `today`, both ends included, spelled as a D..D range
    // ("2025-12-01..2026-11-30") that parse() reads back to the same days.
    static Period lastTwelveMonths(const QDate &today);
};

} // namespace ladder
