// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input catalogue, run against the real ladder-cli binary. It adds to
// the catalogues of tests/cli (WinBadInput, FrameworkBadInput, GoalBadInput,
// SkillBadInput, ReportBadInput: 100 cases in process) the kinds they leave out:
// ids, ratings, periods and dates, search queries, import files, framework
// files and options. Each case: exit 1 with exactly one line on stderr (2 for
// usage, whose first line names the problem), naming what is wrong and where,
// nothing on stdout, and the database file byte for byte unchanged.

#include "BadInput.h"
#include "ReliabilitySupport.h"

#include <gtest/gtest.h>

using namespace reliability;

#define S(x) QStringLiteral(x)

namespace {

using Catalogue = ::testing::TestWithParam<BadInput>;

TEST_P(Catalogue, OneLineNamingWhatAndWhereNothingChanged)
{
    expectRefused(GetParam());
}

const QByteArray goodWin = R"({"uuid": "b0000000-0000-0000-0000-000000000001", "date": "2026-01-02", "title": "fine"})";

QByteArray exportWith(const QByteArray &members)
{
    return R"({"format": "ladder-export", "version": 1, )" + members + "}";
}

INSTANTIATE_TEST_SUITE_P(
    Ids, Catalogue,
    ::testing::Values(
        BadInput{"WinShowZero", ARGS(S("win"), S("show"), S("0")), {}, 1, SAYS(S("0"))},
        BadInput{"WinShowNegative", ARGS(S("win"), S("show"), S("-3")), {}, 2, SAYS(S("win show"), S("'3'"))},
        BadInput{
            "WinShowHuge", ARGS(S("win"), S("show"), S("99999999999999999999")), {}, 1, SAYS(S("99999999999999999999"), S("not an id"))},
        BadInput{"WinShowTrailingLetters", ARGS(S("win"), S("show"), S("1x")), {}, 1, SAYS(S("1x"), S("not an id"))},
        BadInput{"WinShowHex", ARGS(S("win"), S("show"), S("0x1")), {}, 1, SAYS(S("0x1"), S("not an id"))},
        BadInput{"WinShowFraction", ARGS(S("win"), S("show"), S("1.5")), {}, 1, SAYS(S("1.5"), S("not an id"))},
        BadInput{"WinEditNotAnId", ARGS(S("win"), S("edit"), S("abc"), S("--star")), {}, 1, SAYS(S("abc"), S("not an id"))},
        BadInput{"WinRemoveNotAnId", ARGS(S("win"), S("rm"), S("first"), S("--yes")), {}, 1, SAYS(S("first"), S("not an id"))},
        BadInput{"WinListGoalNotAnId", ARGS(S("win"), S("list"), S("--goal"), S("one")), {}, 1, SAYS(S("--goal one"))},
        BadInput{"WinAddGoalHuge",
                 ARGS(S("win"), S("add"), S("x"), S("--goal"), S("99999999999999999999")),
                 {},
                 1,
                 SAYS(S("--goal"), S("99999999999999999999"))},
        BadInput{"GoalDoneMissing", ARGS(S("goal"), S("done"), S("999")), {}, 1, SAYS(S("no goal with id 999"))},
        BadInput{"GoalShowZero", ARGS(S("goal"), S("show"), S("0")), {}, 1, SAYS(S("0"))},
        BadInput{"MilestoneZero", ARGS(S("goal"), S("milestone"), S("done"), S("1"), S("0")), {}, 1, SAYS(S("milestone"), S("0"))},
        BadInput{
            "MilestoneOfMissingGoal", ARGS(S("goal"), S("milestone"), S("done"), S("42"), S("1")), {}, 1, SAYS(S("no goal with id 42"))}),
    badInputName);

INSTANTIATE_TEST_SUITE_P(
    Ratings, Catalogue,
    ::testing::Values(BadInput{"Negative", ARGS(S("skill"), S("rate"), S("testing"), S("--"), S("-1")), {}, 1, SAYS(S("-1"))},
                      BadInput{"Five", ARGS(S("skill"), S("rate"), S("testing"), S("5")), {}, 1, SAYS(S("rating 5 is outside 0-4"))},
                      BadInput{"Huge", ARGS(S("skill"), S("rate"), S("testing"), S("4294967297")), {}, 1, SAYS(S("4294967297"))},
                      BadInput{"Empty", ARGS(S("skill"), S("rate"), S("testing"), S("")), {}, 1, SAYS(S("rating ''"))},
                      BadInput{
                          "AlmostAWord", ARGS(S("skill"), S("rate"), S("testing"), S("fluentish")), {}, 1, SAYS(S("rating 'fluentish'"))},
                      BadInput{"Exponent", ARGS(S("skill"), S("rate"), S("testing"), S("3e0")), {}, 1, SAYS(S("rating '3e0'"))},
                      BadInput{"Hex", ARGS(S("skill"), S("rate"), S("testing"), S("0x3")), {}, 1, SAYS(S("rating '0x3'"))},
                      BadInput{"SkillSlugWithSpaces",
                               ARGS(S("skill"), S("rate"), S("system design"), S("3")),
                               {},
                               1,
                               SAYS(S("unknown skill 'system design'"))}),
    badInputName);

INSTANTIATE_TEST_SUITE_P(
    PeriodsAndDates, Catalogue,
    ::testing::Values(
        BadInput{"Half3", ARGS(S("win"), S("list"), S("--period"), S("2026-H3")), {}, 1, SAYS(S("--period"), S("2026-H3"))},
        BadInput{"Month13", ARGS(S("win"), S("list"), S("--period"), S("2026-13")), {}, 1, SAYS(S("--period"), S("2026-13"))},
        BadInput{"Month0", ARGS(S("win"), S("list"), S("--period"), S("2026-00")), {}, 1, SAYS(S("--period"), S("2026-00"))},
        BadInput{"Quarter0", ARGS(S("win"), S("list"), S("--period"), S("2026-Q0")), {}, 1, SAYS(S("--period"), S("2026-Q0"))},
        BadInput{"ImpossibleStart",
                 ARGS(S("win"), S("list"), S("--period"), S("2026-02-30..2026-03-01")),
                 {},
                 1,
                 SAYS(S("--period"), S("2026-02-30"))},
        BadInput{"Reversed",
                 ARGS(S("win"), S("list"), S("--period"), S("2026-12-01..2026-01-01")),
                 {},
                 1,
                 SAYS(S("--period"), S("ends before it starts"))},
        BadInput{"OnlyDots", ARGS(S("win"), S("list"), S("--period"), S("..")), {}, 1, SAYS(S("--period"), S("'..'"))},
        BadInput{"OpenEnded", ARGS(S("win"), S("list"), S("--period"), S("2026-01-01..")), {}, 1, SAYS(S("--period"), S("2026-01-01.."))},
        BadInput{"UnknownWord", ARGS(S("win"), S("list"), S("--period"), S("this-decade")), {}, 1, SAYS(S("--period"), S("this-decade"))},
        BadInput{"EmptyPeriod", ARGS(S("win"), S("list"), S("--period"), S("")), {}, 1, SAYS(S("--period"))},
        BadInput{"ReadinessPeriod", ARGS(S("readiness"), S("--period"), S("2026-Q5")), {}, 1, SAYS(S("--period"), S("2026-Q5"))},
        BadInput{"FromImpossible", ARGS(S("win"), S("list"), S("--from"), S("2026-02-30")), {}, 1, SAYS(S("--from"), S("2026-02-30"))},
        BadInput{"OnUnknown", ARGS(S("win"), S("list"), S("--on"), S("blurday")), {}, 1, SAYS(S("--on"), S("blurday"))},
        BadInput{"AddMonth13", ARGS(S("win"), S("add"), S("x"), S("--date"), S("2026-13-01")), {}, 1, SAYS(S("--date"), S("2026-13-01"))},
        BadInput{"AddEmptyDate", ARGS(S("win"), S("add"), S("x"), S("--date"), S("")), {}, 1, SAYS(S("--date"))},
        BadInput{"AddOnlyADate", ARGS(S("win"), S("add"), S("yesterday:")), {}, 1, SAYS(S("no title"))},
        BadInput{"RateLeapDay",
                 ARGS(S("skill"), S("rate"), S("testing"), S("3"), S("--date"), S("2025-02-29")),
                 {},
                 1,
                 SAYS(S("--date"), S("2025-02-29"))},
        BadInput{"GoalDueNonsense", ARGS(S("goal"), S("add"), S("x"), S("--due"), S("whenever")), {}, 1, SAYS(S("--due"), S("whenever"))}),
    badInputName);

INSTANTIATE_TEST_SUITE_P(
    SearchQueries, Catalogue,
    ::testing::Values(
        BadInput{"OnlyAQuote", ARGS(S("search"), S("\"")), {}, 1, SAYS(S("unbalanced quote at character 1"))},
        BadInput{
            "QuoteLater", ARGS(S("search"), S("foo \"bar")), {}, 1, SAYS(S("search 'foo \"bar'"), S("unbalanced quote at character 5"))},
        BadInput{"ThreeQuotes", ARGS(S("search"), S("\"a\" \"b")), {}, 1, SAYS(S("unbalanced quote at character 5"))},
        BadInput{"LoneStar", ARGS(S("search"), S("*")), {}, 1, SAYS(S("a lone '*' at character 1"))},
        BadInput{"StarInside", ARGS(S("search"), S("foo*bar")), {}, 1, SAYS(S("'*' can only end a word at character 4"))},
        BadInput{"StarAfterPhrase", ARGS(S("search"), S("\"foo bar\"*")), {}, 1, SAYS(S("'*' after a phrase"))},
        BadInput{"EmptyPhrase", ARGS(S("search"), S("\"\"")), {}, 1, SAYS(S("empty phrase at character 1"))},
        BadInput{"BlankPhrase", ARGS(S("search"), S("p99 \"   \"")), {}, 1, SAYS(S("empty phrase at character 5"))},
        BadInput{"OnlyExcludedPhrase", ARGS(S("search"), S("-\"p99 fix\"")), {}, 1, SAYS(S("needs at least one word"))},
        BadInput{"DoubleDash", ARGS(S("search"), S("p99 --x")), {}, 1, SAYS(S("unexpected '-'"))},
        BadInput{"TrailingDash", ARGS(S("search"), S("p99 -")), {}, 1, SAYS(S("a lone '-' at character 5"))},
        BadInput{"Blank", ARGS(S("search"), S("   ")), {}, 1, SAYS(S("nothing to look for"))},
        BadInput{"MissingQuery", ARGS(S("search")), {}, 2, SAYS(S("QUERY"))},
        BadInput{"BadFilter", ARGS(S("search"), S("p99"), S("--period"), S("2026-Q9")), {}, 1, SAYS(S("--period"), S("2026-Q9"))}),
    badInputName);

INSTANTIATE_TEST_SUITE_P(
    ImportFiles, Catalogue,
    ::testing::Values(
        BadInput{"EmptyFile", ARGS(S("import"), S("%DIR%/e.json")), {{"e.json", ""}}, 1, SAYS(S("e.json"))},
        BadInput{"Binary",
                 ARGS(S("import"), S("%DIR%/b.json")),
                 {{"b.json", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)}},
                 1,
                 SAYS(S("b.json:1:"))},
        BadInput{"TruncatedJson",
                 ARGS(S("import"), S("%DIR%/t.json")),
                 {{"t.json", exportWith(R"("wins": [)" + goodWin + ",\n")}},
                 1,
                 SAYS(S("t.json:2:"))},
        BadInput{"TopIsAList", ARGS(S("import"), S("%DIR%/l.json")), {{"l.json", "[" + goodWin + "]"}}, 1, SAYS(S("l.json: (top)"))},
        BadInput{"WrongFormat",
                 ARGS(S("import"), S("%DIR%/f.json")),
                 {{"f.json", R"({"format": "jrnl", "version": 1})"}},
                 1,
                 SAYS(S("f.json: format"))},
        BadInput{"NewerVersion",
                 ARGS(S("import"), S("%DIR%/v.json")),
                 {{"v.json", R"({"format": "ladder-export", "version": 2})"}},
                 1,
                 SAYS(S("v.json: version: 2 is not supported"))},
        BadInput{"UnknownTopKey",
                 ARGS(S("import"), S("%DIR%/k.json")),
                 {{"k.json", exportWith(R"("winz": [])")}},
                 1,
                 SAYS(S("k.json: winz: unknown key"))},
        BadInput{"WinsNotAList",
                 ARGS(S("import"), S("%DIR%/w.json")),
                 {{"w.json", exportWith(R"("wins": {})")}},
                 1,
                 SAYS(S("w.json: wins: expected a list"))},
        BadInput{"WinNotAnObject",
                 ARGS(S("import"), S("%DIR%/o.json")),
                 {{"o.json", exportWith(R"("wins": [)" + goodWin + R"(, "x"])")}},
                 1,
                 SAYS(S("o.json: wins[1]: expected an object"))},
        BadInput{"WinWithoutTitle",
                 ARGS(S("import"), S("%DIR%/n.json")),
                 {{"n.json",
                   exportWith(R"("wins": [)" + goodWin + R"(, {"uuid": "b0000000-0000-0000-0000-000000000002", "date": "2026-01-02"}])")}},
                 1,
                 SAYS(S("n.json: wins[1].title"))},
        BadInput{
            "WinImpossibleDate",
            ARGS(S("import"), S("%DIR%/d.json")),
            {{"d.json", exportWith(R"("wins": [{"uuid": "b0000000-0000-0000-0000-000000000003", "date": "2026-02-30", "title": "x"}])")}},
            1,
            SAYS(S("d.json: wins[0].date: '2026-02-30'"))},
        BadInput{
            "WinUnknownKey",
            ARGS(S("import"), S("%DIR%/u.json")),
            {{"u.json",
              exportWith(R"("wins": [{"uuid": "b0000000-0000-0000-0000-000000000004", "date": "2026-01-02", "title": "x", "stars": 5}])")}},
            1,
            SAYS(S("u.json: wins[0].stars: unknown key"))},
        BadInput{
            "WinBadTimestamp",
            ARGS(S("import"), S("%DIR%/c.json")),
            {{"c.json",
              exportWith(
                  R"("wins": [{"uuid": "b0000000-0000-0000-0000-000000000005", "date": "2026-01-02", "title": "x", "created_at": "noon"}])")}},
            1,
            SAYS(S("c.json: wins[0].created_at"))},
        BadInput{"WinGoalNotInFile",
                 ARGS(S("import"), S("%DIR%/g.json")),
                 {{"g.json",
                   exportWith(
                       R"("wins": [{"uuid": "b0000000-0000-0000-0000-000000000006", "date": "2026-01-02", "title": "x", "goals": [5]}])")}},
                 1,
                 SAYS(S("g.json: wins[0].goals: goal 5 is not in this file"))},
        BadInput{
            "AssessmentRating",
            ARGS(S("import"), S("%DIR%/a.json")),
            {{"a.json",
              exportWith(
                  R"("assessments": [{"uuid": "c0000000-0000-0000-0000-000000000001", "skill": "testing", "rating": 9, "date": "2026-01-02"}])")}},
            1,
            SAYS(S("a.json: assessments[0]"))},
        BadInput{
            "FrameworkInside",
            ARGS(S("import"), S("%DIR%/fw.json")),
            {{"fw.json",
              exportWith(
                  R"("frameworks": [{"format": "ladder-framework", "version": 1, "slug": "x", "name": "X", "levels": [], "categories": []}])")}},
            1,
            SAYS(S("fw.json: frameworks[0].levels"))},
        BadInput{"ADirectory", ARGS(S("import"), S("%DIR%/folder")), {{"folder", "<dir>"}}, 1, SAYS(S("%DIR%/folder"))},
        BadInput{"UnknownFormatOption",
                 ARGS(S("import"), S("%DIR%/x.json"), S("--format"), S("xlsx")),
                 {{"x.json", "{}"}},
                 2,
                 SAYS(S("--format xlsx"))},
        BadInput{"MissingFile", ARGS(S("import"), S("%DIR%/absent.json")), {}, 1, SAYS(S("%DIR%/absent.json"))}),
    badInputName);

INSTANTIATE_TEST_SUITE_P(
    FrameworkFiles, Catalogue,
    ::testing::Values(
        BadInput{"EmptyFile", ARGS(S("framework"), S("import"), S("%DIR%/e.json")), {{"e.json", ""}}, 1, SAYS(S("e.json"))},
        BadInput{"JsonNull", ARGS(S("framework"), S("import"), S("%DIR%/n.json")), {{"n.json", "null"}}, 1, SAYS(S("n.json:1:"))},
        BadInput{"Binary",
                 ARGS(S("framework"), S("import"), S("%DIR%/b.json")),
                 {{"b.json", QByteArray("\0\1\2\3garbage", 11)}},
                 1,
                 SAYS(S("b.json:1:"))},
        BadInput{"AnExportInstead",
                 ARGS(S("framework"), S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("wins": [])")}},
                 1,
                 SAYS(S("x.json: format: expected \"ladder-framework\", found 'ladder-export'"))},
        BadInput{"ADirectory", ARGS(S("framework"), S("import"), S("%DIR%/folder")), {{"folder", "<dir>"}}, 1, SAYS(S("%DIR%/folder"))},
        BadInput{"UseMissingSlug", ARGS(S("framework"), S("use")), {}, 2, SAYS(S("missing"))}),
    badInputName);

INSTANTIATE_TEST_SUITE_P(
    Options, Catalogue,
    ::testing::Values(
        BadInput{"DbWithoutPath", ARGS(S("win"), S("list"), S("--db")), {}, 2, SAYS(S("--db needs a PATH"))},
        BadInput{"DbIsAFolder",
                 ARGS(S("--db"), S("%DIR%/folder"), S("win"), S("list")),
                 {{"folder", "<dir>"}},
                 1,
                 SAYS(S("%DIR%/folder"), S("folder"))},
        BadInput{"DbUnderAFile",
                 ARGS(S("--db"), S("%DIR%/file.txt/ladder.db"), S("win"), S("list")),
                 {{"file.txt", "text"}},
                 1,
                 SAYS(S("%DIR%/file.txt"))},
        BadInput{"LimitZero", ARGS(S("win"), S("list"), S("--limit"), S("0")), {}, 1, SAYS(S("--limit 0"))},
        BadInput{"LimitNegative", ARGS(S("win"), S("list"), S("--limit"), S("-5")), {}, 1, SAYS(S("--limit -5"))},
        BadInput{"LimitHuge",
                 ARGS(S("win"), S("list"), S("--limit"), S("99999999999999999999")),
                 {},
                 1,
                 SAYS(S("--limit 99999999999999999999"))},
        BadInput{"UnknownGlobalOption", ARGS(S("--verbose"), S("win"), S("list")), {}, 2, SAYS(S("verbose"))},
        BadInput{"FlagWithValue", ARGS(S("win"), S("list"), S("--starred=yes")), {}, 2, SAYS(S("starred"))},
        BadInput{"OptionWithoutValue", ARGS(S("win"), S("list"), S("--period")), {}, 2, SAYS(S("period"))},
        BadInput{"EmptySkill", ARGS(S("win"), S("add"), S("x"), S("--skill"), S("")), {}, 1, SAYS(S("--skill"))},
        BadInput{
            "BackupOntoItself", ARGS(S("backup"), S("%DIR%/ladder.db")), {}, 1, SAYS(S("%DIR%/ladder.db"), S("the open database itself"))},
        BadInput{"BackupIntoMissingFolder",
                 ARGS(S("backup"), S("%DIR%/no/such/folder/copy.db")),
                 {},
                 1,
                 SAYS(S("%DIR%/no/such/folder/copy.db"))},
        BadInput{"ExportIntoMissingFolder",
                 ARGS(S("export"), S("-o"), S("%DIR%/no/such/folder/e.json")),
                 {},
                 1,
                 SAYS(S("%DIR%/no/such/folder/e.json"))},
        BadInput{"ExportWithoutOutput", ARGS(S("export")), {}, 2, SAYS(S("-o"))},
        BadInput{"LevelSetEmpty", ARGS(S("level"), S("set"), S("")), {}, 1, SAYS(S("level ''"))},
        BadInput{"GapUnknownTarget", ARGS(S("gap"), S("--target"), S("staff")), {}, 1, SAYS(S("--target"), S("staff"))},
        BadInput{"RoadmapUnknownLevel", ARGS(S("roadmap"), S("--to"), S("cto")), {}, 1, SAYS(S("cto"))}),
    badInputName);

} // namespace
