// SPDX-License-Identifier: GPL-3.0-or-later
// Several ladders in one journal (docs/formats.md, "Several frameworks"):
// the user's level kept per framework, skills of a framework not in use
// known everywhere, ratings shared by slug told on import, and the identity
// rule for a framework the database already has.
#include "CliRunner.h"
#include "TempDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#define S(x) QStringLiteral(x)

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(LADDER_FIXTURES_DIR "/frameworks/") + QString::fromUtf8(name);
}

class SeveralFrameworks : public ::testing::Test
{
protected:
    TempDir m_dir;
    CliRunner m_cli{m_dir.file(S("ladder.db"))};

    CliResult ok(const QStringList &arguments)
    {
        const CliResult r = m_cli.run(arguments);
        EXPECT_EQ(r.code, 0) << arguments.join(u' ').toStdString() << ": " << r.err.toStdString();
        return r;
    }
    QString currentLevel()
    {
        const CliResult r = ok({S("level"), S("list"), S("--json")});
        for (const QJsonValue &level : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (level[S("current")].toBool())
                return level[S("slug")].toString();
        }
        return {};
    }
};

TEST_F(SeveralFrameworks, EachFrameworkKeepsTheUsersLevelAcrossSwitches)
{
    ok({S("level"), S("set"), S("senior")});
    ok({S("framework"), S("import"), fixture("third-party.json")});

    // Never set in acme-platform: said, not silently assumed.
    const CliResult use = ok({S("framework"), S("use"), S("acme-platform")});
    EXPECT_TRUE(use.err.contains(S("Your level in 'acme-platform' is not set; its lowest, Engineer I (engineer-1), stands in until: "
                                   "ladder-cli level set LEVEL")))
        << use.err.toStdString();
    ok({S("level"), S("set"), S("staff")});
    EXPECT_EQ(currentLevel(), S("staff"));

    ok({S("framework"), S("use"), S("software-engineer")});
    EXPECT_EQ(currentLevel(), S("senior"));
    const CliResult back = ok({S("framework"), S("use"), S("acme-platform")});
    EXPECT_TRUE(back.err.contains(S("Your level: Staff engineer (staff)."))) << back.err.toStdString();
    EXPECT_EQ(currentLevel(), S("staff"));
}

TEST_F(SeveralFrameworks, ImportActivateTakesTheLevelOrAsksOnATerminal)
{
    const CliResult withLevel
        = ok({S("framework"), S("import"), fixture("third-party.json"), S("--activate"), S("--level"), S("engineer-2")});
    EXPECT_TRUE(withLevel.err.contains(S("Your level in 'acme-platform': Engineer II (engineer-2)."))) << withLevel.err.toStdString();
    EXPECT_EQ(currentLevel(), S("engineer-2"));

    // A level the framework lacks is refused, naming the levels; nothing changes.
    TempDir other;
    CliRunner fresh(other.file(S("ladder.db")));
    ASSERT_EQ(fresh.run({S("win"), S("list")}).code, 0);
    const QByteArray before = fileBytes(fresh.dbPath());
    const CliResult bad = fresh.run({S("framework"), S("import"), fixture("third-party.json"), S("--activate"), S("--level"), S("senior")});
    EXPECT_EQ(bad.code, 1);
    EXPECT_EQ(bad.err.count(u'\n'), 1) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(S("unknown level 'senior'"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(S("engineer-1"))) << bad.err.toStdString();
    EXPECT_EQ(fileBytes(fresh.dbPath()), before);

    // On a terminal it asks: a wrong answer is told, a number picks a level.
    const CliResult asked = fresh.runOnTerminal({S("framework"), S("import"), fixture("third-party.json"), S("--activate")}, S("9\n3\n"));
    ASSERT_EQ(asked.code, 0) << asked.err.toStdString();
    EXPECT_TRUE(asked.err.contains(S("  3  staff  Staff engineer\n"))) << asked.err.toStdString();
    EXPECT_TRUE(asked.err.contains(S("'9' is not one of the levels above."))) << asked.err.toStdString();
    EXPECT_TRUE(asked.err.contains(S("Your level in 'acme-platform': Staff engineer (staff)."))) << asked.err.toStdString();

    // Without a terminal and without --level it says the level is not set.
    TempDir third;
    CliRunner piped(third.file(S("ladder.db")));
    const CliResult unset = piped.run({S("framework"), S("import"), fixture("third-party.json"), S("--activate")});
    ASSERT_EQ(unset.code, 0) << unset.err.toStdString();
    EXPECT_TRUE(unset.err.contains(S("Your level in 'acme-platform' is not set; its lowest, 'engineer-1', stands in")))
        << unset.err.toStdString();
}

TEST_F(SeveralFrameworks, RatingsSharedBySlugAreToldOnImport)
{
    ok({S("skill"), S("rate"), S("testing"), S("2"), S("--date"), S("2026-01-05")});
    ok({S("skill"), S("rate"), S("testing"), S("3"), S("--date"), S("2026-06-05")});
    ok({S("skill"), S("rate"), S("mentoring"), S("1")});
    ok({S("skill"), S("rate"), S("debugging"), S("3")}); // not an acme-platform skill
    const CliResult imported = ok({S("framework"), S("import"), fixture("third-party.json")});
    EXPECT_TRUE(imported.err.contains(S("\ntesting: 2 ratings from software-engineer will count here"))) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(S("\nmentoring: 1 rating from software-engineer will count here"))) << imported.err.toStdString();
    EXPECT_FALSE(imported.err.contains(S("debugging"))) << imported.err.toStdString();
}

TEST_F(SeveralFrameworks, SkillsOfAFrameworkNotInUseAreKnownEverywhere)
{
    ok({S("framework"), S("import"), fixture("third-party.json")});
    // on-call is acme-platform's only; software-engineer stays active.
    const CliResult added = ok({S("win"), S("add"), S("Took the first on-call week @on-call"), S("--date"), S("2026-03-04")});
    ok({S("win"), S("add"), S("Cut cloud spend"), S("--skill"), S("cloud-cost"), S("--date"), S("2026-03-05")});
    const CliResult listed = ok({S("win"), S("list"), S("--skill"), S("on-call"), S("--json")});
    const QJsonArray wins = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(wins.size(), 1) << listed.out.toStdString();
    EXPECT_EQ(wins.at(0)[S("skills")].toArray(), QJsonArray{S("on-call")});
    EXPECT_EQ(ok({S("win"), S("list"), S("--skill"), S("cloud-cost"), S("--json")}).out.count(S("\"id\"")), 1);
    EXPECT_EQ(ok({S("goal"), S("add"), S("Own the pager"), S("--skill"), S("on-call")}).code, 0);

    // A rating of it is checked on its own framework's scale.
    ok({S("skill"), S("rate"), S("on-call"), S("2")});
    const CliResult history = ok({S("skill"), S("history"), S("on-call"), S("--json")});
    EXPECT_TRUE(history.out.contains(S("\"rating\": 2"))) << history.out.toStdString();

    // One wording for a skill no framework has, wherever it is named.
    const QByteArray before = fileBytes(m_cli.dbPath());
    const QList<QStringList> unknown = {
        {S("win"), S("add"), S("x"), S("--skill"), S("on-cal")},
        {S("win"), S("list"), S("--skill"), S("on-cal")},
        {S("skill"), S("rate"), S("on-cal"), S("2")},
        {S("goal"), S("add"), S("x"), S("--skill"), S("on-cal")},
    };
    for (const QStringList &arguments : unknown) {
        const CliResult r = m_cli.run(arguments);
        EXPECT_EQ(r.code, 1) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(S("unknown skill 'on-cal' (did you mean 'on-call'?)")))
            << arguments.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    }
    const CliResult nothing = m_cli.run({S("skill"), S("rate"), S("zzzzzzzz"), S("2")});
    EXPECT_TRUE(nothing.err.contains(S("unknown skill 'zzzzzzzz' (no framework of this database has it)"))) << nothing.err.toStdString();
    EXPECT_EQ(fileBytes(m_cli.dbPath()), before);
}

TEST_F(SeveralFrameworks, TheBuiltInFrameworkIsByteIdenticalBetweenTwoFreshDatabases)
{
    TempDir other;
    CliRunner second(other.file(S("ladder.db")));
    const QString a = m_dir.file(S("a.json"));
    const QString b = m_dir.file(S("b.json"));
    ok({S("framework"), S("export"), S("-o"), a});
    ASSERT_EQ(second.run({S("framework"), S("export"), S("-o"), b}).code, 0);
    EXPECT_EQ(fileBytes(a), fileBytes(b));
    EXPECT_TRUE(fileBytes(a).contains("\"uuid\"")) << "the export carries the UUIDs";

    // Importing the one into the other changes nothing and says so.
    const QByteArray before = fileBytes(second.dbPath());
    const CliResult again = second.run({S("framework"), S("import"), a});
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(S("already present as it is in the file; nothing changed"))) << again.err.toStdString();
    EXPECT_EQ(fileBytes(second.dbPath()), before);
}

TEST_F(SeveralFrameworks, TheSameContentUnderOtherUuidsIsKeptAndTold)
{
    const QString exported = m_dir.file(S("se.json"));
    ok({S("framework"), S("export"), S("-o"), exported});
    QByteArray text = fileBytes(exported);
    // Another database's copy: the framework's own UUID differs.
    const qsizetype at = text.indexOf("\"uuid\": \"");
    ASSERT_GE(at, 0);
    text.replace(at + 9, 8, "00000000");
    const QString copy = m_dir.file(S("copy.json"));
    ASSERT_TRUE(writeBytes(copy, text));

    const QByteArray before = fileBytes(m_cli.dbPath());
    const CliResult kept = ok({S("framework"), S("import"), copy});
    EXPECT_TRUE(kept.err.contains(S("already here with the same content under other UUIDs"))) << kept.err.toStdString();
    EXPECT_FALSE(kept.err.contains(S("nothing changed"))) << kept.err.toStdString();
    EXPECT_EQ(fileBytes(m_cli.dbPath()), before);

    // --replace takes the file's UUIDs.
    ok({S("framework"), S("import"), copy, S("--replace")});
    const QString after = m_dir.file(S("after.json"));
    ok({S("framework"), S("export"), S("-o"), after});
    EXPECT_EQ(fileBytes(after), text);
}

TEST_F(SeveralFrameworks, ALadderImportNeverReplacesAFrameworkTheDatabaseHas)
{
    ok({S("framework"), S("import"), fixture("valid-minimal.json")});
    const QString exported = m_dir.file(S("all.json"));
    ok({S("export"), S("-o"), exported});

    // The other database has a "tiny" of its own, with other content.
    TempDir other;
    CliRunner second(other.file(S("ladder.db")));
    const QString edited = m_dir.file(S("tiny.json"));
    QByteArray tiny = fileBytes(fixture("valid-minimal.json"));
    tiny.replace("\"Tiny ladder\"", "\"Our own tiny ladder\"");
    ASSERT_TRUE(writeBytes(edited, tiny));
    ASSERT_EQ(second.run({S("framework"), S("import"), edited}).code, 0);

    const CliResult imported = second.run({S("import"), exported});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(S("Kept as they are here, differing from the file's: tiny"))) << imported.err.toStdString();
    const CliResult shown = second.run({S("framework"), S("show"), S("tiny"), S("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(shown.out.toUtf8())[S("name")].toString(), S("Our own tiny ladder"));
}

} // namespace

namespace {

// A company's points-based ladder (its own 0-5 scale, not-applicable levels,
// summaries, category descriptions, x- keys everywhere) comes out of the
// database as it went in: the export, its UUIDs aside, is the file.
TEST_F(SeveralFrameworks, APointsLadderSurvivesTheDatabaseWhole)
{
    ok({S("framework"), S("import"), fixture("points-ladder.json")});
    const QString exported = m_dir.file(S("points.json"));
    ok({S("framework"), S("export"), S("points-ladder"), S("-o"), exported});
    QByteArrayList kept;
    for (const QByteArray &line : fileBytes(exported).split('\n')) {
        if (!line.trimmed().startsWith("\"uuid\""))
            kept << line;
    }
    EXPECT_EQ(kept.join('\n'), fileBytes(fixture("points-ladder.json")));
}

} // namespace
