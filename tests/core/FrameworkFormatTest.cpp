// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FrameworkFormat.h"
#include "io/JsonWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace ladder;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(LADDER_FIXTURES_DIR "/frameworks/") + QString::fromUtf8(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

QStringList lines(const Error &error)
{
    return error.problems().isEmpty() ? QStringList{error.message()} : error.problems();
}

// A small valid version 2 framework: `levelsAndMore` is spliced in after its
// top-level name, `senior` is its one skill's `senior` expectation.
QByteArray small(const char *levelsAndMore = "", const char *senior = "\"proficiency\": 3")
{
    return QByteArray("{\"format\": \"ladder-framework\", \"version\": 2, \"slug\": \"s\", \"name\": \"S\"") + levelsAndMore
        + ", \"levels\": [{\"slug\": \"junior\", \"name\": \"Junior\"}, {\"slug\": \"senior\", \"name\": \"Senior\"}],"
          " \"categories\": [{\"slug\": \"craft\", \"name\": \"Craft\", \"skills\": [{\"slug\": \"testing\", \"name\": \"Testing\","
          " \"expectations\": {\"junior\": {\"proficiency\": 1}, \"senior\": {"
        + senior + "}}}]}]}";
}

} // namespace

// (a) A points-based ladder: its own 0-5 scale, extension keys on every kind
// of object, a not-applicable level, summaries and category descriptions
// all survive; the fixture is written as the writer writes it, so a written
// copy is the very same bytes.
TEST(FrameworkFormat, APointsLadderSurvivesAnExportByteForByte)
{
    const QByteArray text = fixture("points-ladder.json");
    Result<Framework> fw = FrameworkFormat::read(text, S("points-ladder.json"));
    ASSERT_TRUE(fw) << fw.error().message().toStdString();
    EXPECT_EQ(fw->scale.max(), 5);
    EXPECT_EQ(fw->scale.word(3), S("milestone-3"));
    EXPECT_EQ(fw->scale.steps().at(5).extensions.value(S("x-points")).toInt(), 20);
    EXPECT_EQ(fw->levels.size(), 6);
    EXPECT_EQ(fw->levels.at(0).extensions.value(S("x-sub-levels")).toArray().size(), 3);
    EXPECT_GE(fw->categories.size(), 3);
    EXPECT_GE(fw->skills.size(), 12);
    EXPECT_EQ(fw->categories.at(0).description, S("Making things: the technical tracks."));
    EXPECT_EQ(fw->categories.at(0).extensions.value(S("x-colour")).toString(), S("#2e7d32"));
    EXPECT_EQ(fw->extensions.value(S("x-homepage")).toString(), S("https://example.org/ladder"));
    const Skill *mobile = fw->skill(S("mobile"));
    ASSERT_NE(mobile, nullptr);
    EXPECT_EQ(mobile->extensions.value(S("x-weight")).toDouble(), 2.5);
    EXPECT_FALSE(mobile->appliesAt(S("eng-manager")));
    EXPECT_EQ(mobile->expectedAt(S("principal")), 4);
    EXPECT_EQ(mobile->expectationFor(S("senior"))->summary, S("Mobile at milestone 3."));
    EXPECT_FALSE(mobile->expectationFor(S("principal"))->extensions.isEmpty());

    const QByteArray written = FrameworkFormat::write(*fw);
    EXPECT_EQ(written, text);
    Result<Framework> again = FrameworkFormat::read(written, S("again.json"));
    ASSERT_TRUE(again) << again.error().message().toStdString();
    EXPECT_EQ(FrameworkFormat::write(*again), written);
    EXPECT_EQ(FrameworkFormat::toJson(*again, true), FrameworkFormat::toJson(*fw, true));
}

// (b) A company ladder with seven kinds of mistake: one line per root cause
// and nothing else, then the count.
TEST(FrameworkFormat, ACompanyLadderGetsOneLinePerMistake)
{
    Result<Framework> fw = FrameworkFormat::read(fixture("company-ladder-mistakes.json"), S("team.json"));
    ASSERT_FALSE(fw);
    QStringList expected;
    for (int i = 0; i < 6; ++i)
        expected << S("team.json: levels[%1].slug: 'L%2' is not a slug (lower-case letters, digits and single dashes, e.g. "
                      "system-design); did you mean 'l%2'?")
                        .arg(i)
                        .arg(i + 1);
    expected << S("team.json: categories[0] (delivery).skills[1] (code-review).expectations.L5.proficiency: 0 is lower than the 3 "
                  "expected at 'l4': expectations never fall as the level rises")
             << S("team.json: categories[0] (delivery).skills[2] (testing).expectations.L6.proficiency: 5 is outside 0-4")
             << S("team.json: categories[0] (delivery).skills[3] (on-call).nmae: unknown key 'nmae'; did you mean 'name'?")
             << S("team.json: categories[1] (design).skills[0] (system-design).expectations.14: unknown level '14'; did you mean 'l4'?")
             << S("team.json: categories[1] (design).skills[1] (code-review).slug: duplicate skill 'code-review' (first at "
                  "categories[0] (delivery).skills[1])")
             << S("team.json: categories[2] (people).skills[0] (mentoring).expectations: no expectation for 'l5', 'l6': every skill "
                  "needs one for every level")
             << S("team.json: 12 problems");
    EXPECT_EQ(lines(fw.error()), expected);
}

// The problems apart, for `framework import --json`.
TEST(FrameworkFormat, CheckGivesEachProblemItsPath)
{
    const QList<FrameworkProblem> problems = FrameworkFormat::check(fixture("company-ladder-mistakes.json"));
    ASSERT_EQ(problems.size(), 12);
    EXPECT_EQ(problems.at(0).path, S("levels[0].slug"));
    EXPECT_EQ(problems.at(9).path, S("categories[1] (design).skills[0] (system-design).expectations.14"));
    EXPECT_EQ(problems.at(9).message, S("unknown level '14'; did you mean 'l4'?"));
    Framework fw;
    EXPECT_TRUE(FrameworkFormat::check(fixture("valid-minimal.json"), &fw).isEmpty());
    EXPECT_EQ(fw.slug, S("tiny"));
}

// (c) The built-in framework writes the same bytes after a round trip, with
// every one of its fixed UUIDs.
TEST(FrameworkFormat, TheBuiltInFrameworkRoundTripsWithItsUuids)
{
    Result<Framework> fw = FrameworkFormat::builtIn();
    ASSERT_TRUE(fw) << fw.error().message().toStdString();
    const QByteArray written = FrameworkFormat::write(*fw);
    Result<Framework> again = FrameworkFormat::read(written, S("again.json"));
    ASSERT_TRUE(again) << again.error().message().toStdString();
    EXPECT_EQ(FrameworkFormat::write(*again), written);
    EXPECT_FALSE(again->uuid.isEmpty());
    for (const Level &l : again->levels)
        EXPECT_FALSE(l.uuid.isEmpty()) << l.slug.toStdString();
    for (const Category &c : again->categories)
        EXPECT_FALSE(c.uuid.isEmpty()) << c.slug.toStdString();
    for (const Skill &s : again->skills)
        EXPECT_FALSE(s.uuid.isEmpty()) << s.slug.toStdString();
    EXPECT_TRUE(written.startsWith("{\n    \"format\": \"ladder-framework\",\n    \"version\": 2,\n    \"uuid\": "))
        << written.left(200).constData();
}

TEST(FrameworkFormat, Version2KeysInAVersion1FileAreOneProblem)
{
    QByteArray text = small(", \"x-colour\": \"red\"", "\"proficiency\": 3, \"summary\": \"Owns the test plan.\"");
    text.replace("\"version\": 2", "\"version\": 1");
    Result<Framework> fw = FrameworkFormat::read(text, S("old.json"));
    ASSERT_FALSE(fw);
    EXPECT_EQ(lines(fw.error()),
              QStringList{S("old.json: version: 'x-colour' (at x-colour), 'summary' (at categories[0] (craft).skills[0] (testing)."
                            "expectations.senior.summary) need \"version\": 2 (this file says 1)")});
    text.replace("\"version\": 1", "\"version\": 2");
    EXPECT_TRUE(FrameworkFormat::read(text, S("new.json")));
}

TEST(FrameworkFormat, SchemaIsAcceptedAndNotWritten)
{
    Result<Framework> fw = FrameworkFormat::read(small(", \"$schema\": \"framework.schema.json\""), S("s.json"));
    ASSERT_TRUE(fw) << fw.error().message().toStdString();
    EXPECT_FALSE(FrameworkFormat::write(*fw).contains("$schema"));
}

TEST(FrameworkFormat, NotApplicableHasNoProficiencyAndIsSkippedByTheNoFallRule)
{
    // senior not applicable, then a third level expecting less than junior's
    // highest would fall; here the level after n/a expects as much: valid.
    EXPECT_TRUE(FrameworkFormat::read(small("", "\"applicable\": false, \"summary\": \"Managers only.\""), S("s.json")));
    Result<Framework> both = FrameworkFormat::read(small("", "\"applicable\": false, \"proficiency\": 2"), S("s.json"));
    ASSERT_FALSE(both);
    EXPECT_EQ(both.error().message(),
              S("s.json: categories[0] (craft).skills[0] (testing).expectations.senior.proficiency: a level "
                "where the skill is not applicable expects no proficiency (remove one of the two)"));
}

TEST(FrameworkFormat, TheFallNamesTheLevelThatExpectsMore)
{
    QByteArray text = small();
    text.replace("\"junior\": {\"proficiency\": 1}", "\"junior\": {\"proficiency\": 4}");
    Result<Framework> fw = FrameworkFormat::read(text, S("s.json"));
    ASSERT_FALSE(fw);
    EXPECT_EQ(fw.error().message(),
              S("s.json: categories[0] (craft).skills[0] (testing).expectations.senior.proficiency: 3 is lower "
                "than the 4 expected at 'junior': expectations never fall as the level rises"));
}

TEST(FrameworkFormat, AnOwnScaleBoundsProficiencies)
{
    const char *scale = ", \"scale\": [{\"name\": \"no\"}, {\"name\": \"yes\"}]";
    Result<Framework> fw = FrameworkFormat::read(small(scale), S("s.json"));
    ASSERT_FALSE(fw);
    EXPECT_EQ(lines(fw.error()),
              (QStringList{S("s.json: categories[0] (craft).skills[0] (testing).expectations.senior.proficiency: 3 is "
                             "outside 0-1")}));
    Result<Framework> dup = FrameworkFormat::read(small(", \"scale\": [{\"name\": \"No\"}, {\"name\": \"no\"}]"), S("s.json"));
    ASSERT_FALSE(dup);
    // A scale that is wrong is one line: no proficiency is checked against it.
    EXPECT_EQ(lines(dup.error()), QStringList{S("s.json: scale[1].name: duplicate step 'no' (first at scale[0])")});
}

TEST(FrameworkFormat, DuplicateJsonKeysAreRefusedWithTheirPath)
{
    QByteArray text = small();
    text.replace("\"name\": \"Testing\"", "\"name\": \"Testing\", \"name\": \"Tests\"");
    Result<Framework> fw = FrameworkFormat::read(text, S("s.json"));
    ASSERT_FALSE(fw);
    EXPECT_EQ(fw.error().message(), S("s.json: categories[0].skills[0].name: duplicate key (a key appears once in an object)"));
}

TEST(FrameworkFormat, AnEmptyKeyIsQuotedInItsPath)
{
    QByteArray text = small();
    text.replace("\"junior\": {\"proficiency\": 1}", "\"junior\": {\"proficiency\": 1}, \"\": {\"proficiency\": 1}");
    Result<Framework> fw = FrameworkFormat::read(text, S("s.json"));
    ASSERT_FALSE(fw);
    EXPECT_EQ(fw.error().message(),
              S("s.json: categories[0] (craft).skills[0] (testing).expectations.\"\": unknown level '' (levels: junior, senior)"));
}

TEST(JsonWriter, IndentsInTheOrderWritten)
{
    QByteArray out;
    {
        JsonWriter w(out, 2);
        w.beginObject().field("b", qint64(1)).key("a").beginArray().value(S("x")).endArray();
        w.key("e").beginObject().endObject().key("l").beginArray().endArray();
        w.textKey(S("x-\u00e9")).json(QJsonValue(QJsonObject{{S("z"), 0.5}, {S("y"), QJsonArray{true, QJsonValue()}}}));
        w.endObject();
    }
    EXPECT_EQ(out,
              QByteArray("{\n  \"b\": 1,\n  \"a\": [\n    \"x\"\n  ],\n  \"e\": {},\n  \"l\": [],\n  \"x-\xc3\xa9\": {\n    \"y\": [\n"
                         "      true,\n      null\n    ],\n    \"z\": 0.5\n  }\n}"));
}
