// SPDX-License-Identifier: GPL-3.0-or-later
// Every `--json` output has exactly the keys docs/formats.md ("Command
// output") documents, nested objects and list elements included: a key
// missing or added fails here, not in a script that reads it; and every
// key has the JSON type docs/formats.md gives it.

#include "CliRunner.h"
#include "GitTestRepo.h"
#include "TempDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <memory>

#include <gtest/gtest.h>

#define S(x) QStringLiteral(x)

namespace {

// The key paths of a JSON value: "a", "a.b", and "list[].c" for the keys of
// a list's objects (the union over its elements). The keys of an object in
// `maps` are data (a level's slug), so they all stand as "*".
void collectKeys(const QJsonValue &value, const QString &prefix, const QStringList &maps, QStringList &keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = maps.contains(prefix) ? QStringLiteral("*") : it.key();
            const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
            if (!keys.contains(path))
                keys << path;
            collectKeys(it.value(), path, maps, keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectKeys(element, prefix + QStringLiteral("[]"), maps, keys);
    }
}

// The JSON types seen under each key name (the last part of its path), as
// letters: s string, n number, b boolean, a array, o object, z null.
void collectTypes(const QJsonValue &value, const QString &name, QMap<QString, QString> &types)
{
    if (!name.isEmpty()) {
        const char letter = value.isString() ? 's'
            : value.isDouble()               ? 'n'
            : value.isBool()                 ? 'b'
            : value.isArray()                ? 'a'
            : value.isObject()               ? 'o'
                                             : 'z';
        if (!types[name].contains(QLatin1Char(letter)))
            types[name] += QLatin1Char(letter);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectTypes(it.value(), it.key(), types);
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            if (element.isObject())
                collectTypes(element, QString(), types);
        }
    }
}

// The types a key of that name may have in any output (docs/formats.md,
// "Command output"): one name means one kind of value everywhere, except
// where a listing counts what a full output lists (levels, skills) or a
// summary counts what a skill's line says yes or no to (unrated).
const QMap<QString, QString> &documentedTypes()
{
    static const QMap<QString, QString> types = {{S("id"), S("n")},
                                                 {S("uuid"), S("s")},
                                                 {S("date"), S("s")},
                                                 {S("title"), S("s")},
                                                 {S("body"), S("s")},
                                                 {S("impact"), S("s")},
                                                 {S("tags"), S("a")},
                                                 {S("skills"), S("an")},
                                                 {S("goals"), S("a")},
                                                 {S("starred"), S("b")},
                                                 {S("created_at"), S("s")},
                                                 {S("updated_at"), S("s")},
                                                 {S("source"), S("s")},
                                                 {S("note"), S("s")},
                                                 {S("status"), S("s")},
                                                 {S("created_on"), S("s")},
                                                 {S("due"), S("sz")},
                                                 {S("closed_on"), S("sz")},
                                                 {S("overdue"), S("b")},
                                                 {S("progress"), S("n")},
                                                 {S("milestones"), S("a")},
                                                 {S("n"), S("n")},
                                                 {S("text"), S("s")},
                                                 {S("done_on"), S("sz")},
                                                 {S("wins"), S("a")},
                                                 {S("goal"), S("n")},
                                                 {S("skill"), S("s")},
                                                 {S("rating"), S("nz")},
                                                 {S("rating_word"), S("sz")},
                                                 {S("rated_on"), S("sz")},
                                                 {S("category"), S("s")},
                                                 {S("category_name"), S("s")},
                                                 {S("name"), S("s")},
                                                 {S("current_level"), S("s")},
                                                 {S("current_expects"), S("n")},
                                                 {S("current_expects_word"), S("s")},
                                                 {S("target_level"), S("s")},
                                                 {S("target_expects"), S("n")},
                                                 {S("target_expects_word"), S("s")},
                                                 {S("gap"), S("n")},
                                                 {S("slug"), S("s")},
                                                 {S("description"), S("s")},
                                                 {S("rank"), S("n")},
                                                 {S("current"), S("b")},
                                                 {S("skills_met"), S("n")},
                                                 {S("active"), S("b")},
                                                 {S("levels"), S("an")},
                                                 {S("categories"), S("an")},
                                                 {S("format"), S("s")},
                                                 {S("version"), S("n")},
                                                 {S("expectations"), S("o")},
                                                 {S("proficiency"), S("n")},
                                                 {S("behaviours"), S("a")},
                                                 {S("level"), S("s")},
                                                 {S("level_name"), S("s")},
                                                 {S("as_of"), S("s")},
                                                 {S("gap_count"), S("n")},
                                                 {S("total_gap"), S("n")},
                                                 {S("uncovered_count"), S("n")},
                                                 {S("unrated_count"), S("n")},
                                                 {S("expected"), S("n")},
                                                 {S("difference"), S("n")},
                                                 {S("unrated"), S("bn")},
                                                 {S("uncovered"), S("bn")},
                                                 {S("period"), S("o")},
                                                 {S("from"), S("sn")},
                                                 {S("to"), S("sn")},
                                                 {S("percent"), S("n")},
                                                 {S("points"), S("n")},
                                                 {S("expected_skills"), S("n")},
                                                 {S("has_expectations"), S("b")},
                                                 {S("met"), S("n")},
                                                 {S("claimed"), S("n")},
                                                 {S("not_expected"), S("n")},
                                                 {S("not_applicable"), S("n")},
                                                 {S("full_points"), S("n")},
                                                 {S("skills_expected"), S("n")},
                                                 {S("evidence_wins"), S("n")},
                                                 {S("evidence"), S("a")},
                                                 {S("evidence_count"), S("n")},
                                                 {S("at_top"), S("b")},
                                                 {S("step_count"), S("n")},
                                                 {S("stages"), S("a")},
                                                 {S("steps"), S("a")},
                                                 {S("actions"), S("a")},
                                                 {S("repo"), S("s")},
                                                 {S("kind"), S("s")},
                                                 {S("topic"), S("s")},
                                                 {S("commits"), S("a")}};
    return types;
}

struct Shape
{
    const char *name;
    QStringList arguments; // after --json
    QStringList keys;      // every key path, in any order
    QStringList maps = {}; // paths of objects keyed by data
};

void PrintTo(const Shape &shape, std::ostream *os)
{
    *os << shape.name;
}

class JsonShape : public ::testing::TestWithParam<Shape>
{
protected:
    // One of everything, so that every list has an element to show its keys.
    void SetUp() override
    {
        for (const QStringList &args : {QStringList{S("goal"), S("add"), S("Lead the migration"), S("--skill"), S("testing"),
                                                    S("--milestone"), S("Write the plan"), S("--due"), S("2027-01-31")},
                                        QStringList{S("win"), S("add"), S("Cut p99 @perf"), S("--skill"), S("testing"), S("--impact"),
                                                    S("Conversion up"), S("--star"), S("--goal"), S("1"), S("--date"), S("2026-11-01")},
                                        QStringList{S("skill"), S("rate"), S("testing"), S("2"), S("--date"), S("2026-10-01")},
                                        QStringList{S("skill"), S("rate"), S("debugging"), S("3"), S("--date"), S("2026-10-01")}}) {
            const CliResult r = m_cli.run(args);
            ASSERT_EQ(r.code, 0) << r.err.toStdString();
        }
    }

    // The command's output as JSON; "{repo}" in the arguments is a small
    // git repository (for harvest git), made only for the shapes that ask.
    QJsonValue output(const QStringList &arguments)
    {
        QStringList resolved = arguments;
        if (resolved.contains(S("{repo}"))) {
            m_repo = std::make_unique<GitTestRepo>(m_dir.file(S("project")));
            m_repo->commit(S("feat(parser): add tokenizer"), S("2026-03-02T10:00:00+01:00"));
            m_repo->commit(S("fix(parser): handle empty input"), S("2026-03-02T11:00:00+01:00"));
            resolved.replace(resolved.indexOf(S("{repo}")), m_repo->path());
        }
        const CliResult r = m_cli.run(QStringList{S("--json")} + resolved);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    TempDir m_dir;
    CliRunner m_cli{m_dir.file(S("ladder.db"))};
    std::unique_ptr<GitTestRepo> m_repo;
};

TEST_P(JsonShape, HasExactlyTheDocumentedKeys)
{
    const Shape &shape = GetParam();
    QStringList keys;
    collectKeys(output(shape.arguments), QString(), shape.maps, keys);
    ASSERT_FALSE(keys.isEmpty());
    QStringList missing;
    for (const QString &key : shape.keys) {
        if (!keys.contains(key))
            missing << key;
    }
    QStringList undocumented;
    for (const QString &key : std::as_const(keys)) {
        if (!shape.keys.contains(key))
            undocumented << key;
    }
    EXPECT_TRUE(missing.isEmpty()) << "missing: " << missing.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(undocumented.isEmpty()) << "not documented: " << undocumented.join(QStringLiteral(", ")).toStdString();
}

TEST_P(JsonShape, EveryKeyHasTheDocumentedType)
{
    const Shape &shape = GetParam();
    QMap<QString, QString> types;
    collectTypes(output(shape.arguments), QString(), types);
    ASSERT_FALSE(types.isEmpty());
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        const QString &name = it.key();
        // The keys of a map keyed by data (expectations.LEVEL) are not names.
        if (!shape.maps.isEmpty() && !documentedTypes().contains(name))
            continue;
        ASSERT_TRUE(documentedTypes().contains(name)) << "no type documented for " << name.toStdString();
        for (const QChar letter : it.value())
            EXPECT_TRUE(documentedTypes().value(name).contains(letter))
                << shape.name << ": " << name.toStdString() << " is '" << it.value().toStdString() << "', documented '"
                << documentedTypes().value(name).toStdString() << "'";
    }
}

#define ARGS(...)                                                                                                                          \
    QStringList                                                                                                                            \
    {                                                                                                                                      \
        __VA_ARGS__                                                                                                                        \
    }

// `names` under `prefix`: at("wins[].", {"id"}) is {"wins[].id"}.
QStringList at(const char *prefix, std::initializer_list<const char *> names)
{
    QStringList keys;
    for (const char *name : names)
        keys << QString::fromUtf8(prefix) + QString::fromUtf8(name);
    return keys;
}

// The objects several outputs share (docs/formats.md, "Command output").
QStringList win(const char *prefix)
{
    return at(prefix, {"id", "uuid", "date", "title", "body", "impact", "tags", "skills", "goals", "starred", "created_at", "updated_at"});
}
QStringList goal(const char *prefix)
{
    const QString milestones = QString::fromUtf8(prefix) + QStringLiteral("milestones[].");
    return at(prefix,
              {"id", "uuid", "title", "note", "status", "created_on", "due", "closed_on", "overdue", "progress", "skills", "milestones"})
        + at(milestones.toUtf8().constData(), {"n", "uuid", "text", "due", "done_on"});
}
QStringList rating(const char *prefix)
{
    return at(prefix, {"id", "uuid", "skill", "rating", "rating_word", "date", "note", "created_at"});
}
QStringList goalRef(const char *prefix)
{
    return at(prefix, {"id", "title", "due", "progress"});
}

INSTANTIATE_TEST_SUITE_P(
    Commands, JsonShape,
    ::testing::Values(
        Shape{"WinList", ARGS(S("win"), S("list")), win("[].")}, Shape{"WinShow", ARGS(S("win"), S("show"), S("1")), win("")},
        Shape{"WinAdd", ARGS(S("win"), S("add"), S("Another")), at("", {"id"})}, Shape{"Search", ARGS(S("search"), S("p99")), win("[].")},
        Shape{"GoalList", ARGS(S("goal"), S("list")), goal("[].")},
        Shape{"GoalShow", ARGS(S("goal"), S("show"), S("1")), goal("") + at("", {"wins"}) + win("wins[].")},
        Shape{"GoalAdd", ARGS(S("goal"), S("add"), S("Another")), at("", {"id"})},
        Shape{"GoalMilestoneAdd", ARGS(S("goal"), S("milestone"), S("add"), S("1"), S("Ship it")), at("", {"goal", "n"})},
        Shape{"SkillList", ARGS(S("skill"), S("list")),
              at("[].",
                 {"skill", "name", "category", "category_name", "rating", "rating_word", "rated_on", "current_level", "current_expects",
                  "current_expects_word", "target_level", "target_expects", "target_expects_word", "gap"})},
        Shape{"SkillHistory", ARGS(S("skill"), S("history"), S("testing")), rating("[].")},
        Shape{"SkillRate", ARGS(S("skill"), S("rate"), S("testing"), S("3")), rating("")},
        Shape{"LevelList", ARGS(S("level"), S("list")),
              at("[].", {"slug", "name", "description", "rank", "current", "skills", "skills_expected", "skills_met"})},
        Shape{"FrameworkList", ARGS(S("framework"), S("list")),
              at("[].", {"slug", "uuid", "name", "description", "active", "levels", "categories", "skills"})},
        Shape{"FrameworkShow",
              ARGS(S("framework"), S("show")),
              at("", {"format", "version", "uuid", "slug", "name", "description", "active", "levels", "categories"})
                  + at("levels[].", {"uuid", "slug", "name", "description"}) + at("categories[].", {"uuid", "slug", "name", "skills"})
                  + at("categories[].skills[].",
                       {"uuid", "slug", "name", "description", "expectations", "expectations.*", "expectations.*.proficiency",
                        "expectations.*.behaviours"}),
              {S("categories[].skills[].expectations")}},
        Shape{
            // Architect: testing (rated 2, with a goal) is below its bar, so a gap lists a goal.
            "Gap", ARGS(S("gap"), S("--target"), S("architect")),
            at("",
               {"level", "level_name", "as_of", "gap_count", "expected_skills", "total_gap", "uncovered_count", "unrated_count", "skills"})
                + at("skills[].",
                     {"skill", "name", "category", "expected", "rating", "rated_on", "difference", "gap", "unrated", "uncovered", "goals"})
                + goalRef("skills[].goals[].")},
        Shape{"Readiness", ARGS(S("readiness")),
              at("", {"level",        "level_name",     "period",          "period.from",      "period.to",     "period.text", "percent",
                      "points",       "full_points",    "expected_skills", "has_expectations", "met",           "claimed",     "gap",
                      "not_expected", "not_applicable", "unrated",         "uncovered",        "evidence_wins", "categories"})
                  + at("categories[].",
                       {"category", "name", "percent", "points", "expected_skills", "has_expectations", "met", "claimed", "gap",
                        "not_expected", "not_applicable", "unrated", "skills"})
                  + at("categories[].skills[].",
                       {"skill", "name", "category", "expected", "rating", "rated_on", "status", "percent", "points", "gap", "unrated",
                        "uncovered", "evidence_count", "evidence", "goals"})
                  + at("categories[].skills[].evidence[].", {"id", "date", "title"}) + goalRef("categories[].skills[].goals[].")},
        Shape{"Roadmap", ARGS(S("roadmap")),
              at("", {"current_level", "as_of", "at_top", "step_count", "total_gap", "uncovered_count", "stages"})
                  + at("stages[].", {"level", "level_name", "rank", "total_gap", "uncovered_count", "steps"})
                  + at("stages[].steps[].",
                       {"skill", "name", "category", "rating", "from", "to", "gap", "unrated", "uncovered", "actions", "goals"})
                  + goalRef("stages[].steps[].goals[].")},
        Shape{"HarvestGit", ARGS(S("harvest"), S("git"), S("{repo}")),
              at("[].", {"date", "title", "body", "repo", "kind", "topic", "commits", "source"})}),
    [](const ::testing::TestParamInfo<Shape> &info) { return std::string(info.param.name); });

} // namespace
