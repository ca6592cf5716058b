// SPDX-License-Identifier: GPL-3.0-or-later
// The quick-entry text of a win (WinText) and its one rule for tags typed in
// a title (InlineTags): tags ending the title leave it, tags inside the
// sentence keep their word, and what only looks like a tag stays text.

#include "domain/InlineTags.h"
#include "domain/WinText.h"

#include <gtest/gtest.h>

namespace ladder {
namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

struct TitleCase
{
    const char *typed;
    const char *stored;
    QStringList tags;
};

void PrintTo(const TitleCase &c, std::ostream *os)
{
    *os << c.typed;
}

class InlineTagsTitleTest : public ::testing::TestWithParam<TitleCase>
{
};

TEST_P(InlineTagsTitleTest, StoresTheTitleWithoutItsTrailingTags)
{
    const InlineTags parsed = InlineTags::ofTitle(S(GetParam().typed));
    EXPECT_EQ(parsed.title, S(GetParam().stored));
    EXPECT_EQ(parsed.tags, GetParam().tags);
}

INSTANTIATE_TEST_SUITE_P(
    Titles, InlineTagsTitleTest,
    ::testing::Values(
        TitleCase{"Led the failover drill @distributed-systems #oncall", "Led the failover drill", {S("distributed-systems"), S("oncall")}},
        TitleCase{"Paired with #frontend on the login page", "Paired with frontend on the login page", {S("frontend")}},
        TitleCase{"Paired with @alice on the login page #pairing", "Paired with alice on the login page", {S("alice"), S("pairing")}},
        TitleCase{"Led the failover drill #oncall.", "Led the failover drill.", {S("oncall")}},
        TitleCase{"Led the failover drill. #oncall", "Led the failover drill.", {S("oncall")}},
        TitleCase{"Shipped it! @release!", "Shipped it!", {S("release")}},
        TitleCase{"Led the drill, @sre, #oncall", "Led the drill", {S("sre"), S("oncall")}},
        TitleCase{"Led the drill (@sre)", "Led the drill (@sre)", {}}, TitleCase{"Led the drill — #oncall", "Led the drill", {S("oncall")}},
        TitleCase{"Ported the build to C# #dotnet", "Ported the build to C#", {S("dotnet")}}, TitleCase{"Taught F#", "Taught F#", {}},
        TitleCase{"#1 priority shipped", "#1 priority shipped", {}},
        TitleCase{"Fixed the crash in issue #482", "Fixed the crash in issue #482", {}},
        TitleCase{"Answered mail to me@example.com", "Answered mail to me@example.com", {}},
        TitleCase{"Moved @example.com to the new host", "Moved @example.com to the new host", {}},
        TitleCase{"Schrieb die Übergabe #Café @über-alles", "Schrieb die Übergabe", {S("café"), S("über-alles")}},
        TitleCase{"Wrote the runbook #Ops #ops", "Wrote the runbook", {S("ops")}}, TitleCase{"@perf #oncall", "", {S("perf"), S("oncall")}},
        TitleCase{"No tags here.", "No tags here.", {}}));

TEST(WinTextTest, TheTitleIsStoredCleanWithTagsAndSkills)
{
    const WinText win = WinText::parse(S("yesterday: Led the failover drill @distributed-systems #oncall\nWith #sre, for @perf."),
                                       QDate(2026, 11, 20), {S("distributed-systems"), S("perf")});
    EXPECT_TRUE(win.error.isEmpty()) << win.error.toStdString();
    EXPECT_EQ(win.date, QDate(2026, 11, 19));
    EXPECT_EQ(win.title, S("Led the failover drill"));
    // The body is kept as written; its tags count.
    EXPECT_EQ(win.body, S("With #sre, for @perf."));
    EXPECT_EQ(win.tags, (QStringList{S("distributed-systems"), S("oncall"), S("sre"), S("perf")}));
    EXPECT_EQ(win.skillSlugs, (QStringList{S("distributed-systems"), S("perf")}));
}

TEST(WinTextTest, AnUnknownSkillIsATag)
{
    const WinText win = WinText::parse(S("Tuned the cache @perfomance"), QDate(2026, 11, 20), {S("performance")});
    EXPECT_EQ(win.title, S("Tuned the cache"));
    EXPECT_EQ(win.tags, QStringList{S("perfomance")});
    EXPECT_TRUE(win.skillSlugs.isEmpty());
}

TEST(WinTextTest, ATitleLeftEmptyIsRefused)
{
    const QDate today(2026, 11, 20);
    EXPECT_EQ(WinText::parse(S("@perf #oncall"), today, {}).error, S("the win has no title (only tags were given)"));
    EXPECT_EQ(WinText::parse(S("yesterday: #oncall."), today, {}).error, S("the win has no title (only tags were given)"));
    EXPECT_EQ(WinText::parse(S("yesterday:"), today, {}).error, S("the win has no title (only a date was given)"));
    EXPECT_EQ(WinText::parse(S("\nonly a body"), today, {}).error, S("the win has no title"));
    EXPECT_EQ(WinText::parseTitle(S(" #a, #b "), {}).error, S("the win has no title (only tags were given)"));
    EXPECT_TRUE(WinText::parse(S("Fix: the login bug #auth"), today, {}).error.isEmpty());
}

TEST(WinTextTest, ATitleAloneReadsNoDate)
{
    const WinText win = WinText::parseTitle(S("yesterday: Led the drill @sre"), {S("sre")});
    EXPECT_TRUE(win.error.isEmpty());
    EXPECT_FALSE(win.date.isValid());
    EXPECT_EQ(win.title, S("yesterday: Led the drill"));
    EXPECT_EQ(win.skillSlugs, QStringList{S("sre")});
}

TEST(WinTextTest, ManyTagsAreReadInOnePass)
{
    QString title = S("Tagged everything");
    for (int i = 0; i < 20000; ++i)
        title += S(" #t") + QString::number(i % 1000);
    const InlineTags parsed = InlineTags::ofTitle(title);
    EXPECT_EQ(parsed.title, S("Tagged everything"));
    EXPECT_EQ(parsed.tags.size(), 1000);
}

} // namespace
} // namespace ladder
