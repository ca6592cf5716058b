// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown brag documents in and out (docs/formats.md, "Markdown brag
// document"): BragReader on a document as people write them, BragWriter
// read back field for field, and an import through the application layer.

#include "application/Journal.h"
#include "application/Transfer.h"
#include "application/Workspace.h"
#include "interchange/BragReader.h"
#include "interchange/BragWriter.h"
#include "InterchangeTestSupport.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

using namespace ladder;
using namespace Qt::StringLiterals;

namespace {

QList<ImportedWin> readOk(const QByteArray &data)
{
    return entriesOf(BragReader::read(data, u"brag.md"_s));
}

std::string readError(const QByteArray &data)
{
    return errorOf(BragReader::read(data, u"brag.md"_s));
}

struct Expected
{
    int line;
    QDate date;
    QString title;
    QStringList tags;
    bool starred;
    QString body;
    QString impact;
};

TEST(BragReader, ReadsEveryFieldOfADocumentWithNestedItemsAndPeriodHeadings)
{
    const QList<ImportedWin> wins = readOk(importFixture(u"brag.md"_s));
    const QList<Expected> expected = {
        {10,
         QDate(2026, 1, 15),
         u"Shipped the **search** rewrite"_s,
         {u"system-design"_s, u"search"_s},
         true,
         u"- cut index time by 60%\n  - details in the doc\nPlain paragraph under it.\n\nSecond paragraph after a blank line."_s,
         u"Search p95 from 2 s to 300 ms"_s},
        // No date of its own: the first day of "## 2026-Q1".
        {17, QDate(2026, 1, 1), u"Wrote the onboarding guide"_s, {u"docs"_s}, false, u"continued lazily here"_s, QString()},
        {22, QDate(2026, 3, 1), u"Mentored two new hires"_s, {u"mentoring"_s}, false, QString(), QString()},
        {23, QDate(2026, 3, 20), u"Presented at the all-hands"_s, {}, false, QString(), QString()},
        // "#482" is a number, not a tag.
        {24, QDate(2026, 3, 21), u"Closed PR #482"_s, {}, false, QString(), QString()},
        {28, QDate(2026, 3, 23), u"Fixed the flaky deploy @alice helped"_s, {u"ci"_s, u"ops"_s}, false, QString(), QString()},
        // The item in the fenced code block is none; "# 2025" dates this one.
        {42, QDate(2025, 1, 1), u"Year-only dated item"_s, {}, false, QString(), QString()},
    };
    ASSERT_EQ(wins.size(), expected.size());
    for (qsizetype i = 0; i < wins.size(); ++i) {
        SCOPED_TRACE(i);
        const Expected &e = expected.at(i);
        const Win &win = wins.at(i).win;
        EXPECT_EQ(wins.at(i).location, u"brag.md:%1"_s.arg(e.line));
        EXPECT_EQ(win.date, e.date);
        EXPECT_EQ(win.title, e.title);
        EXPECT_EQ(win.tags, e.tags);
        EXPECT_TRUE(win.skillSlugs.isEmpty()); // the application layer links them
        EXPECT_EQ(win.starred, e.starred);
        EXPECT_EQ(win.body, e.body);
        EXPECT_EQ(win.impact, e.impact);
        EXPECT_TRUE(win.source.startsWith(u"markdown:"_s));
    }
}

TEST(BragReader, DatesComeFromTheNearestDatedHeading)
{
    const QList<ImportedWin> wins = readOk("# 2026\n"
                                           "## 2026-H2\n- a\n"
                                           "## Sep 2026\n- b\n"
                                           "## 2026-11\n- c\n"
                                           "### Q4 2026\n- d\n"
                                           "## Projects\n- e\n"
                                           "### 2026-12-24\n- f\n");
    ASSERT_EQ(wins.size(), 6);
    EXPECT_EQ(wins.at(0).win.date, QDate(2026, 7, 1));
    EXPECT_EQ(wins.at(1).win.date, QDate(2026, 9, 1));
    EXPECT_EQ(wins.at(2).win.date, QDate(2026, 11, 1));
    EXPECT_EQ(wins.at(3).win.date, QDate(2026, 10, 1));
    // "## Projects" names no date: "# 2026" above it does.
    EXPECT_EQ(wins.at(4).win.date, QDate(2026, 1, 1));
    EXPECT_EQ(wins.at(5).win.date, QDate(2026, 12, 24));
}

TEST(BragReader, ItemsInCodeFencesAreNoWins)
{
    const QList<ImportedWin> wins = readOk("## 2026\n```\n- a\n~~~\n- b\n```\n- kept\n~~~md\n- c\n~~~\n");
    ASSERT_EQ(wins.size(), 1);
    EXPECT_EQ(wins.at(0).win.title, u"kept"_s);
}

TEST(BragReader, ARuleAtTheTopIsNoFrontMatter)
{
    const QList<ImportedWin> wins = readOk("---\n## 2026\n- kept\n---\n- also kept\n");
    ASSERT_EQ(wins.size(), 2);
    EXPECT_EQ(wins.at(0).win.title, u"kept"_s);
    EXPECT_EQ(wins.at(1).win.title, u"also kept"_s);
}

TEST(BragReader, AMalformedDocumentFailsWholeNamingItsLine)
{
    EXPECT_EQ(readError("# Brag\n\n- 2026-03-04 dated\n- undated\n"),
              "brag.md:4: no date for this item (put one at its start or a dated heading above)");
    EXPECT_EQ(readError("## March 2026\n- ok\n### 2026-02-30\n- x\n"), "brag.md:3: invalid date '2026-02-30': February 2026 has 28 days");
    EXPECT_EQ(readError("- 2026-13-01 x\n"), "brag.md:1: invalid date '2026-13-01': months are 01 to 12");
    EXPECT_EQ(readError("## 2026\n- 2026-03-04 #only-tags\n"), "brag.md:2: the item has no title");
    EXPECT_EQ(readError("## 2026\n- fine\n- caf\xe9\n"), "brag.md:3: this line is not UTF-8 text; save the file as UTF-8");
    EXPECT_EQ(readError("## 2026\n- a\ttab\n"),
              "brag.md:2: the title must be printable text, but has the control character U+0009 at character 2");
}

TEST(BragReader, AnImpactOverSeveralLinesIsOneLine)
{
    const QList<ImportedWin> wins = readOk("## 2026\n- Win\n  body\n  - Impact: cut costs\n    by half\n\n    in a year\n  more body\n");
    ASSERT_EQ(wins.size(), 1);
    EXPECT_EQ(wins.at(0).win.impact, u"cut costs by half in a year"_s);
    EXPECT_EQ(wins.at(0).win.body, u"body\nmore body"_s);
}

TEST(BragReader, SourceIdsAreStableAndTellIdenticalItemsApart)
{
    const QByteArray doc = "## 2026-03\n- Same\n- Same\n- 2026-03-02 Other\n";
    const QList<ImportedWin> once = readOk(doc);
    const QList<ImportedWin> again = readOk(doc);
    ASSERT_EQ(once.size(), 3);
    for (qsizetype i = 0; i < once.size(); ++i)
        EXPECT_EQ(once.at(i).win.source, again.at(i).win.source);
    EXPECT_EQ(once.at(1).win.source, once.at(0).win.source + u"#2"_s);
    // Moving an item under another heading with its date kept, or adding
    // tags, keeps its id: only the date and the title make it.
    const QList<ImportedWin> edited = readOk("# Wins\n\n## Some section\n\n- 2026-03-02 Other #new ★\n");
    ASSERT_EQ(edited.size(), 1);
    EXPECT_EQ(edited.at(0).win.source, once.at(2).win.source);
}

TEST(BragReader, AUuidCommentEndingTheItemNamesTheWin)
{
    const QList<ImportedWin> read = readOk("## 2026-03\n"
                                           "- 2026-03-02 Shipped #launch \u2605 <!-- 1B2C3D4E-0000-4000-8000-00000000ABCD -->\n"
                                           "- 2026-03-03 Noted <!-- a comment -->\n");
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(read.at(0).win.title, u"Shipped"_s);
    EXPECT_EQ(read.at(0).win.tags, QStringList{u"launch"_s});
    EXPECT_TRUE(read.at(0).win.starred);
    EXPECT_EQ(read.at(0).win.uuid, u"1b2c3d4e-0000-4000-8000-00000000abcd"_s);
    EXPECT_EQ(read.at(0).win.source, u"markdown:1b2c3d4e-0000-4000-8000-00000000abcd"_s);
    // Any other comment is the person's text.
    EXPECT_EQ(read.at(1).win.title, u"Noted <!-- a comment -->"_s);
    EXPECT_TRUE(read.at(1).win.uuid.isEmpty());
    EXPECT_EQ(readError("- 2026-03-02 a <!-- 1b2c3d4e-0000-4000-8000-00000000abcd -->\n"
                        "- 2026-03-03 b <!-- 1b2c3d4e-0000-4000-8000-00000000abcd -->\n"),
              "brag.md:2: the same UUID as line 1");
}

QByteArray written(const QList<Win> &wins)
{
    return writtenBy<BragWriter>(wins);
}

TEST(BragWriter, GroupsWinsUnderMonthHeadings)
{
    Win first = sampleWin(QDate(2026, 2, 27), u"Wrote the guide"_s);
    first.skillSlugs = {u"documentation"_s};
    first.tags = {u"docs"_s};
    first.starred = true;
    first.body = u"- two readers\n- one review"_s;
    first.impact = u"Onboarding in a day"_s;
    Win second = sampleWin(QDate(2026, 3, 4), u"Helped @alice with #1"_s);
    second.uuid = u"1b2c3d4e-0000-4000-8000-00000000abcd"_s;
    EXPECT_EQ(written({first, second}).toStdString(),
              u"# Brag document\n"
              "\n## February 2026\n\n"
              "- 2026-02-27 Wrote the guide @documentation #docs \u2605\n"
              "  - two readers\n"
              "  - one review\n"
              "  - Impact: Onboarding in a day\n"
              "\n## March 2026\n\n"
              "- 2026-03-04 Helped \\@alice with \\#1 <!-- 1b2c3d4e-0000-4000-8000-00000000abcd -->\n"_s.toStdString());
    EXPECT_EQ(written({}), "# Brag document\n");
}

TEST(BragWriter, RoundTripKeepsEveryFieldTheFormatHolds)
{
    Win full = sampleWin(QDate(2026, 3, 4), u"Shipped the **cache** for @alice #1"_s);
    full.body = u"First paragraph\nstill first.\n\n- a list\n  - nested\n\n      indented code\n# not a heading"_s;
    full.impact = u"p99 from 900 ms to 120 ms"_s;
    full.tags = {u"perf"_s, u"2026"_s};
    full.skillSlugs = {u"system-design"_s};
    full.starred = true;
    full.uuid = u"1b2c3d4e-0000-4000-8000-00000000abcd"_s;
    Win bare = sampleWin(QDate(2026, 3, 5), u"2026-01-01 was the start"_s);
    Win impactOnly = sampleWin(QDate(2027, 1, 1), u"Next year"_s);
    impactOnly.impact = u"Saved a day a week"_s;
    const QList<Win> wins = {full, bare, impactOnly};

    const QList<ImportedWin> back = readOk(written(wins));
    ASSERT_EQ(back.size(), wins.size());
    for (qsizetype i = 0; i < wins.size(); ++i) {
        SCOPED_TRACE(i);
        const Win &in = wins.at(i);
        const Win &out = back.at(i).win;
        EXPECT_EQ(out.date, in.date);
        EXPECT_EQ(out.title, in.title);
        EXPECT_EQ(out.uuid, in.uuid);
        EXPECT_EQ(out.body, in.body);
        EXPECT_EQ(out.impact, in.impact);
        // Skills come back as tags; the application layer links those that
        // are skill slugs again (BragImport below).
        EXPECT_EQ(out.tags, in.skillSlugs + in.tags);
        EXPECT_EQ(out.starred, in.starred);
    }
}

class BragImport : public WorkspaceTest
{
};

TEST_F(BragImport, ImportsThroughTheApplicationLayerOnce)
{
    const QByteArray data = importFixture(u"brag.md"_s);
    Result<ImportPlan> plan = m_ws->transfer().planImport(data, u"brag.md"_s, std::nullopt, {});
    ASSERT_TRUE(plan.ok()) << plan.error().message().toStdString();
    // "@system-design" and "@mentoring" are skills of the built-in framework.
    EXPECT_EQ(plan->entries.at(0).win.skillSlugs, QStringList({u"system-design"_s}));
    EXPECT_EQ(plan->entries.at(0).win.tags, QStringList({u"search"_s}));
    EXPECT_EQ(plan->entries.at(2).win.skillSlugs, QStringList({u"mentoring"_s}));
    importTwice(*m_ws, data, u"brag.md"_s, WinFormat::Markdown, 7);
}

TEST_F(BragImport, AnExportReadsBackWithItsSkills)
{
    Win win = sampleWin(QDate(2026, 3, 4), u"Designed the queue"_s);
    win.skillSlugs = {u"system-design"_s};
    win.tags = {u"queues"_s};
    win.starred = true;
    win.impact = u"No more lost jobs"_s;
    ASSERT_TRUE(m_ws->journal().add(win).ok());
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(m_ws->transfer().exportWins(WinFormat::Markdown, out).ok());

    Result<ImportPlan> plan = m_ws->transfer().planImport(out.data(), u"export.md"_s, std::nullopt, {});
    ASSERT_TRUE(plan.ok()) << plan.error().message().toStdString();
    ASSERT_EQ(plan->entries.size(), 1);
    const Win &back = plan->entries.at(0).win;
    EXPECT_EQ(back.date, win.date);
    EXPECT_EQ(back.title, win.title);
    EXPECT_EQ(back.skillSlugs, win.skillSlugs);
    EXPECT_EQ(back.tags, win.tags);
    EXPECT_EQ(back.starred, win.starred);
    EXPECT_EQ(back.impact, win.impact);
}

} // namespace
