// SPDX-License-Identifier: GPL-3.0-or-later
// The one type of each field of an import (JsonCheck) and the bounded reads
// (BoundedRead): what is accepted, and the one line of what is not.

#include "io/BoundedRead.h"
#include "io/JsonCheck.h"

#include <QIODevice>
#include <QJsonArray>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace ladder;

namespace {

const QString Where = QStringLiteral("x.json: wins[3]");

TEST(JsonCheck, ABooleanIsTrueOrFalseNothingElse)
{
    EXPECT_EQ(JsonCheck::boolean(QJsonValue(true), Where, QLatin1StringView("starred")).value(), true);
    EXPECT_EQ(JsonCheck::boolean(QJsonValue(QJsonValue::Undefined), Where, QLatin1StringView("starred")).value(), false);
    for (const QJsonValue &bad :
         {QJsonValue(1), QJsonValue(QStringLiteral("yes")), QJsonValue(QJsonValue::Null), QJsonValue(QJsonArray())}) {
        const Result<bool> r = JsonCheck::boolean(bad, Where, QLatin1StringView("starred"));
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error().message().startsWith(QStringLiteral("x.json: wins[3].starred: must be true or false, not ")))
            << r.error().message().toStdString();
    }
}

TEST(JsonCheck, OneLineMeansNoBreakNorControlCharacter)
{
    EXPECT_TRUE(JsonCheck::notOneLine(QStringLiteral("Shipped the p99 fix — 40 % faster")).isEmpty());
    EXPECT_TRUE(JsonCheck::notOneLine(QStringLiteral("a\nb")).contains(QStringLiteral("line break at character 2")));
    EXPECT_TRUE(JsonCheck::notOneLine(QStringLiteral("a\u2028b")).contains(QStringLiteral("line break")));
    EXPECT_TRUE(JsonCheck::notOneLine(QStringLiteral("red \x1b[31m")).contains(QStringLiteral("U+001B at character 5")));
    EXPECT_TRUE(JsonCheck::notOneLine(QStringLiteral("x\u0085")).contains(QStringLiteral("line break")));
    // A multi-line text keeps its lines; a one-line one refuses them.
    const QJsonValue body(QStringLiteral("line one\nline two"));
    EXPECT_TRUE(JsonCheck::text(body, Where, QLatin1StringView("body"), JsonCheck::Lines::Many, 100).ok());
    EXPECT_FALSE(JsonCheck::text(body, Where, QLatin1StringView("title"), JsonCheck::Lines::One, 100).ok());
    // Messages quote what was found, escaped and shortened: always one line.
    EXPECT_EQ(JsonCheck::describe(QJsonValue(QStringLiteral("a\nb"))), QStringLiteral("'a\\nb'"));
    EXPECT_EQ(JsonCheck::describe(QJsonValue(QString(100, QLatin1Char('x')))).size(), 43);
}

TEST(JsonCheck, UuidsAndSlugs)
{
    EXPECT_EQ(JsonCheck::uuid(QJsonValue(QStringLiteral("3F2504E0-4F89-11D3-9A0C-0305E82C3301")), Where, QLatin1StringView("uuid")).value(),
              QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    for (const char *bad : {"not-a-uuid", "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}", "3f2504e04f8911d39a0c0305e82c3301",
                            "3f2504e0-4f89-11d3-9a0c-0305e82c330g"})
        EXPECT_FALSE(JsonCheck::uuid(QJsonValue(QString::fromLatin1(bad)), Where, QLatin1StringView("uuid")).ok()) << bad;
    EXPECT_FALSE(JsonCheck::uuid(QJsonValue(42), Where, QLatin1StringView("uuid")).ok());
    for (const char *good : {"system-design", "engineer-2", "a"})
        EXPECT_TRUE(JsonCheck::isSlug(QString::fromLatin1(good))) << good;
    for (const char *bad : {"", "System Design", "system_design", "-design", "design-", "a--b"})
        EXPECT_FALSE(JsonCheck::isSlug(QString::fromLatin1(bad))) << bad;
    const Result<QStringList> twice = JsonCheck::texts(QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}, Where,
                                                       QLatin1StringView("skills"), 100, 0, true);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message().startsWith(QStringLiteral("x.json: wins[3].skills[2]: 'a' is listed twice")));
    const Result<QStringList> many = JsonCheck::texts(QJsonArray{1, 2, 3}, Where, QLatin1StringView("tags"), 2, 10);
    ASSERT_FALSE(many.ok());
    EXPECT_TRUE(many.error().message().contains(QStringLiteral("at most 2"))) << many.error().message().toStdString();
}

TEST(JsonCheck, WholeNumbers)
{
    EXPECT_EQ(JsonCheck::wholeNumber(QJsonValue(3.0), Where, QLatin1StringView("id"), 1, 10).value(), 3);
    EXPECT_FALSE(JsonCheck::wholeNumber(QJsonValue(2.5), Where, QLatin1StringView("id"), 1, 10).ok());
    EXPECT_FALSE(JsonCheck::wholeNumber(QJsonValue(QStringLiteral("5")), Where, QLatin1StringView("id"), 1, 10).ok());
    EXPECT_FALSE(JsonCheck::wholeNumber(QJsonValue(0), Where, QLatin1StringView("id"), 1, 10).ok());
    const Result<qint64> huge = JsonCheck::wholeNumber(QJsonValue(1e300), Where, QLatin1StringView("id"), 1, 10);
    ASSERT_FALSE(huge.ok());
    EXPECT_TRUE(huge.error().message().contains(QStringLiteral("is outside 1-10"))) << huge.error().message().toStdString();
}

TEST(BoundedRead, LimitsAreWrittenAsPeopleReadThem)
{
    EXPECT_EQ(BoundedRead::size(qint64(1) << 30), QStringLiteral("1 GiB"));
    EXPECT_EQ(BoundedRead::size(qint64(16) << 20), QStringLiteral("16 MiB"));
    EXPECT_EQ(BoundedRead::size(1000), QStringLiteral("1000 bytes"));
}

} // namespace
