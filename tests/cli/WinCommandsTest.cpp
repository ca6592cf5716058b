// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadInput.h"
#include "CliRunner.h"
#include "TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <sys/stat.h>

#define S(x) QStringLiteral(x)

namespace {

class WinCommands : public ::testing::Test
{
protected:
    TempDir m_dir;
    CliRunner m_cli{m_dir.file(QStringLiteral("ladder.db"))};

    QJsonArray listJson(const QStringList &extra = {})
    {
        const CliResult r = m_cli.run(QStringList{QStringLiteral("win"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    qint64 add(const QStringList &args)
    {
        const CliResult r = m_cli.run(QStringList{QStringLiteral("win"), QStringLiteral("add")} + args);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.out.trimmed().toLongLong();
    }
};

TEST_F(WinCommands, AddPrintsTheIdAndStoresEveryField)
{
    const qint64 id
        = add({QStringLiteral("Cut checkout p99 from 2s to 900ms @perf"), QStringLiteral("--skill"), QStringLiteral("performance"),
               QStringLiteral("--impact"), QStringLiteral("Conversion up 2%"), QStringLiteral("--star")});
    EXPECT_EQ(id, 1);
    const QJsonArray wins = listJson();
    ASSERT_EQ(wins.size(), 1);
    const QJsonObject w = wins.first().toObject();
    EXPECT_EQ(w.value(QStringLiteral("title")).toString(), QStringLiteral("Cut checkout p99 from 2s to 900ms"));
    EXPECT_EQ(w.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-22"));
    EXPECT_EQ(w.value(QStringLiteral("impact")).toString(), QStringLiteral("Conversion up 2%"));
    EXPECT_EQ(w.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("perf")});
    EXPECT_EQ(w.value(QStringLiteral("skills")).toArray(), QJsonArray{QStringLiteral("performance")});
    EXPECT_TRUE(w.value(QStringLiteral("starred")).toBool());
}

TEST_F(WinCommands, InlineDateTagsAndSkillsAsInJrnl)
{
    add({QStringLiteral("yesterday:"), QStringLiteral("Led the failover drill @distributed-systems #oncall")});
    add({QStringLiteral("last friday: Fix: the login bug @Backend.")});
    const QJsonArray wins = listJson();
    ASSERT_EQ(wins.size(), 2);
    const QJsonObject drill = wins.at(0).toObject();
    EXPECT_EQ(drill.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-21"));
    // The tags ending the title are taken out of it (domain/InlineTags.h).
    EXPECT_EQ(drill.value(QStringLiteral("title")).toString(), QStringLiteral("Led the failover drill"));
    EXPECT_EQ(drill.value(QStringLiteral("skills")).toArray(), QJsonArray{QStringLiteral("distributed-systems")});
    EXPECT_EQ(drill.value(QStringLiteral("tags")).toArray(), (QJsonArray{QStringLiteral("distributed-systems"), QStringLiteral("oncall")}));
    const QJsonObject fix = wins.at(1).toObject();
    EXPECT_EQ(fix.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-20")); // 2026-11-22 is a Sunday
    EXPECT_EQ(fix.value(QStringLiteral("title")).toString(), QStringLiteral("Fix: the login bug."));
    EXPECT_EQ(fix.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("backend")});
    EXPECT_TRUE(fix.value(QStringLiteral("skills")).toArray().isEmpty());
}

TEST_F(WinCommands, ATagInsideTheTitleKeepsItsWordAndLookalikesStayText)
{
    add({S("Paired with #frontend on the login page, C# and issue #482 @Pairing")});
    const QJsonObject w = listJson().first().toObject();
    EXPECT_EQ(w[S("title")].toString(), S("Paired with frontend on the login page, C# and issue #482"));
    EXPECT_EQ(w[S("tags")].toArray(), (QJsonArray{S("frontend"), S("pairing")}));
}

TEST_F(WinCommands, ATitleOfTagsOnlyIsRefusedAndCreatesNoDatabase)
{
    const CliResult r = m_cli.run({S("win"), S("add"), S("yesterday: @perf, #oncall.")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, S("ladder-cli: error: the win has no title (only tags were given); nothing was saved\n"));
    EXPECT_FALSE(QFile::exists(m_cli.dbPath()));

    add({S("A real win")});
    const CliResult edited = m_cli.run({S("win"), S("edit"), S("1"), S("#perf")});
    EXPECT_EQ(edited.code, 1);
    EXPECT_EQ(edited.err, S("ladder-cli: error: the win has no title (only tags were given)\n"));
    EXPECT_EQ(listJson().first().toObject()[S("title")].toString(), S("A real win"));
}

TEST_F(WinCommands, EditTakesTheTagsOutOfANewTitle)
{
    add({S("Draft title"), S("--tag"), S("kept")});
    ASSERT_EQ(m_cli.run({S("win"), S("edit"), S("1"), S("Final title @performance #review.")}).code, 0);
    const QJsonObject w = listJson().first().toObject();
    EXPECT_EQ(w[S("title")].toString(), S("Final title."));
    EXPECT_EQ(w[S("tags")].toArray(), (QJsonArray{S("kept"), S("performance"), S("review")}));
    EXPECT_EQ(w[S("skills")].toArray(), QJsonArray{S("performance")});
}

TEST_F(WinCommands, SearchFindsWordsPhrasesPrefixesAndExcludes)
{
    add({QStringLiteral("Cut checkout p99 from 2s to 900ms"), QStringLiteral("--impact"), QStringLiteral("faster payments")});
    add({QStringLiteral("Wrote the checkout runbook"), QStringLiteral("--tag"), QStringLiteral("docs")});
    add({QStringLiteral("Mentored two juniors")});
    auto ids = [&](const QStringList &query) {
        const CliResult r = m_cli.run(QStringList{QStringLiteral("search"), QStringLiteral("--json")} + query);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        QList<qint64> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            out << v.toObject().value(QStringLiteral("id")).toInteger();
        return out;
    };
    EXPECT_EQ(ids({QStringLiteral("p99")}), QList<qint64>{1});
    EXPECT_EQ(ids({QStringLiteral("checkout")}), (QList<qint64>{2, 1}));
    EXPECT_EQ(ids({QStringLiteral("checkout"), QStringLiteral("-runbook")}), QList<qint64>{1});
    EXPECT_EQ(ids({QStringLiteral("\"checkout runbook\"")}), QList<qint64>{2});
    EXPECT_EQ(ids({QStringLiteral("mentor*")}), QList<qint64>{3});
    EXPECT_EQ(ids({QStringLiteral("payments")}), QList<qint64>{1}); // impact is indexed
    EXPECT_EQ(ids({QStringLiteral("docs")}), QList<qint64>{2});     // and tags
}

TEST_F(WinCommands, FiltersByPeriodSkillTagAndStar)
{
    add({QStringLiteral("Old win"), QStringLiteral("--date"), QStringLiteral("2025-06-01")});
    add({QStringLiteral("Q3 win @perf"), QStringLiteral("--date"), QStringLiteral("2026-08-10"), QStringLiteral("--skill"),
         QStringLiteral("performance")});
    add({QStringLiteral("Recent win"), QStringLiteral("--star")});
    EXPECT_EQ(listJson({QStringLiteral("--period"), QStringLiteral("this-year")}).size(), 2);
    EXPECT_EQ(listJson({QStringLiteral("--period"), QStringLiteral("2026-Q3")}).size(), 1);
    EXPECT_EQ(listJson({QStringLiteral("--skill"), QStringLiteral("performance")}).size(), 1);
    EXPECT_EQ(listJson({QStringLiteral("--tag"), QStringLiteral("perf")}).size(), 1);
    EXPECT_EQ(listJson({QStringLiteral("--starred")}).size(), 1);
    EXPECT_EQ(listJson({QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--limit"), QStringLiteral("1")}).size(), 1);
    EXPECT_EQ(listJson({QStringLiteral("--on"), QStringLiteral("2025-06-01")}).size(), 1);
}

TEST_F(WinCommands, ExportThenImportIntoAnotherFileGivesTheSameBytes)
{
    add({QStringLiteral("Cut checkout p99 @perf"), QStringLiteral("--skill"), QStringLiteral("performance"), QStringLiteral("--impact"),
         QStringLiteral("…")});
    add({QStringLiteral("Led the failover drill"), QStringLiteral("--star"), QStringLiteral("--body"),
         QStringLiteral("# Notes\n\n- rehearsed *twice*")});
    const QString first = m_dir.file(QStringLiteral("first.json"));
    const QString second = m_dir.file(QStringLiteral("second.json"));
    ASSERT_EQ(m_cli.run({QStringLiteral("export"), QStringLiteral("-o"), first}).code, 0);

    CliRunner other(m_dir.file(QStringLiteral("other.db")));
    const CliResult imported = other.run({QStringLiteral("import"), first});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QStringLiteral("Added 2 wins")));
    ASSERT_EQ(other.run({QStringLiteral("export"), QStringLiteral("-o"), second}).code, 0);
    EXPECT_EQ(fileBytes(first), fileBytes(second));

    // Importing again adds nothing: rows are matched by UUID.
    const CliResult again = other.run({QStringLiteral("import"), first});
    EXPECT_TRUE(again.err.contains(QStringLiteral("already present: 2 wins"))) << again.err.toStdString();
}

// `win list` and `search` print as the rows are read: the first
// WinListPrinter::MeasuredRows rows set the columns, a later wider cell is
// shown whole rather than cut (its row runs past the column: the layout a
// whole table had, measured over every row, changed here on purpose), and
// --json is still one array of every hit.
TEST_F(WinCommands, LongListingsStreamWithColumnsFromTheFirstPage)
{
    add({QStringLiteral("Seed win @seed"), QStringLiteral("--date"), QStringLiteral("2026-01-01")});
    const QString exported = m_dir.file(QStringLiteral("one.json"));
    ASSERT_EQ(m_cli.run({QStringLiteral("export"), QStringLiteral("-o"), exported}).code, 0);
    QJsonObject file = QJsonDocument::fromJson(fileBytes(exported)).object();
    const QJsonObject seed = file.value(QStringLiteral("wins")).toArray().first().toObject();
    QJsonArray wins;
    for (int i = 1; i <= 400; ++i) {
        QJsonObject w = seed;
        w.insert(QStringLiteral("id"), i);
        w.insert(QStringLiteral("uuid"), QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        // Newest first: win 1 is listed last, with the widest title and tag.
        w.insert(QStringLiteral("date"), QDate(2025, 1, 1).addDays(i).toString(Qt::ISODate));
        w.insert(QStringLiteral("title"),
                 i == 1 ? QStringLiteral("Streamed 1, the longest title of the listing") : QStringLiteral("Streamed %1").arg(i));
        w.insert(QStringLiteral("tags"), QJsonArray{i == 1 ? QStringLiteral("a-much-wider-tag-than-any-other") : QStringLiteral("short")});
        wins.append(w);
    }
    file.insert(QStringLiteral("wins"), wins);
    const QString many = m_dir.file(QStringLiteral("many.json"));
    QFile out(many);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(file).toJson());
    out.close();
    CliRunner other(m_dir.file(QStringLiteral("many.db")), QDate(2026, 11, 22));
    ASSERT_EQ(other.run({QStringLiteral("import"), many}).code, 0);

    const CliResult listed = other.run({QStringLiteral("search"), QStringLiteral("streamed")});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 401);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("ID ")));
    // The columns of the first page hold for the rows after it.
    const qsizetype tagColumn = lines.at(0).indexOf(QStringLiteral("TAGS"));
    EXPECT_EQ(lines.at(300).indexOf(QStringLiteral("short")), tagColumn) << lines.at(300).toStdString();
    // A later, wider title is shown whole and pushes its own row's tags along.
    EXPECT_TRUE(lines.last().contains(QStringLiteral("Streamed 1, the longest title of the listing  "))) << lines.last().toStdString();
    EXPECT_TRUE(lines.last().endsWith(QStringLiteral("  a-much-wider-tag-than-any-other"))) << lines.last().toStdString();
    EXPECT_GT(lines.last().indexOf(QStringLiteral("a-much")), tagColumn);

    const CliResult json = other.run({QStringLiteral("search"), QStringLiteral("streamed"), QStringLiteral("--json")});
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    QJsonParseError error;
    const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_EQ(hits.size(), 400);
    EXPECT_EQ(hits.first().toObject().value(QStringLiteral("id")).toInt(), 400);
    EXPECT_EQ(hits.last().toObject().value(QStringLiteral("tags")).toArray(),
              QJsonArray{QStringLiteral("a-much-wider-tag-than-any-other")});
}

TEST_F(WinCommands, DryRunImportReportsAndChangesNothing)
{
    add({QStringLiteral("A win")});
    const QString file = m_dir.file(QStringLiteral("e.json"));
    ASSERT_EQ(m_cli.run({QStringLiteral("export"), QStringLiteral("-o"), file}).code, 0);
    CliRunner other(m_dir.file(QStringLiteral("other.db")));
    ASSERT_EQ(other.run({QStringLiteral("check")}).code, 0);
    const QByteArray before = fileBytes(other.dbPath());
    const CliResult r = other.run({QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("Would add 1 wins"))) << r.err.toStdString();
    EXPECT_EQ(fileBytes(other.dbPath()), before);
}

TEST_F(WinCommands, ExportsAJrnlJournalFileToStandardOutput)
{
    add({S("Shipped the billing migration @launch"), S("--date"), S("2026-03-04"), S("--skill"), S("performance"), S("--impact"),
         S("Conversion up 2%"), S("--star")});
    add({S("Fixed the flaky login test"), S("--date"), S("2026-03-05")});
    const CliResult r = m_cli.run({S("export"), S("--format"), S("jrnl-text"), S("-o"), S("-")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.toStdString(),
              "[2026-03-04 09:00] Shipped the billing migration *\n"
              "@launch @performance\n"
              "\n"
              "Impact: Conversion up 2%\n"
              "\n"
              "[2026-03-05 09:00] Fixed the flaky login test\n");
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();

    // jrnl's journal.txt: a .txt name alone is still a ladder export, and a
    // journal file is no .json.
    const QString text = m_dir.file(S("journal.txt"));
    ASSERT_EQ(m_cli.run({S("export"), S("--format"), S("jrnl-text"), S("-o"), text}).code, 0);
    EXPECT_EQ(QString::fromUtf8(fileBytes(text)), r.out);
    const QString plain = m_dir.file(S("everything.txt"));
    ASSERT_EQ(m_cli.run({S("export"), S("-o"), plain}).code, 0);
    EXPECT_TRUE(fileBytes(plain).startsWith("{"));
    const CliResult json = m_cli.run({S("export"), S("--format"), S("jrnl-text"), S("-o"), m_dir.file(S("journal.json"))});
    EXPECT_EQ(json.code, 1);
    EXPECT_TRUE(json.err.contains(S("use a .txt name"))) << json.err.toStdString();

    // And it imports back as a jrnl file, skills linked again.
    CliResult imported = CliRunner(m_dir.file(S("other.db"))).run({S("import"), text, S("--format"), S("jrnl-text")});
    EXPECT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.startsWith(S("Added 2 wins"))) << imported.err.toStdString();
}

// Every bad input is refused cleanly (BadInput.h).
class WinBadInput : public WinCommands, public ::testing::WithParamInterface<BadInput>
{
};

TEST_P(WinBadInput, OneLineNothingChanged)
{
    add({QStringLiteral("An existing win @perf")});
    m_cli.expectRefused(GetParam(), m_dir.path());
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, WinBadInput,
    ::testing::Values(
        BadInput{"UnknownSkill", ARGS(S("win"), S("add"), S("x"), S("--skill"), S("perf")), {}, 1, SAYS(S("did you mean 'performance'"))},
        BadInput{"ImpossibleDate", ARGS(S("win"), S("add"), S("x"), S("--date"), S("2026-02-30")), {}, 1, SAYS(S("2026-02-30"))},
        BadInput{"UnknownDateWord", ARGS(S("win"), S("add"), S("x"), S("--date"), S("someday")), {}, 1, SAYS(S("--date"))},
        BadInput{"UnknownGoal", ARGS(S("win"), S("add"), S("x"), S("--goal"), S("42")), {}, 1, SAYS(S("no goal with id 42"))},
        BadInput{"GoalNotANumber", ARGS(S("win"), S("add"), S("x"), S("--goal"), S("abc")), {}, 1, SAYS(S("--goal abc"))},
        BadInput{"EmptyStdin", ARGS(S("win"), S("add")), {}, 1, SAYS(S("empty"))},
        BadInput{"UnbalancedQuote", ARGS(S("search"), S("\"p99")), {}, 1, SAYS(S("unbalanced quote"))},
        BadInput{"LoneOperator", ARGS(S("search"), S("-")), {}, 1, SAYS(S("lone '-'"))},
        BadInput{"OnlyExclusions", ARGS(S("search"), S("-perf")), {}, 1, SAYS(S("at least one word"))},
        BadInput{"BadPeriod", ARGS(S("win"), S("list"), S("--period"), S("2026-Q5")), {}, 1, SAYS(S("--period"))},
        BadInput{"BadLimit", ARGS(S("win"), S("list"), S("--limit"), S("lots")), {}, 1, SAYS(S("--limit"))},
        BadInput{"ToBeforeFrom",
                 ARGS(S("win"), S("list"), S("--from"), S("2026-05-01"), S("--to"), S("2026-04-01")),
                 {},
                 1,
                 SAYS(S("before --from"))},
        BadInput{"FilterUnknownSkill", ARGS(S("win"), S("list"), S("--skill"), S("debuging")), {}, 1, SAYS(S("did you mean 'debugging'"))},
        BadInput{"ShowMissing", ARGS(S("win"), S("show"), S("99")), {}, 1, SAYS(S("no win with id 99"))},
        BadInput{"ShowNotAnId", ARGS(S("win"), S("show"), S("first")), {}, 1, SAYS(S("not an id"))},
        BadInput{"RemoveMissing", ARGS(S("win"), S("rm"), S("99"), S("--yes")), {}, 1, SAYS(S("no win with id 99"))},
        BadInput{"EditMissing", ARGS(S("win"), S("edit"), S("99"), S("--star")), {}, 1, SAYS(S("no win with id 99"))},
        BadInput{"ImportMissingFile", ARGS(S("import"), S("/nonexistent/x.json")), {}, 1, SAYS(S("/nonexistent/x.json"))},
        BadInput{"UnknownCommand", ARGS(S("wins")), {}, 2, SAYS(S("unknown command 'wins'"))},
        BadInput{"UnknownSubcommand", ARGS(S("win"), S("delete")), {}, 2, SAYS(S("unknown command 'win delete'"))},
        BadInput{"UnknownOption", ARGS(S("win"), S("list"), S("--colour")), {}, 2, SAYS(S("colour"))},
        BadInput{"MissingArgument", ARGS(S("win"), S("show")), {}, 2, SAYS(S("missing ID"))}),
    badInputName);

TEST_F(WinCommands, MalformedImportIsRejectedWholeWithItsPlace)
{
    add({QStringLiteral("An existing win")});
    const QByteArray before = fileBytes(m_cli.dbPath());
    const QString file = m_dir.file(QStringLiteral("bad.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "ladder-export", "version": 1, "wins": [
  {"uuid": "a0000000-0000-0000-0000-000000000001", "date": "2026-01-02", "title": "fine"},
  {"uuid": "a0000000-0000-0000-0000-000000000002", "date": "2026-13-40", "title": "bad date"}
]})");
    f.close();
    const CliResult r = m_cli.run({QStringLiteral("import"), file});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("ladder-cli: error: bad.json: wins[1].date: '2026-13-40' is not a date (YYYY-MM-DD)"));
    EXPECT_EQ(fileBytes(m_cli.dbPath()), before);

    QFile syntax(m_dir.file(QStringLiteral("syntax.json")));
    ASSERT_TRUE(syntax.open(QIODevice::WriteOnly));
    syntax.write("{\"format\": \"ladder-export\",\n \"wins\": [1 2]}");
    syntax.close();
    const CliResult s = m_cli.run({QStringLiteral("import"), syntax.fileName()});
    EXPECT_EQ(s.code, 1);
    EXPECT_TRUE(s.err.contains(QStringLiteral("syntax.json:2:"))) << s.err.toStdString();
    EXPECT_EQ(fileBytes(m_cli.dbPath()), before);
}

TEST_F(WinCommands, EditorOnATerminalAndEmptyTextSavesNothing)
{
    const QString script = m_dir.file(QStringLiteral("editor.sh"));
    QFile f(script);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    // Writes a win above the template's scissors line, as a person would.
    f.write("#!/bin/sh\nprintf 'yesterday: Shipped the search @delivery\\n\\nBody with **Markdown**.\\n' | cat - \"$1\" > \"$1.new\" && mv "
            "\"$1.new\" \"$1\"\n");
    f.close();
    QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner);
    const CliResult r = m_cli.runOnTerminal({QStringLiteral("win"), QStringLiteral("add")}, {}, script);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray wins = listJson();
    ASSERT_EQ(wins.size(), 1);
    EXPECT_EQ(wins.first()[QStringLiteral("title")].toString(), QStringLiteral("Shipped the search"));
    EXPECT_EQ(wins.first()[QStringLiteral("body")].toString(), QStringLiteral("Body with **Markdown**."));
    EXPECT_EQ(wins.first()[QStringLiteral("date")].toString(), QStringLiteral("2026-11-21"));
    EXPECT_EQ(wins.first()[QStringLiteral("skills")].toArray(), QJsonArray{QStringLiteral("delivery")});

    const CliResult empty = m_cli.runOnTerminal({QStringLiteral("win"), QStringLiteral("add")}, {}, QStringLiteral("true"));
    EXPECT_EQ(empty.code, 1);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("nothing was saved")));
    EXPECT_EQ(listJson().size(), 1);
}

TEST_F(WinCommands, StdinIsTheTextWhenPiped)
{
    const CliResult r = m_cli.run({QStringLiteral("win"), QStringLiteral("add")}, QStringLiteral("Piped win @testing\nwith a body\n"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject w = listJson().first().toObject();
    EXPECT_EQ(w[QStringLiteral("title")].toString(), QStringLiteral("Piped win"));
    EXPECT_EQ(w[QStringLiteral("body")].toString(), QStringLiteral("with a body"));
    EXPECT_EQ(w[QStringLiteral("skills")].toArray(), QJsonArray{QStringLiteral("testing")});
}

TEST_F(WinCommands, EditChangesOnlyWhatIsGiven)
{
    add({QStringLiteral("Draft title @perf"), QStringLiteral("--impact"), QStringLiteral("kept")});
    const CliResult r
        = m_cli.run({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--star"),
                     QStringLiteral("--skill"), QStringLiteral("performance"), QStringLiteral("--remove-tag"), QStringLiteral("perf")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject w = listJson().first().toObject();
    EXPECT_EQ(w[QStringLiteral("title")].toString(), QStringLiteral("Draft title"));
    EXPECT_EQ(w[QStringLiteral("impact")].toString(), QStringLiteral("kept"));
    EXPECT_TRUE(w[QStringLiteral("starred")].toBool());
    EXPECT_TRUE(w[QStringLiteral("tags")].toArray().isEmpty());
    EXPECT_EQ(w[QStringLiteral("skills")].toArray(), QJsonArray{QStringLiteral("performance")});
}

TEST_F(WinCommands, RemoveAsksOnATerminal)
{
    add({QStringLiteral("Keep me")});
    const CliResult no = m_cli.runOnTerminal({QStringLiteral("win"), QStringLiteral("rm"), QStringLiteral("1")}, QStringLiteral("n\n"));
    EXPECT_EQ(no.code, 1);
    EXPECT_EQ(listJson().size(), 1);
    const CliResult yes = m_cli.runOnTerminal({QStringLiteral("win"), QStringLiteral("rm"), QStringLiteral("1")}, QStringLiteral("y\n"));
    EXPECT_EQ(yes.code, 0) << yes.err.toStdString();
    EXPECT_EQ(listJson().size(), 0);
}

TEST_F(WinCommands, DatabaseAndBackupAreOwnerOnlyWhateverTheUmask)
{
    const mode_t old = umask(0);
    add({QStringLiteral("A win")});
    const QString backup = m_dir.file(QStringLiteral("copy.db"));
    const CliResult r = m_cli.run({QStringLiteral("backup"), backup});
    umask(old);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    struct stat st = {};
    ASSERT_EQ(stat(QFile::encodeName(m_cli.dbPath()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    ASSERT_EQ(stat(QFile::encodeName(backup).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    CliRunner copy(backup);
    EXPECT_EQ(copy.run({QStringLiteral("check")}).code, 0);
    EXPECT_EQ(copy.run({QStringLiteral("win"), QStringLiteral("list"), QStringLiteral("--json")}).out.count(QStringLiteral("\"uuid\"")), 1);
}

TEST_F(WinCommands, NewerOrForeignFilesAreRefusedUntouched)
{
    add({QStringLiteral("A win")});
    // Pretend a future Ladder wrote it: user_version is bytes 60-63 of the header.
    QByteArray bytes = fileBytes(m_cli.dbPath());
    bytes[63] = char(9);
    QFile f(m_cli.dbPath());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const CliResult r = m_cli.run({QStringLiteral("win"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer Ladder (schema version 9"))) << r.err.toStdString();
    EXPECT_EQ(fileBytes(m_cli.dbPath()), bytes);

    const QString text = m_dir.file(QStringLiteral("notes.txt"));
    QFile t(text);
    ASSERT_TRUE(t.open(QIODevice::WriteOnly));
    t.write(QByteArray(4096, 'x'));
    t.close();
    CliRunner other(text);
    const CliResult n = other.run({QStringLiteral("win"), QStringLiteral("list")});
    EXPECT_EQ(n.code, 1);
    EXPECT_TRUE(n.err.contains(QStringLiteral("not a Ladder database"))) << n.err.toStdString();
    EXPECT_EQ(fileBytes(text), QByteArray(4096, 'x'));
}

} // namespace
