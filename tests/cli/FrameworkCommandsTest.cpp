// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadInput.h"
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

// Drops every "uuid" key: what stays is the framework as a person sees it.
QJsonValue withoutUuids(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        o.remove(S("uuid"));
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = withoutUuids(it.value());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a;
        for (const QJsonValue &v : value.toArray())
            a.append(withoutUuids(v));
        return a;
    }
    return value;
}

class FrameworkCommands : public ::testing::Test
{
protected:
    TempDir m_dir;
    CliRunner m_cli{m_dir.file(S("ladder.db"))};

    QJsonDocument json(CliRunner &cli, const QStringList &arguments)
    {
        const CliResult r = cli.run(arguments + QStringList{S("--json")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8());
    }
    QJsonDocument json(const QStringList &arguments) { return json(m_cli, arguments); }
    QStringList activeAndSlugs()
    {
        QStringList out;
        for (const QJsonValue &v : json({S("framework"), S("list")}).array())
            out << (v[S("active")].toBool() ? S("*") : QString()) + v[S("slug")].toString();
        return out;
    }
    void import(CliRunner &cli, const QStringList &arguments)
    {
        const CliResult r = cli.run(QStringList{S("framework"), S("import")} + arguments);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
};

TEST_F(FrameworkCommands, ANewDatabaseHasTheBuiltInFrameworkWithNonDecreasingExpectations)
{
    EXPECT_EQ(activeAndSlugs(), QStringList{S("*software-engineer")});
    const QJsonObject fw = json({S("framework"), S("show")}).object();
    EXPECT_TRUE(fw[S("active")].toBool());
    QStringList levels;
    for (const QJsonValue &l : fw[S("levels")].toArray())
        levels << l[S("slug")].toString();
    EXPECT_EQ(levels, (QStringList{S("junior"), S("mid-level"), S("senior"), S("architect")}));
    int skills = 0;
    for (const QJsonValue &c : fw[S("categories")].toArray()) {
        for (const QJsonValue &s : c[S("skills")].toArray()) {
            ++skills;
            int previous = 0;
            for (const QString &level : std::as_const(levels)) {
                const int p = s[S("expectations")][level][S("proficiency")].toInt(-1);
                EXPECT_GE(p, previous) << s[S("slug")].toString().toStdString() << " at " << level.toStdString();
                previous = p;
            }
        }
    }
    EXPECT_EQ(skills, 25);

    // skill list shows all of it, in framework order.
    const QJsonArray list = json({S("skill"), S("list")}).array();
    ASSERT_EQ(list.size(), 25);
    EXPECT_EQ(list.first()[S("skill")].toString(), S("code-quality"));
    EXPECT_EQ(list.first()[S("category")].toString(), S("craft"));
    EXPECT_EQ(list.last()[S("skill")].toString(), S("learning"));
    EXPECT_EQ(list.last()[S("category")].toString(), S("impact"));
}

TEST_F(FrameworkCommands, ListAndShowAreReadable)
{
    const CliResult list = m_cli.run({S("framework"), S("list")});
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    EXPECT_EQ(list.out,
              S("   SLUG               NAME               LEVELS  CATEGORIES  SKILLS\n"
                "*  software-engineer  Software engineer  4       5           25\n"));
    const CliResult show = m_cli.run({S("framework"), S("show")});
    ASSERT_EQ(show.code, 0) << show.err.toStdString();
    EXPECT_TRUE(show.out.contains(S("Levels, lowest first: Junior (junior) \u2192 Mid-level (mid-level)"))) << show.out.toStdString();
    EXPECT_TRUE(show.out.contains(S("\n\nCATEGORY    SKILL                   JUNIOR        MID-LEVEL     SENIOR        ARCHITECT\n"
                                    "Craft       code-quality            1 learning    2 practising  3 fluent      3 fluent\n"
                                    "            testing                 1 learning    2 practising  3 fluent      3 fluent\n")))
        << show.out.toStdString();
    const CliResult skill = m_cli.run({S("framework"), S("show"), S("--skill"), S("debugging")});
    ASSERT_EQ(skill.code, 0) << skill.err.toStdString();
    EXPECT_TRUE(skill.out.startsWith(S("Debugging (debugging) \u00b7 Craft\n"))) << skill.out.toStdString();
    EXPECT_TRUE(skill.out.contains(S("\nArchitect: 4 leading\n  - "))) << skill.out.toStdString();
}

TEST_F(FrameworkCommands, ExportThenImportIntoAFreshDatabaseGivesTheSameFramework)
{
    import(m_cli, {fixture("third-party.json")});
    const QString first = m_dir.file(S("acme.json"));
    const QString second = m_dir.file(S("acme-again.json"));
    ASSERT_EQ(m_cli.run({S("framework"), S("export"), S("acme-platform"), S("-o"), first}).code, 0);

    CliRunner other(m_dir.file(S("other.db")));
    import(other, {first});
    ASSERT_EQ(other.run({S("framework"), S("export"), S("acme-platform"), S("-o"), second}).code, 0);
    EXPECT_EQ(fileBytes(first), fileBytes(second));
    EXPECT_EQ(json({S("framework"), S("show"), S("acme-platform")}), json(other, {S("framework"), S("show"), S("acme-platform")}));

    // The built-in one too: the fresh database already holds it, so the same
    // content is "already present", and an edited copy needs --replace.
    const QString builtIn = m_dir.file(S("se.json"));
    ASSERT_EQ(m_cli.run({S("framework"), S("export"), S("-o"), builtIn}).code, 0);
    const CliResult again = other.run({S("framework"), S("import"), builtIn});
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(S("nothing changed"))) << again.err.toStdString();
    EXPECT_EQ(withoutUuids(json({S("framework"), S("show")}).object()), withoutUuids(json(other, {S("framework"), S("show")}).object()));
}

TEST_F(FrameworkCommands, ExportToStandardOutputIsTheFileFormat)
{
    const CliResult r = m_cli.run({S("framework"), S("export"), S("-o"), S("-")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o[S("format")].toString(), S("ladder-framework"));
    EXPECT_EQ(o[S("version")].toInt(), 2);
    EXPECT_FALSE(o[S("uuid")].toString().isEmpty());
    EXPECT_FALSE(o.contains(S("active")));
}

TEST_F(FrameworkCommands, AThirdPartyLadderImportsAndDrivesSkillList)
{
    ASSERT_EQ(m_cli.run({S("skill"), S("rate"), S("testing"), S("2")}).code, 0);
    ASSERT_EQ(m_cli.run({S("skill"), S("rate"), S("debugging"), S("3")}).code, 0);
    ASSERT_EQ(m_cli.run({S("level"), S("set"), S("senior")}).code, 0);

    // Importing a new framework does not switch to it...
    const CliResult imported = m_cli.run({S("framework"), S("import"), fixture("third-party.json")});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.err,
              S("Imported framework 'acme-platform' (levels: 3, categories: 3, skills: 8). "
                "Switch to it with: ladder-cli framework use acme-platform\n"
                "testing: 1 rating from software-engineer will count here (ratings are kept by skill slug).\n"));
    EXPECT_EQ(activeAndSlugs(), (QStringList{S("*software-engineer"), S("acme-platform")}));

    // ...framework use does, keeping every rating; shared slugs count at once.
    const CliResult use = m_cli.run({S("framework"), S("use"), S("acme-platform")});
    ASSERT_EQ(use.code, 0) << use.err.toStdString();
    EXPECT_TRUE(use.err.contains(S("Your level in 'acme-platform' is not set; its lowest, Engineer I (engineer-1), stands in")))
        << use.err.toStdString();
    EXPECT_TRUE(use.err.contains(S("Rated skills of this framework: 1 of 8"))) << use.err.toStdString();
    const QJsonArray list = json({S("skill"), S("list")}).array();
    ASSERT_EQ(list.size(), 8);
    const QJsonObject testing = list.first().toObject();
    EXPECT_EQ(testing[S("skill")].toString(), S("testing"));
    EXPECT_EQ(testing[S("name")].toString(), S("Automated testing"));
    EXPECT_EQ(testing[S("rating")].toInt(), 2);
    EXPECT_EQ(testing[S("current_level")].toString(), S("engineer-1"));
    EXPECT_EQ(testing[S("target_level")].toString(), S("engineer-2"));
    EXPECT_EQ(testing[S("target_expects")].toInt(), 2);
    EXPECT_EQ(testing[S("gap")].toInt(), 0);
    const CliResult table = m_cli.run({S("skill"), S("list")});
    EXPECT_TRUE(table.out.startsWith(S("CATEGORY     SKILL                RATING        ENGINEER I (CURRENT)  ENGINEER II (NEXT)  GAP\n"
                                       "Engineering  testing              2 practising  1 learning            2 practising        0\n")))
        << table.out.toStdString();
    EXPECT_TRUE(
        table.out.contains(S("\nLeadership   mentoring            \u2014             0 none                1 learning          1\n")))
        << table.out.toStdString();

    // Switching back finds the level and the ratings where they were.
    ASSERT_EQ(m_cli.run({S("framework"), S("use"), S("software-engineer")}).code, 0);
    const QJsonArray back = json({S("skill"), S("list")}).array();
    ASSERT_EQ(back.size(), 25);
    EXPECT_EQ(back.at(2)[S("skill")].toString(), S("debugging"));
    EXPECT_EQ(back.at(2)[S("rating")].toInt(), 3);
    EXPECT_EQ(back.at(2)[S("current_level")].toString(), S("senior"));
}

TEST_F(FrameworkCommands, ActivateReplaceAndRemove)
{
    import(m_cli, {fixture("valid-minimal.json"), S("--activate")});
    EXPECT_EQ(activeAndSlugs(), (QStringList{S("*tiny"), S("software-engineer")}));

    // The same slug with other content needs --replace; it stays active.
    const QString edited = m_dir.file(S("tiny.json"));
    QByteArray text = fileBytes(fixture("valid-minimal.json"));
    text.replace("\"Tiny ladder\"", "\"Tiny ladder, edited\"");
    ASSERT_TRUE(writeBytes(edited, text));
    const QByteArray before = fileBytes(m_cli.dbPath());
    const CliResult refused = m_cli.run({S("framework"), S("import"), edited});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(S("add --replace"))) << refused.err.toStdString();
    EXPECT_EQ(fileBytes(m_cli.dbPath()), before);
    import(m_cli, {edited, S("--replace")});
    EXPECT_EQ(json({S("framework"), S("show")}).object()[S("name")].toString(), S("Tiny ladder, edited"));
    EXPECT_EQ(activeAndSlugs(), (QStringList{S("*tiny"), S("software-engineer")}));

    // The active framework cannot be removed; another one can.
    const CliResult active = m_cli.run({S("framework"), S("rm"), S("tiny"), S("--yes")});
    EXPECT_EQ(active.code, 1);
    EXPECT_TRUE(active.err.contains(S("is the active one"))) << active.err.toStdString();
    const CliResult removed = m_cli.run({S("framework"), S("rm"), S("software-engineer"), S("--yes")});
    EXPECT_EQ(removed.code, 0) << removed.err.toStdString();
    EXPECT_EQ(activeAndSlugs(), QStringList{S("*tiny")});
}

TEST_F(FrameworkCommands, AFileWithSeveralProblemsGetsOneLineEach)
{
    QByteArray text = fileBytes(fixture("bad-decreasing.json"));
    // (A different "format" stops at that one line: a file of another kind is not ours to pick apart.)
    text.replace("\"version\": 1", "\"version\": 99");
    text.replace("\"name\": \"Small fixture\"", "\"name\": \"Small fixture\", \"colour\": \"red\"");
    const QString file = m_dir.file(S("three.json"));
    ASSERT_TRUE(writeBytes(file, text));
    const CliResult r = m_cli.run({S("framework"), S("import"), file});
    EXPECT_EQ(r.code, 1);
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 4) << r.err.toStdString();
    EXPECT_EQ(lines.at(0).left(38), S("ladder-cli: error: three.json: colour:"));
    EXPECT_EQ(lines.at(1).left(39), S("ladder-cli: error: three.json: version:"));
    EXPECT_TRUE(lines.at(2).startsWith(
        S("ladder-cli: error: three.json: categories[0] (craft).skills[1] (testing).expectations.senior.proficiency: ")));
    EXPECT_EQ(lines.at(3), S("ladder-cli: error: three.json: 3 problems"));
}

TEST_F(FrameworkCommands, DryRunChecksAndChangesNothing)
{
    ASSERT_EQ(m_cli.run({S("check")}).code, 0);
    const QByteArray before = fileBytes(m_cli.dbPath());
    const CliResult r = m_cli.run({S("framework"), S("import"), fixture("third-party.json"), S("--dry-run")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(S("is valid; nothing imported"))) << r.err.toStdString();
    EXPECT_EQ(fileBytes(m_cli.dbPath()), before);
}

// --json: the problems as data on standard output, nothing on standard error,
// exit 1, nothing changed; with --dry-run too.
TEST_F(FrameworkCommands, ImportWithJsonListsTheProblems)
{
    ASSERT_EQ(m_cli.run({S("check")}).code, 0);
    const QByteArray before = fileBytes(m_cli.dbPath());
    const QString file = fixture("company-ladder-mistakes.json");
    for (const bool dryRun : {false, true}) {
        QStringList arguments{S("framework"), S("import"), file, S("--json")};
        if (dryRun)
            arguments << S("--dry-run");
        const CliResult r = m_cli.run(arguments);
        EXPECT_EQ(r.code, 1);
        EXPECT_EQ(r.err, QString());
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        EXPECT_EQ(o[S("file")].toString(), file);
        const QJsonArray problems = o[S("problems")].toArray();
        ASSERT_EQ(problems.size(), 12) << r.out.toStdString();
        EXPECT_EQ(problems.at(9).toObject(),
                  (QJsonObject{{S("path"), S("categories[1] (design).skills[0] (system-design).expectations.14")},
                               {S("message"), S("unknown level '14'; did you mean 'l4'?")}}));
    }
    const CliResult syntax = m_cli.run({S("--json"), S("framework"), S("import"), fixture("bad-syntax.json")});
    EXPECT_EQ(syntax.code, 1);
    EXPECT_EQ(QJsonDocument::fromJson(syntax.out.toUtf8()).object()[S("problems")].toArray().at(0).toObject(),
              (QJsonObject{{S("path"), S("")}, {S("message"), S("unterminated object")}, {S("line"), 6}, {S("column"), 4}}));
    EXPECT_EQ(fileBytes(m_cli.dbPath()), before);
}

// Every malformed framework file and every bad argument is refused cleanly
// (BadInput.h), naming the JSON path (tests/fixtures/frameworks/README.md) or
// the argument, and the problem.
class FrameworkBadInput : public FrameworkCommands, public ::testing::WithParamInterface<BadInput>
{
};

TEST_P(FrameworkBadInput, OneLineNothingChanged)
{
    import(m_cli, {fixture("valid-minimal.json")});
    m_cli.expectRefused(GetParam(), m_dir.path());
}

BadInput file(const char *name, const char *fileName, const QString &place, const QString &problem)
{
    return BadInput{name, ARGS(S("framework"), S("import"), fixture(fileName)), {}, 1, SAYS(place, problem)};
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, FrameworkBadInput,
    ::testing::Values(
        file("Syntax", "bad-syntax.json", S("bad-syntax.json:6:4: "), S("unterminated object")),
        file("NotObject", "bad-not-object.json", S("bad-not-object.json: (top): "), S("expected an object")),
        file("Format", "bad-format.json", S("bad-format.json: format: "), S("'something-else'")),
        file("Version", "bad-version.json", S("bad-version.json: version: "), S("version 99 is not supported")),
        file("UnknownKey", "bad-unknown-key.json", S(": categories[0] (craft).skills[0] (code-quality).colour: "),
             S("unknown key 'colour'")),
        file("MissingName", "bad-missing-name.json", S(": categories[0] (craft).skills[1] (testing).name: "), S("missing")),
        file("EmptyLevels", "bad-empty-levels.json", S(": levels: "), S("at least one level")),
        file("DuplicateLevel", "bad-duplicate-level.json", S(": levels[3] (senior).slug: "),
             S("duplicate level 'senior' (first at levels[2])")),
        file("DuplicateCategory", "bad-duplicate-category.json", S(": categories[2] (craft).slug: "),
             S("duplicate category 'craft' (first at categories[0])")),
        file("DuplicateSkill", "bad-duplicate-skill.json", S(": categories[0] (craft).skills[1] (code-quality).slug: "),
             S("duplicate skill 'code-quality' (first at categories[0] (craft).skills[0])")),
        file("DuplicateSkillAcrossCategories", "bad-duplicate-skill-across-categories.json",
             S(": categories[2] (people).skills[0] (testing).slug: "),
             S("duplicate skill 'testing' (first at categories[0] (craft).skills[1])")),
        file("Slug", "bad-slug.json", S(": categories[1] (systems).skills[0].slug: "),
             S("'System Design' is not a slug (lower-case letters, digits and single dashes, e.g. system-design); did you mean "
               "'system-design'?")),
        file("ProficiencyRange", "bad-proficiency-range.json",
             S(": categories[0] (craft).skills[1] (testing).expectations.senior.proficiency: "), S("7 is outside 0-4")),
        file("ProficiencyType", "bad-proficiency-type.json",
             S(": categories[0] (craft).skills[0] (code-quality).expectations.mid-level.proficiency: "),
             S("expected a whole number 0-4, found 'three'")),
        file("Decreasing", "bad-decreasing.json", S(": categories[0] (craft).skills[1] (testing).expectations.senior.proficiency: "),
             S("1 is lower than the 2 expected at 'mid-level'")),
        file("MissingLevelExpectation", "bad-missing-level-expectation.json",
             S(": categories[2] (people).skills[0] (mentoring).expectations: "),
             S("no expectation for 'senior': every skill needs one for every level")),
        file("UnknownLevelInExpectations", "bad-unknown-level-in-expectations.json",
             S(": categories[0] (craft).skills[0] (code-quality).expectations.principal: "),
             S("unknown level 'principal' (levels: junior, mid-level, senior)")),
        file("EmptyBehaviour", "bad-empty-behaviour.json",
             S(": categories[2] (people).skills[0] (mentoring).expectations.mid-level.behaviours[1]: "), S("non-empty text")),
        BadInput{
            "MissingFile", ARGS(S("framework"), S("import"), S("/nonexistent/f.json")), {}, 1, SAYS(S("/nonexistent/f.json"), S("f.json"))},
        BadInput{"UseUnknown", ARGS(S("framework"), S("use"), S("tiyn")), {}, 1, SAYS(S("'tiyn'"), S("did you mean 'tiny'"))},
        BadInput{
            "ShowUnknown", ARGS(S("framework"), S("show"), S("nope")), {}, 1, SAYS(S("'nope'"), S("frameworks: software-engineer, tiny"))},
        BadInput{"ShowUnknownSkill",
                 ARGS(S("framework"), S("show"), S("--skill"), S("debuging")),
                 {},
                 1,
                 SAYS(S("--skill"), S("did you mean 'debugging'"))},
        BadInput{"ExportUnknown",
                 ARGS(S("framework"), S("export"), S("acme"), S("-o"), S("-")),
                 {},
                 1,
                 SAYS(S("'acme'"), S("unknown framework"))},
        BadInput{"RemoveActive",
                 ARGS(S("framework"), S("rm"), S("software-engineer"), S("--yes")),
                 {},
                 1,
                 SAYS(S("'software-engineer'"), S("active"))},
        BadInput{"ExportWithoutOutput", ARGS(S("framework"), S("export")), {}, 2, SAYS(S("framework export"), S("-o FILE"))},
        BadInput{"ImportWithoutFile", ARGS(S("framework"), S("import")), {}, 2, SAYS(S("framework import"), S("missing FILE"))},
        BadInput{
            "UnknownSubcommand", ARGS(S("framework"), S("switch"), S("tiny")), {}, 2, SAYS(S("framework switch"), S("framework use"))}),
    badInputName);

} // namespace
