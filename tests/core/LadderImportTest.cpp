// SPDX-License-Identifier: GPL-3.0-or-later
// LadderExport::import of large files: the wins are located with JsonSpans
// and parsed a chunk at a time (5,000) on a worker thread while the chunk
// before is written. These tests hold that path to what the whole-document
// parse gives: the same rows, the same messages with the same places, and
// nothing written on any error, whichever chunk it is in.

#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "io/JsonSpans.h"
#include "io/LadderExport.h"
#include "storage/Statement.h"
#include "storage/Stores.h"
#include "TempDir.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace ladder;

namespace {

QByteArray text(QByteArrayView json, JsonSpan span)
{
    return json.sliced(span.begin, span.end - span.begin).toByteArray();
}

TEST(JsonSpans, FindsMembersAndElementsPastStringsThatLookLikeStructure)
{
    const QByteArray json = R"( { "a" : "x\"}]," , "wins": [ {"t": "[{\\"}, 3 ,"s",[1,[2]] ] ,"z":{}}
)";
    const auto members = topLevelMembers(json);
    ASSERT_TRUE(members.has_value());
    ASSERT_EQ(members->size(), 3);
    EXPECT_EQ(members->at(0).first, "a");
    EXPECT_EQ(text(json, members->at(0).second), R"("x\"}],")");
    EXPECT_EQ(members->at(1).first, "wins");
    EXPECT_EQ(text(json, members->at(2).second), "{}");

    const auto elements = arrayElements(json, members->at(1).second);
    ASSERT_TRUE(elements.has_value());
    ASSERT_EQ(elements->size(), 4);
    EXPECT_EQ(text(json, elements->at(0)), R"({"t": "[{\\"})");
    EXPECT_EQ(text(json, elements->at(1)), "3");
    EXPECT_EQ(text(json, elements->at(2)), R"("s")");
    EXPECT_EQ(text(json, elements->at(3)), "[1,[2]]");
}

TEST(JsonSpans, EmptyObjectAndArray)
{
    const QByteArray json = R"({"wins": [ ]})";
    const auto members = topLevelMembers(json);
    ASSERT_TRUE(members.has_value());
    ASSERT_EQ(members->size(), 1);
    const auto elements = arrayElements(json, members->at(0).second);
    ASSERT_TRUE(elements.has_value());
    EXPECT_TRUE(elements->isEmpty());
    EXPECT_TRUE(topLevelMembers("{}").has_value());
}

TEST(JsonSpans, StructureItDoesNotFollowIsLeftToTheWholeParse)
{
    for (const QByteArray &bad :
         {QByteArray(""), QByteArray("[1]"), QByteArray(R"({"a" 1})"), QByteArray(R"({"a": [1, 2})"), QByteArray(R"({"a": "open)"),
          QByteArray(R"({"a": 1,})"), QByteArray(R"({"a": 1} trailing)"), QByteArray(R"({"a": 1 "b": 2})"), QByteArray(R"({a: 1})")}) {
        EXPECT_FALSE(topLevelMembers(bad).has_value()) << bad.constData();
    }
    const QByteArray json = R"({"wins": [1 2]})";
    const auto members = topLevelMembers(json);
    ASSERT_TRUE(members.has_value());                                     // the array's brackets balance...
    EXPECT_FALSE(arrayElements(json, members->at(0).second).has_value()); // ...its elements do not follow
    const QByteArray trailingComma = R"([1, 2, ])";
    EXPECT_FALSE(arrayElements(trailingComma, JsonSpan{0, trailingComma.size()}).has_value());
}

TEST(JsonSpans, ARepeatedKeyIsFoundAtItsSecondPlaceWithItsPath)
{
    EXPECT_FALSE(firstRepeatedKey(R"({"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]})").has_value());
    EXPECT_EQ(firstRepeatedKey(R"({"a": 1, "a": 2})"), QStringLiteral("a"));
    // Not JSON: an object opened where a key belongs (found by libFuzzer).
    EXPECT_EQ(firstRepeatedKey(R"({{"a": 1, "a": 2}})"), QStringLiteral("a"));
    EXPECT_EQ(firstRepeatedKey(R"({"wins": [{"t": 1}, {"t": 1, "x": "\"t\"", "t": 2}]})"), QStringLiteral("wins[1].t"));
    EXPECT_EQ(firstRepeatedKey(R"({"s": {"e": {"mid-level": {"p": 1, "p": 2}}}})"), QStringLiteral("s.e.mid-level.p"));
    // Spelt with escapes, the same key.
    EXPECT_EQ(firstRepeatedKey(R"({"body": 1, "b\u006fdy": 2})"), QStringLiteral("body"));
    // Strings that look like structure are not keys.
    EXPECT_FALSE(firstRepeatedKey(R"({"a": "\"a\": {", "b": ["a", "a"]})").has_value());
    // An object of many keys is sorted, not compared pairwise.
    QByteArray many = "{";
    for (int i = 0; i < 200000; ++i)
        many += "\"k" + QByteArray::number(i) + "\": 0,";
    EXPECT_FALSE(firstRepeatedKey(many + "\"end\": 0}").has_value());
    EXPECT_EQ(firstRepeatedKey(many + "\"k7\": 1, \"k3\": 1}"), QStringLiteral("k7"));
}

class LadderImportTest : public ::testing::Test
{
protected:
    std::unique_ptr<Workspace> open(const QString &name)
    {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(m_dir.file(name));
        EXPECT_TRUE(opened.ok()) << opened.error().message().toStdString();
        return opened ? std::move(*opened) : nullptr;
    }

    // An export of `count` wins, one per line as Ladder writes them, each
    // tagged and linked to a skill and (every tenth) to the file's goal.
    static QByteArray exportOf(int count, const QByteArray &winsKey = "wins")
    {
        QByteArray json = R"({"format": "ladder-export", "version": 1,
"goals": [{"id": 7, "uuid": "b0000000-0000-0000-0000-000000000007", "title": "Lead the drill", "status": "open", "created_on": "2026-01-01", "skills": [], "milestones": []}],
")" + winsKey
            + R"(": [)";
        for (int i = 0; i < count; ++i) {
            json += i == 0 ? "\n" : ",\n";
            json
                += QStringLiteral(
                       R"({"id": %1, "uuid": "a0000000-0000-0000-0000-%2", "date": "2026-%3-%4", "title": "Win number %1", "body": "Body of win %1", "tags": ["t%5"], "skills": ["debugging"], "goals": %6})")
                       .arg(i + 1)
                       .arg(i + 1, 12, 10, QLatin1Char('0'))
                       .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                       .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                       .arg(i % 50)
                       .arg(i % 10 == 0 ? QStringLiteral("[7]") : QStringLiteral("[]"))
                       .toUtf8();
        }
        json += "\n]}\n";
        return json;
    }

    static qint64 count(Workspace &ws, const char *sql)
    {
        Statement s(storesOf(ws).database(), sql);
        return s.step() ? s.int64(0) : -1;
    }

    TempDir m_dir;
};

TEST_F(LadderImportTest, ImportAcrossManyChunksKeepsEveryWinLinkAndIndexEntry)
{
    std::unique_ptr<Workspace> ws = open(QStringLiteral("a.db"));
    ASSERT_TRUE(ws);
    const Result<ImportSummary> summary = LadderExport::import(storesOf(*ws), exportOf(12345), QStringLiteral("big.json"), false);
    ASSERT_TRUE(summary.ok()) << summary.error().message().toStdString();
    EXPECT_EQ(summary->winsAdded, 12345);
    EXPECT_EQ(summary->goalsAdded, 1);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM win"), 12345);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM win_tag"), 12345);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM win_skill WHERE skill_slug = 'debugging'"), 12345);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM win_goal JOIN goal ON goal.id = win_goal.goal_id"), 1235);
    EXPECT_EQ(count(*ws, "SELECT max(id) FROM win"), 12345); // ids kept
    EXPECT_EQ(count(*ws, "SELECT rowid FROM win_fts WHERE win_fts MATCH '\"win number 12345\"'"), 12345);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM win_fts WHERE win_fts MATCH 'body'"), 12345);

    // Export, import elsewhere, export: the same bytes (both paths of the reader).
    const Result<QByteArray> first = LadderExport::write(storesOf(*ws));
    ASSERT_TRUE(first.ok());
    std::unique_ptr<Workspace> other = open(QStringLiteral("b.db"));
    ASSERT_TRUE(LadderExport::import(storesOf(*other), *first, QStringLiteral("first.json"), false).ok());
    const Result<QByteArray> second = LadderExport::write(storesOf(*other));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(*first, *second);

    // Again: everything is already there, matched by UUID.
    const Result<ImportSummary> again = LadderExport::import(storesOf(*ws), exportOf(12345), QStringLiteral("big.json"), false);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->winsAdded, 0);
    EXPECT_EQ(again->winsPresent, 12345);
}

TEST_F(LadderImportTest, AnErrorInALaterChunkNamesTheWinAndWritesNothing)
{
    std::unique_ptr<Workspace> ws = open(QStringLiteral("a.db"));
    ASSERT_TRUE(ws);
    QByteArray json = exportOf(12000);
    json.replace(R"("id": 7001, "uuid": "a0000000-0000-0000-0000-000000007001", "date": "2026-)",
                 R"("id": 7001, "uuid": "a0000000-0000-0000-0000-000000007001", "date": "2026-99-)");
    const Result<ImportSummary> bad = LadderExport::import(storesOf(*ws), json, QStringLiteral("big.json"), false);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message().startsWith(QStringLiteral("big.json: wins[7000].date: '2026-99-")))
        << bad.error().message().toStdString();
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM win"), 0);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM goal"), 0);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM win_fts WHERE win_fts MATCH 'body'"), 0);
}

TEST_F(LadderImportTest, ASyntaxErrorInsideAWinGivesTheWholeFilesLineAndColumn)
{
    std::unique_ptr<Workspace> ws = open(QStringLiteral("a.db"));
    ASSERT_TRUE(ws);
    QByteArray json = exportOf(6000);
    // Line 3 opens the array; win N (1-based) is on line N + 3.
    json.replace(R"("title": "Win number 5500",)", R"("title": "Win number 5500" "oops",)");
    const Result<ImportSummary> bad = LadderExport::import(storesOf(*ws), json, QStringLiteral("big.json"), false);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message().startsWith(QStringLiteral("big.json:5503:"))) << bad.error().message().toStdString();
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM win"), 0);

    QByteArray scalar = exportOf(3);
    scalar.replace("\n]}", ",\n42\n]}");
    const Result<ImportSummary> notObject = LadderExport::import(storesOf(*ws), scalar, QStringLiteral("s.json"), false);
    ASSERT_FALSE(notObject.ok());
    EXPECT_EQ(notObject.error().message(), QStringLiteral("s.json: wins[3]: expected an object"));
}

TEST_F(LadderImportTest, AWinsKeySpeltWithEscapesIsReadLikeAnyOther)
{
    std::unique_ptr<Workspace> ws = open(QStringLiteral("a.db"));
    ASSERT_TRUE(ws);
    const Result<ImportSummary> summary = LadderExport::import(storesOf(*ws), exportOf(20, "w\\u0069ns"), QStringLiteral("e.json"), false);
    ASSERT_TRUE(summary.ok()) << summary.error().message().toStdString();
    EXPECT_EQ(summary->winsAdded, 20);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM win_goal"), 2);
}

TEST_F(LadderImportTest, AGoalOfAWinMustBeInTheFileInEveryChunk)
{
    std::unique_ptr<Workspace> ws = open(QStringLiteral("a.db"));
    ASSERT_TRUE(ws);
    QByteArray json = exportOf(11000);
    json.replace(R"("title": "Win number 10001", "body": "Body of win 10001", "tags": ["t0"], "skills": ["debugging"], "goals": [7])",
                 R"("title": "Win number 10001", "body": "Body of win 10001", "tags": ["t0"], "skills": ["debugging"], "goals": [8])");
    const Result<ImportSummary> bad = LadderExport::import(storesOf(*ws), json, QStringLiteral("g.json"), true);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message(), QStringLiteral("g.json: wins[10000].goals: goal 8 is not in this file"));
}

} // namespace

namespace {

TEST_F(LadderImportTest, ARepeatedKeyOrUuidInALaterChunkWritesNothing)
{
    std::unique_ptr<Workspace> ws = open(QStringLiteral("a.db"));
    ASSERT_TRUE(ws);
    QByteArray repeatedKey = exportOf(9000);
    repeatedKey.replace(R"("title": "Win number 8001",)", R"("title": "Win number 8001", "title": "Other",)");
    const Result<ImportSummary> key = LadderExport::import(storesOf(*ws), repeatedKey, QStringLiteral("k.json"), false);
    ASSERT_FALSE(key.ok());
    EXPECT_TRUE(key.error().message().startsWith(QStringLiteral("k.json: wins[8000].title: duplicate key")))
        << key.error().message().toStdString();

    QByteArray repeatedUuid = exportOf(9000);
    repeatedUuid.replace(R"("uuid": "a0000000-0000-0000-0000-000000008001")", R"("uuid": "a0000000-0000-0000-0000-000000000002")");
    const Result<ImportSummary> uuid = LadderExport::import(storesOf(*ws), repeatedUuid, QStringLiteral("u.json"), false);
    ASSERT_FALSE(uuid.ok());
    EXPECT_TRUE(uuid.error().message().startsWith(QStringLiteral("u.json: wins[8000].uuid:"))) << uuid.error().message().toStdString();
    EXPECT_TRUE(uuid.error().message().contains(QStringLiteral("wins[1]"))) << uuid.error().message().toStdString();
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM win"), 0);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM goal"), 0);
}

} // namespace

namespace {

// A framework of an export is written in the order `framework export` writes
// it, and a key it repeats is refused with its path, nothing written.
TEST_F(LadderImportTest, AFrameworkOfAnExportIsInEditingOrderAndMayNotRepeatAKey)
{
    std::unique_ptr<Workspace> ws = open(QStringLiteral("a.db"));
    ASSERT_TRUE(ws);
    const Result<QByteArray> written = LadderExport::write(storesOf(*ws));
    ASSERT_TRUE(written.ok()) << written.error().message().toStdString();
    EXPECT_TRUE(written->contains("\"frameworks\": [\n{\"format\":\"ladder-framework\",\"version\":2,\"uuid\":"))
        << written->left(400).constData();

    std::unique_ptr<Workspace> other = open(QStringLiteral("b.db"));
    ASSERT_TRUE(other);
    const qint64 before = count(*other, "SELECT count(*) FROM skill");
    QByteArray repeated = *written;
    ASSERT_TRUE(repeated.contains("\"name\":\"Junior\""));
    repeated.replace("\"name\":\"Junior\"", "\"name\":\"Junior\",\"name\":\"Apprentice\"");
    const Result<ImportSummary> key = LadderExport::import(storesOf(*other), repeated, QStringLiteral("k.json"), false);
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.error().message(),
              QStringLiteral("k.json: frameworks[0].levels[0].name: duplicate key (a key appears once in an object)"));
    EXPECT_EQ(count(*other, "SELECT count(*) FROM skill"), before);
}

} // namespace
