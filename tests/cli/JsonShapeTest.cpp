// SPDX-License-Identifier: GPL-3.0-or-later
// Every `--json` output has exactly the keys docs/formats.md ("Command
// output") documents, nested objects and list elements included: a key
// missing or added fails here, not in a script that reads it.

#include "CliRunner.h"
#include "TempDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

    TempDir m_dir;
    CliRunner m_cli{m_dir.file(S("ladder.db"))};
};

TEST_P(JsonShape, HasExactlyTheDocumentedKeys)
{
    const Shape &shape = GetParam();
    const CliResult r = m_cli.run(QStringList{S("--json")} + shape.arguments);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    QStringList keys;
    collectKeys(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), QString(), shape.maps, keys);
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
                  + goalRef("stages[].steps[].goals[].")}),
    [](const ::testing::TestParamInfo<Shape> &info) { return std::string(info.param.name); });

} // namespace
