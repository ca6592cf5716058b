// SPDX-License-Identifier: GPL-3.0-or-later
// CSV in and out (docs/formats.md, "CSV"): CsvReader on files as
// spreadsheets and people write them, CsvWriter read back field for field,
// and an import through the application layer.

#include "application/Journal.h"
#include "application/Transfer.h"
#include "application/Workspace.h"
#include "interchange/CsvReader.h"
#include "interchange/CsvWriter.h"
#include "InterchangeTestSupport.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

using namespace ladder;
using namespace Qt::StringLiterals;

namespace {

QList<ImportedWin> readOk(const QByteArray &data, const ReadOptions &options = {})
{
    return entriesOf(CsvReader::read(data, u"wins.csv"_s, options));
}

std::string readError(const QByteArray &data, const ReadOptions &options = {})
{
    return errorOf(CsvReader::read(data, u"wins.csv"_s, options));
}

TEST(CsvReader, ReadsEveryFieldOfAnAwkwardSheetWithBomAndSemicolons)
{
    Result<QList<ImportedWin>> read = CsvReader::read(importFixture(u"awkward.csv"_s), u"awkward.csv"_s, {});
    ASSERT_TRUE(read.ok()) << read.error().message().toStdString();
    ASSERT_EQ(read->size(), 3);

    const ImportedWin &first = read->at(0);
    EXPECT_EQ(first.location, u"awkward.csv:2"_s);
    EXPECT_EQ(first.win.date, QDate(2026, 3, 4));
    EXPECT_EQ(first.win.title, u"Shipped the \"fast path\" cache"_s);
    // A CRLF inside a quoted cell is a line break; the column Ladder has no
    // field for ("Team") ends the body, so no word is lost.
    EXPECT_EQ(first.win.body, u"Cut p99 from 900 ms to 120 ms.\nSecond line; with a semicolon\n\nTeam: Platform"_s);
    EXPECT_EQ(first.win.impact, u"-40% p99"_s);
    EXPECT_EQ(first.win.tags, QStringList({u"perf"_s, u"backend"_s}));
    EXPECT_EQ(first.win.skillSlugs, QStringList({u"system-design"_s}));
    EXPECT_TRUE(first.win.starred);
    EXPECT_TRUE(first.win.source.startsWith(u"csv:"_s));

    const ImportedWin &second = read->at(1);
    EXPECT_EQ(second.location, u"awkward.csv:4"_s); // the first row took two lines
    EXPECT_EQ(second.win.date, QDate(2026, 3, 5));  // 05.03.2026: day first
    EXPECT_EQ(second.win.title, u"Led the incident review"_s);
    EXPECT_EQ(second.win.body, QString());
    EXPECT_EQ(second.win.impact, QString());
    EXPECT_EQ(second.win.tags, QStringList({u"incident"_s, u"oncall"_s}));
    EXPECT_TRUE(second.win.skillSlugs.isEmpty());
    EXPECT_TRUE(second.win.starred);

    // The empty row of line 5 is skipped.
    const ImportedWin &third = read->at(2);
    EXPECT_EQ(third.location, u"awkward.csv:6"_s);
    EXPECT_EQ(third.win.date, QDate(2026, 3, 10));
    EXPECT_EQ(third.win.title, u"=SUM(A1) is not a formula"_s); // the formula guard comes off
    EXPECT_EQ(third.win.body, u"multi\n\nparagraph\n\nTeam: Payments"_s);
    EXPECT_TRUE(third.win.tags.isEmpty());
    EXPECT_FALSE(third.win.starred);
}

TEST(CsvReader, ReadsTabsAnIdColumnAndDateTimes)
{
    Result<QList<ImportedWin>> read = CsvReader::read(importFixture(u"tabs.tsv"_s), u"tabs.tsv"_s, {});
    ASSERT_TRUE(read.ok()) << read.error().message().toStdString();
    ASSERT_EQ(read->size(), 2);
    EXPECT_EQ(read->at(0).win.title, u"Tabbed \"quoted\" title"_s); // quotes inside an unquoted cell stay
    EXPECT_EQ(read->at(0).win.body, u"a cell with a\ttab"_s);
    EXPECT_TRUE(read->at(0).win.starred);
    EXPECT_EQ(read->at(0).win.source, u"csv:6f1c2a3e-3b8e-4d55-9a39-2b7c1e0d9f10"_s);
    EXPECT_EQ(read->at(0).win.uuid, u"6f1c2a3e-3b8e-4d55-9a39-2b7c1e0d9f10"_s);
    EXPECT_TRUE(read->at(1).win.uuid.isEmpty());
    EXPECT_EQ(read->at(1).win.date, QDate(2026, 2, 2));
    EXPECT_FALSE(read->at(1).win.starred);
    // "7" is a row number, not an id another sheet could not reuse.
    EXPECT_NE(read->at(1).win.source, u"csv:7"_s);
    EXPECT_TRUE(read->at(1).win.source.startsWith(u"csv:"_s));
}

TEST(CsvReader, AUuidColumnNamesTheWinOnce)
{
    const QList<ImportedWin> read = entriesOf(
        CsvReader::read("date,title,uuid\n2026-03-04,a,{1B2C3D4E-0000-4000-8000-00000000ABCD}\n2026-03-05,b,\n", u"w.csv"_s, {}));
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(read.at(0).win.uuid, u"1b2c3d4e-0000-4000-8000-00000000abcd"_s);
    EXPECT_EQ(read.at(0).win.source, u"csv:1b2c3d4e-0000-4000-8000-00000000abcd"_s);
    EXPECT_TRUE(read.at(1).win.uuid.isEmpty());
    EXPECT_EQ(errorOf(CsvReader::read("date,title,uuid\n2026-03-04,a,1b2c3d4e-0000-4000-8000-00000000abcd\n"
                                      "2026-03-05,b,1B2C3D4E-0000-4000-8000-00000000ABCD\n",
                                      u"w.csv"_s, {})),
              "w.csv:3: the same uuid as line 2");
}

TEST(CsvReader, MapsOtherHeaderNames)
{
    ReadOptions options;
    options.columns.insert(u"date"_s, u"When done"_s);
    options.columns.insert(u"title"_s, u"Accomplishment"_s);
    const QList<ImportedWin> wins = readOk("Accomplishment,When done,Labels\nWrote the RFC,2026-04-01,design docs\n", options);
    ASSERT_EQ(wins.size(), 1);
    EXPECT_EQ(wins.at(0).win.title, u"Wrote the RFC"_s);
    EXPECT_EQ(wins.at(0).win.date, QDate(2026, 4, 1));
    EXPECT_EQ(wins.at(0).win.tags, QStringList({u"design"_s, u"docs"_s}));

    options.columns.insert(u"impact"_s, u"Result"_s);
    EXPECT_EQ(readError("Accomplishment,When done\nx,2026-04-01\n", options),
              "wins.csv:1: the header has no column 'Result' (to read as impact)");
    ReadOptions unknownField;
    unknownField.columns.insert(u"mood"_s, u"Feeling"_s);
    EXPECT_EQ(readError("date,title,Feeling\n", unknownField),
              "wins.csv: cannot map a column to 'mood'; the fields are date, title, body, impact, tags, skills, starred, id");
}

TEST(CsvReader, AMalformedRowFailsTheWholeFileNamingItsLine)
{
    EXPECT_EQ(readError("date,title\n2026-03-04,ok\n2026-03-05,\"never closed\n\n"),
              "wins.csv:3: a quoted field opened on this row is never closed");
    EXPECT_EQ(readError("date,title\n2026-03-04,ok\n2026-03-05,one,two\n"), "wins.csv:3: this row has 3 fields, the header 2");
    EXPECT_EQ(readError("date,title\n2026-03-04,\"a\"b\n"),
              "wins.csv:2: text after the closing quote of field 2; a quote inside a quoted field is written twice (\"\")");
    EXPECT_EQ(readError("date,title\n2026-02-30,x\n"), "wins.csv:2: invalid date '2026-02-30': February 2026 has 28 days");
    EXPECT_EQ(readError("date,title\n03/04/2026,x\n"),
              "wins.csv:2: the date '03/04/2026' could be day/month or month/day; write it as YYYY-MM-DD (or DD.MM.YYYY)");
    EXPECT_EQ(readError("date,title\nnext week,x\n"), "wins.csv:2: 'next week' is not a date; write it as YYYY-MM-DD (or DD.MM.YYYY)");
    EXPECT_EQ(readError("date,title\n,x\n"), "wins.csv:2: the row has no date");
    EXPECT_EQ(readError("date,title,notes\n2026-03-04,,words\n"), "wins.csv:2: the row has no title");
    EXPECT_EQ(readError("date,title,starred\n2026-03-04,x,maybe\n"),
              "wins.csv:2: starred is 'maybe'; write yes or no (or true/false, 1/0, x, \u2605, or leave it empty)");
    EXPECT_EQ(readError("when?,what\n2026-03-04,x\n"),
              "wins.csv:1: the header has no date column and no title column (name them so, or map other columns to them)");
    EXPECT_EQ(readError("date,notes\n"), "wins.csv:1: the header has no title column (name them so, or map other columns to them)");
    EXPECT_EQ(readError("date,title\n2026-03-04,ok\n2026-03-05,caf\xe9\n"),
              "wins.csv:3: this line is not UTF-8 text; save the file as UTF-8");
    EXPECT_EQ(readError("date,title\n2026-03-04,\"two\nlines\"\n"),
              "wins.csv:2: the title must be one line, but has a line break at character 4");
    EXPECT_EQ(readError("date,title,impact\n2026-03-04,x,\"a\x01\"\n"),
              "wins.csv:2: the impact must be printable text, but has the control character U+0001 at character 2");
    EXPECT_EQ(readError("\n\n"), "wins.csv: the file is empty; a CSV file starts with a header row (date, title, …)");
}

TEST(CsvReader, StarredAndListCellsTakeWhatSpreadsheetsWrite)
{
    const QList<ImportedWin> wins = readOk(u"date,title,starred,tags,skills\n"
                                           "2026-01-01,a,TRUE,\"#a, @b;c  d\",\n"
                                           "2026-01-02,b,\u2605,,\"@testing,code-review\"\n"
                                           "2026-01-03,c,0,,\n"
                                           "2026-01-04,d,No,,\n"_s.toUtf8());
    ASSERT_EQ(wins.size(), 4);
    EXPECT_TRUE(wins.at(0).win.starred);
    EXPECT_EQ(wins.at(0).win.tags, QStringList({u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    EXPECT_TRUE(wins.at(1).win.starred);
    EXPECT_EQ(wins.at(1).win.skillSlugs, QStringList({u"testing"_s, u"code-review"_s}));
    EXPECT_FALSE(wins.at(2).win.starred);
    EXPECT_FALSE(wins.at(3).win.starred);
}

TEST(CsvReader, SourceIdsAreStableAndTellIdenticalRowsApart)
{
    const QByteArray sheet = "date,title\n2026-03-04,Same\n2026-03-04,Same\n2026-03-05,Other\n";
    const QList<ImportedWin> once = readOk(sheet);
    const QList<ImportedWin> again = readOk(sheet);
    ASSERT_EQ(once.size(), 3);
    for (qsizetype i = 0; i < once.size(); ++i)
        EXPECT_EQ(once.at(i).win.source, again.at(i).win.source);
    EXPECT_NE(once.at(0).win.source, once.at(1).win.source);
    EXPECT_EQ(once.at(1).win.source, once.at(0).win.source + u"#2"_s);
    // The same rows saved by another spreadsheet (semicolons, quoted, CRLF)
    // are the same entries.
    const QList<ImportedWin> resaved
        = readOk("\xEF\xBB\xBF\"date\";\"title\"\r\n2026-03-04;\"Same\"\r\n2026-03-04;Same\r\n2026-03-05;Other\r\n");
    ASSERT_EQ(resaved.size(), 3);
    for (qsizetype i = 0; i < once.size(); ++i)
        EXPECT_EQ(once.at(i).win.source, resaved.at(i).win.source);
}

QByteArray written(const QList<Win> &wins)
{
    return writtenBy<CsvWriter>(wins);
}

TEST(CsvWriter, WritesAHeaderABomAndQuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(written({}),
              "\xEF\xBB\xBF"
              "date,title,body,impact,tags,skills,starred,uuid\r\n");
    Win win = sampleWin(QDate(2026, 3, 4), u"Cache, \"fast\""_s);
    win.uuid = u"1b2c3d4e-0000-4000-8000-00000000abcd"_s;
    win.body = u"two\nlines"_s;
    win.impact = u"=1+1"_s;
    win.tags = {u"perf"_s, u"backend"_s};
    win.skillSlugs = {u"testing"_s};
    win.starred = true;
    EXPECT_EQ(written({win}),
              "\xEF\xBB\xBF"
              "date,title,body,impact,tags,skills,starred,uuid\r\n"
              "2026-03-04,\"Cache, \"\"fast\"\"\",\"two\nlines\",'=1+1,perf backend,testing,yes,"
              "1b2c3d4e-0000-4000-8000-00000000abcd\r\n");
}

TEST(CsvWriter, RoundTripKeepsEveryField)
{
    Win full = sampleWin(QDate(2026, 3, 4), u"Shipped \"the\" cache; fast, really"_s);
    full.body = u"  indented first line\n\n- a list\r\n- with \"quotes\"\ttabs and ; , separators\n"_s;
    full.impact = u"-40% p99"_s;
    full.tags = {u"perf"_s, u"backend"_s};
    full.skillSlugs = {u"system-design"_s, u"testing"_s};
    full.starred = true;
    Win formulas = sampleWin(QDate(1999, 12, 31), u"=HYPERLINK(\"x\")"_s);
    formulas.body = u"'=already guarded"_s;
    formulas.impact = u"@mention"_s;
    Win plain = sampleWin(QDate(2026, 1, 1), u"+1 for plain"_s);
    plain.body = u"''-two apostrophes"_s;
    const QList<Win> wins = {full, formulas, plain};

    const QList<ImportedWin> back = readOk(written(wins));
    ASSERT_EQ(back.size(), wins.size());
    for (qsizetype i = 0; i < wins.size(); ++i) {
        SCOPED_TRACE(i);
        const Win &in = wins.at(i);
        const Win &out = back.at(i).win;
        EXPECT_EQ(out.date, in.date);
        EXPECT_EQ(out.title, in.title);
        // A CR before a line break is the one thing a line-based file drops.
        EXPECT_EQ(out.body, QString(in.body).replace(u"\r\n"_s, u"\n"_s));
        EXPECT_EQ(out.impact, in.impact);
        EXPECT_EQ(out.tags, in.tags);
        EXPECT_EQ(out.skillSlugs, in.skillSlugs);
        EXPECT_EQ(out.starred, in.starred);
    }
}

class CsvImport : public WorkspaceTest
{
};

TEST_F(CsvImport, ImportsThroughTheApplicationLayerOnce)
{
    importTwice(*m_ws, importFixture(u"awkward.csv"_s), u"awkward.csv"_s, WinFormat::Csv, 3);

    Result<QList<Win>> stored = m_ws->journal().list({});
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 3);
    const auto shipped = std::find_if(stored->cbegin(), stored->cend(), [](const Win &w) { return w.date == QDate(2026, 3, 4); });
    ASSERT_NE(shipped, stored->cend());
    EXPECT_EQ(shipped->skillSlugs, QStringList({u"system-design"_s}));
    EXPECT_EQ(shipped->tags, QStringList({u"backend"_s, u"perf"_s}));
}

TEST_F(CsvImport, AnUnknownSkillNamesTheRowAndImportsNothing)
{
    Result<ImportPlan> plan
        = m_ws->transfer().planImport("date,title,skills\n2026-03-04,x,testing\n2026-03-05,y,juggling\n", u"w.csv"_s, WinFormat::Csv, {});
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().message().toStdString().rfind("w.csv:3: unknown skill 'juggling'", 0), 0u)
        << plan.error().message().toStdString();
}

} // namespace
