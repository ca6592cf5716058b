// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DateExpression.h"

#include <gtest/gtest.h>

#include <string>

using namespace ladder;
using namespace Qt::StringLiterals;

namespace {

const QDate Sunday(2026, 11, 22);

std::string iso(const QDate &d)
{
    return d.toString(Qt::ISODate).toStdString();
}

// The parsed day as ISO text, or the error message, so a failure shows both.
std::string parsed(const QString &text, const QDate &today = Sunday)
{
    const Result<QDate> r = DateExpression::parse(text, today);
    return r ? iso(*r) : "error: " + r.error().message().toStdString();
}

struct Case
{
    const char *text;
    const char *expected; // ISO date
};

} // namespace

TEST(DateExpression, ReadsTheDocumentedForms)
{
    const Case cases[] = {
        {"2026-11-20", "2026-11-20"}, {"1999-01-01", "1999-01-01"},    {"today", "2026-11-22"},       {"  Today  ", "2026-11-22"},
        {"YESTERDAY", "2026-11-21"},  {"tomorrow", "2026-11-23"},      {"0 days ago", "2026-11-22"},  {"1 day ago", "2026-11-21"},
        {"3 days ago", "2026-11-19"}, {"3  Days   AGO", "2026-11-19"}, {"a day ago", "2026-11-21"},   {"a week ago", "2026-11-15"},
        {"1 week ago", "2026-11-15"}, {"2 weeks ago", "2026-11-08"},   {"1 month ago", "2026-10-22"}, {"11 months ago", "2025-12-22"},
        {"a year ago", "2025-11-22"}, {"2 years ago", "2024-11-22"},
    };
    for (const Case &c : cases)
        EXPECT_EQ(parsed(QString::fromUtf8(c.text)), c.expected) << c.text;
}

TEST(DateExpression, WeekdayIsTheMostRecentOneIncludingToday)
{
    // Sunday 2026-11-22.
    const Case cases[] = {
        {"sunday", "2026-11-22"},   {"sun", "2026-11-22"},         {"saturday", "2026-11-21"},  {"Fri", "2026-11-20"},
        {"friday", "2026-11-20"},   {"thursday", "2026-11-19"},    {"wed", "2026-11-18"},       {"tue", "2026-11-17"},
        {"MONDAY", "2026-11-16"},   {"last friday", "2026-11-20"}, {"Last  Fri", "2026-11-20"}, {"last sunday", "2026-11-15"},
        {"last sat", "2026-11-21"},
    };
    for (const Case &c : cases)
        EXPECT_EQ(parsed(QString::fromUtf8(c.text)), c.expected) << c.text;
}

TEST(DateExpression, LastWeekdayOnThatWeekdayIsAWeekBack)
{
    const QDate friday(2026, 11, 20);
    EXPECT_EQ(parsed(u"friday"_s, friday), "2026-11-20");
    EXPECT_EQ(parsed(u"last friday"_s, friday), "2026-11-13");
    EXPECT_EQ(parsed(u"last thursday"_s, friday), "2026-11-19");
    EXPECT_EQ(parsed(u"saturday"_s, friday), "2026-11-14");
}

TEST(DateExpression, MonthsAndYearsClampToTheEndOfShorterMonths)
{
    const QDate leapDay(2028, 2, 29);
    EXPECT_EQ(parsed(u"2028-02-29"_s, leapDay), "2028-02-29");
    EXPECT_EQ(parsed(u"yesterday"_s, leapDay), "2028-02-28");
    EXPECT_EQ(parsed(u"tomorrow"_s, leapDay), "2028-03-01");
    EXPECT_EQ(parsed(u"1 year ago"_s, leapDay), "2027-02-28");
    EXPECT_EQ(parsed(u"4 years ago"_s, leapDay), "2024-02-29");
    EXPECT_EQ(parsed(u"1 month ago"_s, leapDay), "2028-01-29");
    EXPECT_EQ(parsed(u"1 month ago"_s, QDate(2028, 3, 31)), "2028-02-29");
    EXPECT_EQ(parsed(u"1 month ago"_s, QDate(2026, 3, 31)), "2026-02-28");
}

TEST(DateExpression, ImpossibleDatesSayWhy)
{
    const Case cases[] = {
        {"2026-02-30", "error: invalid date '2026-02-30': February 2026 has 28 days"},
        {"2026-02-29", "error: invalid date '2026-02-29': February 2026 has 28 days"},
        {"2027-02-29", "error: invalid date '2027-02-29': February 2027 has 28 days"},
        {"2026-11-31", "error: invalid date '2026-11-31': November 2026 has 30 days"},
        {"2026-11-00", "error: invalid date '2026-11-00': November 2026 has 30 days"},
        {"2026-13-01", "error: invalid date '2026-13-01': months are 01 to 12"},
        {"2026-00-10", "error: invalid date '2026-00-10': months are 01 to 12"},
        {"0000-01-01", "error: invalid date '0000-01-01': years start at 0001"},
        {" 2026-02-30 ", "error: invalid date '2026-02-30': February 2026 has 28 days"},
        {"99999999999 days ago", "error: invalid date '99999999999 days ago': dates run from 0001-01-01 to 9999-12-31"},
        {"9999999 years ago", "error: invalid date '9999999 years ago': dates run from 0001-01-01 to 9999-12-31"},
    };
    for (const Case &c : cases)
        EXPECT_EQ(parsed(QString::fromUtf8(c.text)), c.expected) << c.text;
}

TEST(DateExpression, UnknownTextQuotesItAndShowsExamples)
{
    EXPECT_EQ(parsed(u"  Blurday "_s), "error: unknown date 'Blurday' (try 2026-11-20, today, yesterday, 3 days ago, last friday)");
    const char *unknown[] = {"",
                             "last week",
                             "last month",
                             "next friday",
                             "-1 days ago",
                             "1.5 days ago",
                             "3 days",
                             "days ago",
                             "lastfriday",
                             "fridays",
                             "fr",
                             "2026-1-5",
                             "2026/11/20",
                             "20261120",
                             "2026-11-20x",
                             "today!",
                             "last",
                             "last today",
                             "1 fortnight ago",
                             "2026-11"};
    for (const char *text : unknown) {
        const Result<QDate> r = DateExpression::parse(QString::fromUtf8(text), Sunday);
        ASSERT_FALSE(r.ok()) << text;
        EXPECT_TRUE(r.error().message().startsWith(u"unknown date '"_s + QString::fromUtf8(text) + u"'"_s))
            << r.error().message().toStdString();
    }
}

TEST(DateExpression, LooksLikeDateTellsADatePrefixFromText)
{
    EXPECT_TRUE(DateExpression::looksLikeDate(u"yesterday"_s, Sunday));
    EXPECT_TRUE(DateExpression::looksLikeDate(u"2026-11-20"_s, Sunday));
    EXPECT_TRUE(DateExpression::looksLikeDate(u"last fri"_s, Sunday));
    EXPECT_FALSE(DateExpression::looksLikeDate(u"Led the failover drill"_s, Sunday));
    EXPECT_FALSE(DateExpression::looksLikeDate(u"2026-02-30"_s, Sunday));
    EXPECT_FALSE(DateExpression::looksLikeDate(QString(), Sunday));
}

// Issue 12: counts that overflowed int, or left the calendar, became today or
// an empty date. Every relative form is range-checked both ways.
TEST(DateExpression, RelativeDatesStayInTheCalendarBothWays)
{
    const std::string range = "dates run from 0001-01-01 to 9999-12-31";
    const char *far[] = {"3000000 days ago",     "4294967296 days ago",  "4294967297 days ago", "99999999999999999999 days ago",
                         "600000 weeks ago",     "4294967296 weeks ago", "30000 months ago",    "4294967297 months ago",
                         "2147483648 years ago", "10000 years ago",      "2027 years ago"};
    for (const char *text : far)
        EXPECT_EQ(parsed(QString::fromUtf8(text)), "error: invalid date '" + std::string(text) + "': " + range) << text;
    EXPECT_EQ(parsed(u"2025 years ago"_s), "0001-11-22");
    EXPECT_EQ(parsed(u"an hour ago"_s).rfind("error: unknown date", 0), 0u);
    EXPECT_EQ(parsed(u"a year ago"_s), "2025-11-22");

    // At the edges of the calendar, the simple words too.
    EXPECT_EQ(parsed(u"tomorrow"_s, QDate(9999, 12, 31)), "error: invalid date 'tomorrow': " + range);
    EXPECT_EQ(parsed(u"yesterday"_s, QDate(1, 1, 1)), "error: invalid date 'yesterday': " + range);
    EXPECT_EQ(parsed(u"last friday"_s, QDate(1, 1, 1)), "error: invalid date 'last friday': " + range);
    EXPECT_EQ(parsed(u"today"_s, QDate(9999, 12, 31)), "9999-12-31");

    // Forward, as due dates count.
    EXPECT_EQ(iso(*DateExpression::move(u"in 2 years"_s, u"2"_s, u"year"_s, 1, Sunday)), "2028-11-22");
    for (const char *count : {"3000000", "4294967296", "99999999999999999999"}) {
        const Result<QDate> r = DateExpression::move(u"in x days"_s, QString::fromUtf8(count), u"day"_s, 1, Sunday);
        ASSERT_FALSE(r.ok()) << count;
        EXPECT_TRUE(r.error().message().contains(u"9999-12-31"_s)) << r.error().message().toStdString();
    }
    EXPECT_FALSE(DateExpression::move(u"in 7974 years"_s, u"7974"_s, u"year"_s, 1, Sunday).ok());
    EXPECT_EQ(iso(*DateExpression::move(u"in 7973 years"_s, u"7973"_s, u"year"_s, 1, Sunday)), "9999-11-22");
}

TEST(DateExpression, HasDateShapeTellsABadDateFromText)
{
    for (const char *text : {"2026-02-30", "2026-2-30", "0000-01-01", "20260-01-01", "3000000 days ago", "in 3 weeks", "2026-13-01"})
        EXPECT_TRUE(DateExpression::hasDateShape(QString::fromUtf8(text))) << text;
    for (const char *text : {"Fix", "v2", "Q3 plan", "2026", "42", "blurday", "last blurday", "2026 review"})
        EXPECT_FALSE(DateExpression::hasDateShape(QString::fromUtf8(text))) << text;
}
