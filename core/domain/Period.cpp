// SPDX-License-Identifier: GPL-3.0-or-later
#include "Period.h"

#include "DateExpression.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ladder {

namespace {

Error invalidPeriod(const QString &text, const QString &reason)
{
    return Error(Period::tr("invalid period '%1': %2").arg(text, reason));
}

// `months` months starting on the first of `first`'s month.
Period months(const QDate &first, int count, const QString &text)
{
    return Period{first, first.addMonths(count).addDays(-1), text};
}

Result<Period> range(const QString &text, const QDate &today)
{
    const qsizetype dots = text.indexOf(u".."_s);
    const QString fromText = text.left(dots).trimmed();
    const QString toText = text.mid(dots + 2).trimmed();
    if (fromText.isEmpty())
        return invalidPeriod(text, Period::tr("the start is missing"));
    if (toText.isEmpty())
        return invalidPeriod(text, Period::tr("the end is missing"));
    const Result<QDate> from = DateExpression::parse(fromText, today);
    if (!from)
        return invalidPeriod(text, Period::tr("start: %1").arg(from.error().message()));
    const Result<QDate> to = DateExpression::parse(toText, today);
    if (!to)
        return invalidPeriod(text, Period::tr("end: %1").arg(to.error().message()));
    if (*to < *from)
        return invalidPeriod(text, Period::tr("it ends before it starts"));
    return Period{*from, *to, text};
}

} // namespace

namespace {

Result<Period> parsePeriod(const QString &text, const QDate &today);

} // namespace

Result<Period> Period::parse(const QString &text, const QDate &today)
{
    // Named periods near the ends of the calendar ("last-year" in year 1,
    // "9999-12" is fine) must not leave it either.
    Result<Period> period = parsePeriod(text, today);
    if (period
        && (period->from < DateExpression::earliest() || period->to > DateExpression::latest() || !period->from.isValid()
            || !period->to.isValid()))
        return invalidPeriod(text.trimmed(),
                             tr("periods lie within %1..%2")
                                 .arg(DateExpression::earliest().toString(Qt::ISODate), DateExpression::latest().toString(Qt::ISODate)));
    return period;
}

namespace {

Result<Period> parsePeriod(const QString &text, const QDate &today)
{
    const QString input = text.trimmed();
    if (input.contains(u".."_s))
        return range(input, today);

    // Spaces are accepted in place of the hyphen: "last month" reads naturally.
    const QString s = input.simplified().toLower().replace(u' ', u'-');
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate thisQuarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate thisYear(today.year(), 1, 1);
    if (s == u"this-month"_s)
        return months(thisMonth, 1, input);
    if (s == u"last-month"_s)
        return months(thisMonth.addMonths(-1), 1, input);
    if (s == u"this-quarter"_s)
        return months(thisQuarter, 3, input);
    if (s == u"last-quarter"_s)
        return months(thisQuarter.addMonths(-3), 3, input);
    if (s == u"this-year"_s)
        return months(thisYear, 12, input);
    if (s == u"last-year"_s)
        return months(thisYear.addYears(-1), 12, input);

    // The part after the year takes any number of digits so that "2026-Q5" or
    // "2026-1" get a reason rather than "unknown period".
    static const QRegularExpression yearRe(u"^([0-9]{4})(?:-([hq]?)([0-9]+))?$"_s);
    if (const auto m = yearRe.match(s); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (year < 1)
            return invalidPeriod(input, Period::tr("years start at 0001"));
        const QDate first(year, 1, 1);
        if (!m.hasCaptured(3))
            return months(first, 12, input);
        const QString part = m.captured(3);
        const int n = part.toInt();
        if (m.captured(2) == u"h"_s) {
            if (part.size() != 1 || n < 1 || n > 2)
                return invalidPeriod(input, Period::tr("halves are H1 and H2"));
            return months(first.addMonths((n - 1) * 6), 6, input);
        }
        if (m.captured(2) == u"q"_s) {
            if (part.size() != 1 || n < 1 || n > 4)
                return invalidPeriod(input, Period::tr("quarters are Q1 to Q4"));
            return months(first.addMonths((n - 1) * 3), 3, input);
        }
        if (part.size() != 2 || n < 1 || n > 12)
            return invalidPeriod(input, Period::tr("months are 01 to 12"));
        return months(first.addMonths(n - 1), 1, input);
    }

    const Result<QDate> day = DateExpression::parse(input, today);
    if (day)
        return Period{*day, *day, input};
    // "2026-02-30" is clearly meant as a day: its reason beats a list of period forms.
    static const QRegularExpression dayShaped(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$| ago$"_s);
    if (dayShaped.match(input.toLower()).hasMatch())
        return day.error();

    return Error(Period::tr("unknown period '%1' (try 2026, 2026-H2, 2026-Q3, 2026-11, this-month, last-quarter, "
                            "2026-01-01..today, yesterday)")
                     .arg(input));
}

} // namespace

Period Period::lastTwelveMonths(const QDate &today)
{
    const QDate from = today.addYears(-1).addDays(1);
    return Period{from, today, from.toString(Qt::ISODate) + u".."_s + today.toString(Qt::ISODate)};
}

} // namespace ladder
