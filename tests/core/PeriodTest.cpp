// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Period.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>

using namespace ladder;
using namespace Qt::StringLiterals;

namespace {

const QDate Sunday(2026, 11, 22);

// "from..to" in ISO, or the error message, so a failure shows both.
std::string parsed(const QString &text, const QDate &today = Sunday)
{
    const Result<Period> r = Period::parse(text, today);
    if (!r)
        return "error: " + r.error().message().toStdString();
    return (r->from.toString(Qt::ISODate) + u".."_s + r->to.toString(Qt::ISODate)).toStdString();
}

struct Case
{
    const char *text;
    const char *expected;
};

template<std::size_t N>
void check(const Case (&cases)[N], const QDate &today = Sunday)
{
    for (const Case &c : cases)
        EXPECT_EQ(parsed(QString::fromUtf8(c.text), today), c.expected) << c.text;
}

} // namespace

TEST(Period, ReadsYearsHalvesQuartersAndMonths)
{
    const Case cases[] = {
        {"2026", "2026-01-01..2026-12-31"},       {"2026-H1", "2026-01-01..2026-06-30"}, {"2026-h2", "2026-07-01..2026-12-31"},
        {"2026-Q1", "2026-01-01..2026-03-31"},    {"2026-q2", "2026-04-01..2026-06-30"}, {"2026-Q3", "2026-07-01..2026-09-30"},
        {"2026-Q4", "2026-10-01..2026-12-31"},    {"2026-11", "2026-11-01..2026-11-30"}, {"2026-01", "2026-01-01..2026-01-31"},
        {"2026-12", "2026-12-01..2026-12-31"},    {"2028-02", "2028-02-01..2028-02-29"}, {"2027-02", "2027-02-01..2027-02-28"},
        {"  2026-Q3 ", "2026-07-01..2026-09-30"},
    };
    check(cases);
}

TEST(Period, ReadsPeriodsRelativeToToday)
{
    const Case cases[] = {
        {"this-month", "2026-11-01..2026-11-30"},   {"last-month", "2026-10-01..2026-10-31"}, {"this-quarter", "2026-10-01..2026-12-31"},
        {"last-quarter", "2026-07-01..2026-09-30"}, {"this-year", "2026-01-01..2026-12-31"},  {"last-year", "2025-01-01..2025-12-31"},
        {"Last-Quarter", "2026-07-01..2026-09-30"}, {"last month", "2026-10-01..2026-10-31"}, {"this  year", "2026-01-01..2026-12-31"},
    };
    check(cases);
}

TEST(Period, InJanuaryTheLastQuarterAndMonthAreLastYears)
{
    const Case cases[] = {
        {"last-quarter", "2026-10-01..2026-12-31"}, {"this-quarter", "2027-01-01..2027-03-31"}, {"last-month", "2026-12-01..2026-12-31"},
        {"this-month", "2027-01-01..2027-01-31"},   {"last-year", "2026-01-01..2026-12-31"},
    };
    check(cases, QDate(2027, 1, 15));
    EXPECT_EQ(parsed(u"last-month"_s, QDate(2028, 3, 31)), "2028-02-01..2028-02-29");
    EXPECT_EQ(parsed(u"last-quarter"_s, QDate(2026, 3, 31)), "2025-10-01..2025-12-31");
    EXPECT_EQ(parsed(u"last-quarter"_s, QDate(2026, 4, 1)), "2026-01-01..2026-03-31");
}

TEST(Period, ReadsRangesOfDateExpressions)
{
    const Case cases[] = {
        {"2026-01-01..today", "2026-01-01..2026-11-22"},
        {"3 weeks ago..yesterday", "2026-11-01..2026-11-21"},
        {"2026-11-20 .. 2026-11-21", "2026-11-20..2026-11-21"},
        {"last friday..today", "2026-11-20..2026-11-22"},
        {"today..today", "2026-11-22..2026-11-22"},
        {"today..tomorrow", "2026-11-22..2026-11-23"},
        {"yesterday", "2026-11-21..2026-11-21"},
        {"2026-11-20", "2026-11-20..2026-11-20"},
        {"fri", "2026-11-20..2026-11-20"},
    };
    check(cases);
}

TEST(Period, KeepsWhatWasTypedAndContainsItsEnds)
{
    const Result<Period> r = Period::parse(u"  2026-Q3 "_s, Sunday);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->text, u"2026-Q3"_s);
    EXPECT_TRUE(r->contains(QDate(2026, 7, 1)));
    EXPECT_TRUE(r->contains(QDate(2026, 9, 30)));
    EXPECT_FALSE(r->contains(QDate(2026, 6, 30)));
    EXPECT_FALSE(r->contains(QDate(2026, 10, 1)));
    EXPECT_EQ(Period::parse(u"3 weeks ago..yesterday"_s, Sunday)->text, u"3 weeks ago..yesterday"_s);
}

TEST(Period, InvalidFormsQuoteTheTextAndSayWhy)
{
    const Case cases[] = {
        {"2026-Q5", "error: invalid period '2026-Q5': quarters are Q1 to Q4"},
        {"2026-Q0", "error: invalid period '2026-Q0': quarters are Q1 to Q4"},
        {"2026-q12", "error: invalid period '2026-q12': quarters are Q1 to Q4"},
        {"2026-H3", "error: invalid period '2026-H3': halves are H1 and H2"},
        {"2026-00", "error: invalid period '2026-00': months are 01 to 12"},
        {"2026-13", "error: invalid period '2026-13': months are 01 to 12"},
        {"2026-1", "error: invalid period '2026-1': months are 01 to 12"},
        {"0000", "error: invalid period '0000': years start at 0001"},
        {"2026-12-01..2026-01-01", "error: invalid period '2026-12-01..2026-01-01': it ends before it starts"},
        {"tomorrow..today", "error: invalid period 'tomorrow..today': it ends before it starts"},
        {"..", "error: invalid period '..': the start is missing"},
        {"..today", "error: invalid period '..today': the start is missing"},
        {"2026-01-01..", "error: invalid period '2026-01-01..': the end is missing"},
        {"2026-02-30..today", "error: invalid period '2026-02-30..today': start: invalid date '2026-02-30': February 2026 has 28 days"},
        {"today..blurday",
         "error: invalid period 'today..blurday': end: unknown date 'blurday' (try 2026-11-20, "
         "today, yesterday, 3 days ago, last friday)"},
        {"2026-02-30", "error: invalid date '2026-02-30': February 2026 has 28 days"},
        {"soon",
         "error: unknown period 'soon' (try 2026, 2026-H2, 2026-Q3, 2026-11, this-month, last-quarter, "
         "2026-01-01..today, yesterday)"},
    };
    check(cases);

    for (const char *text : {"", "2026-X1", "2026-Q", "20261", "this-week", "last week", "next-year", "26-Q1"}) {
        const Result<Period> r = Period::parse(QString::fromUtf8(text), Sunday);
        ASSERT_FALSE(r.ok()) << text;
        EXPECT_TRUE(r.error().message().contains(u"'"_s + QString::fromUtf8(text) + u"'"_s)) << r.error().message().toStdString();
    }
}

TEST(Period, TheLastTwelveMonthsEndTodayAndReadBackAsTheSameDays)
{
    const Period p = Period::lastTwelveMonths(QDate(2026, 11, 20));
    EXPECT_EQ(p.from, QDate(2025, 11, 21));
    EXPECT_EQ(p.to, QDate(2026, 11, 20));
    EXPECT_EQ(p.text, u"2025-11-21..2026-11-20"_s);
    const Result<Period> again = Period::parse(p.text, QDate(2000, 1, 1));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->from, p.from);
    EXPECT_EQ(again->to, p.to);
    // A leap day: a year back from 29 February 2028 is 28 February 2027.
    EXPECT_EQ(Period::lastTwelveMonths(QDate(2028, 2, 29)).from, QDate(2027, 3, 1));
}
