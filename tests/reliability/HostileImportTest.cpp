// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input files (issue 12: items 8, 11, 13 and 15), run against the real
// ladder-cli binary. An import never bends a value into another one: every
// field has one type, a UUID names one row, a key appears once per object,
// titles and tags are one line. Input is bounded: /dev/zero, an endless pipe
// or a huge file is refused after at most its limit is read, with one line.
// Lists that grew quadratically (tags on a win, levels of a framework) have
// a documented limit (docs/formats.md). Each case: exit 1, exactly one line
// on stderr naming the file and the JSON path, nothing on stdout, and the
// database byte for byte unchanged.

#include "BadInput.h"
#include "ReliabilitySupport.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace reliability;

#define S(x) QStringLiteral(x)

namespace {

// Every case runs on its own copy of one seeded database (copySeededDatabase).
using HostileImport = ::testing::TestWithParam<BadInput>;

TEST_P(HostileImport, OneLineNamingTheFileAndPlaceNothingChanged)
{
    expectRefused(GetParam());
}

QByteArray exportWith(const QByteArray &members)
{
    return R"({"format": "ladder-export", "version": 1, )" + members + "}";
}

// An export whose one win has `fields` besides a valid uuid, date and title
// (each of those three can be overridden: a later duplicate key would be a
// case of its own, so the defaults are left out when `fields` names them).
QByteArray winWith(const QByteArray &fields)
{
    QByteArray win = "{";
    if (!fields.contains("\"uuid\""))
        win += R"("uuid": "b0000000-0000-0000-0000-000000000001", )";
    if (!fields.contains("\"date\""))
        win += R"("date": "2026-01-02", )";
    if (!fields.contains("\"title\""))
        win += R"("title": "fine", )";
    win += fields + "}";
    return exportWith(R"("wins": [)" + win + "]");
}

const QByteArray goodGoal
    = R"({"id": 7, "uuid": "c0000000-0000-0000-0000-000000000007", "title": "Lead", "status": "open", "created_on": "2026-01-01"})";

QByteArray goalWith(const QByteArray &fields)
{
    return exportWith(
        R"("goals": [{"id": 7, "uuid": "c0000000-0000-0000-0000-000000000007", "status": "open", "created_on": "2026-01-01", )" + fields
        + "}]");
}

QByteArray assessmentWith(const QByteArray &fields)
{
    return exportWith(R"("assessments": [{"uuid": "d0000000-0000-0000-0000-000000000001", "date": "2026-01-02", )" + fields + "}]");
}

// A framework file with `levels` levels and one skill expected at each.
QByteArray frameworkWithLevels(int levels)
{
    QByteArray levelList;
    QByteArray expectations;
    for (int i = 0; i < levels; ++i) {
        const QByteArray slug = "l" + QByteArray::number(i);
        levelList += (i ? "," : "") + QByteArray(R"({"slug": ")") + slug + R"(", "name": "L )" + QByteArray::number(i) + "\"}";
        expectations += (i ? "," : "") + QByteArray("\"") + slug + R"(": {"proficiency": 0})";
    }
    return R"({"format": "ladder-framework", "version": 1, "slug": "big", "name": "Big", "levels": [)" + levelList
        + R"(], "categories": [{"slug": "c", "name": "C", "skills": [{"slug": "s", "name": "S", "expectations": {)" + expectations
        + "}}]}]}";
}

QByteArray frameworkWith(const QByteArray &top, const QByteArray &levelName = "Junior", const QByteArray &skillName = "Testing")
{
    return R"({"format": "ladder-framework", "version": 1, "slug": "tiny", )" + top + R"("levels": [{"slug": "junior", "name": ")"
        + levelName + R"("}], "categories": [{"slug": "craft", "name": "Craft", "skills": [{"slug": "testing", "name": ")" + skillName
        + R"(", "expectations": {"junior": {"proficiency": 1}}}]}]})";
}

QByteArray manyTags(int count)
{
    QByteArray tags;
    for (int i = 0; i < count; ++i)
        tags += (i ? ",\"t" : "\"t") + QByteArray::number(i) + "\"";
    return "\"tags\": [" + tags + "]";
}

QStringList tagOptions(int count)
{
    QStringList args{S("win"), S("add"), S("many tags")};
    for (int i = 0; i < count; ++i)
        args << S("--tag") << QStringLiteral("t%1").arg(i);
    return args;
}

QByteArray hashTags(int count)
{
    QByteArray text = "A win with many tags\n";
    for (int i = 0; i < count; ++i)
        text += " #t" + QByteArray::number(i);
    return text;
}

// Item 8 (and 13): a value of the wrong type is an error at its JSON path,
// never a default, a null or SQLite's words.
INSTANTIATE_TEST_SUITE_P(
    WinFields, HostileImport,
    ::testing::Values(
        BadInput{"StarredOne",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("starred": 1)")}},
                 1,
                 SAYS(S("x.json: wins[0].starred: must be true or false, not 1"))},
        BadInput{"StarredYes",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("starred": "yes")")}},
                 1,
                 SAYS(S("x.json: wins[0].starred: must be true or false, not 'yes'"))},
        BadInput{"StarredNull",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("starred": null)")}},
                 1,
                 SAYS(S("x.json: wins[0].starred"))},
        BadInput{"TagsAString",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("tags": "a b")")}},
                 1,
                 SAYS(S("x.json: wins[0].tags: must be a list of texts, not 'a b'"))},
        BadInput{"TagANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("tags": ["ok", 1])")}},
                 1,
                 SAYS(S("x.json: wins[0].tags[1]"))},
        BadInput{"TagWithANewline",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("tags": ["a\nb"])")}},
                 1,
                 SAYS(S("x.json: wins[0].tags[0]"), S("line"))},
        BadInput{"BodyANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("body": 1)")}},
                 1,
                 SAYS(S("x.json: wins[0].body: must be a text, not 1"))},
        BadInput{"ImpactAList",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("impact": ["x"])")}},
                 1,
                 SAYS(S("x.json: wins[0].impact"))},
        BadInput{"TitleANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("title": 5)")}},
                 1,
                 SAYS(S("x.json: wins[0].title"), S("5"))},
        BadInput{"TitleWithANewline",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("title": "Shipped\nfake row")")}},
                 1,
                 SAYS(S("x.json: wins[0].title"), S("line"))},
        BadInput{"TitleWithAnEscape",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("title": "red \u001b[31m")")}},
                 1,
                 SAYS(S("x.json: wins[0].title"), S("U+001B"))},
        BadInput{"TitleWithABell",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("title": "ding\u0007")")}},
                 1,
                 SAYS(S("x.json: wins[0].title"), S("U+0007"))},
        BadInput{"TitleTooLong",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith("\"title\": \"" + QByteArray(5000, 'x') + "\"")}},
                 1,
                 SAYS(S("x.json: wins[0].title"), S("at most"))},
        BadInput{"UuidNotAUuid",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("uuid": "not-a-uuid")")}},
                 1,
                 SAYS(S("x.json: wins[0].uuid"), S("'not-a-uuid'"))},
        BadInput{"UuidANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("uuid": 42)")}},
                 1,
                 SAYS(S("x.json: wins[0].uuid"), S("42"))},
        BadInput{"UuidRepeated",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("wins": [{"uuid": "b0000000-0000-0000-0000-000000000001", "date": "2026-01-02", "title": "one"},
                                                   {"uuid": "B0000000-0000-0000-0000-000000000001", "date": "2026-01-03", "title": "two"}])")}},
                 1,
                 SAYS(S("x.json: wins[1].uuid"), S("wins[0]"))},
        BadInput{"SkillANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("skills": [1])")}},
                 1,
                 SAYS(S("x.json: wins[0].skills[0]"), S("1"))},
        BadInput{"SkillNotASlug",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("skills": ["System Design"])")}},
                 1,
                 SAYS(S("x.json: wins[0].skills[0]"), S("'System Design'"))},
        BadInput{"SkillsAnObject",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("skills": {})")}},
                 1,
                 SAYS(S("x.json: wins[0].skills"))},
        BadInput{"GoalAText",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("goals": ["7"])")}},
                 1,
                 SAYS(S("x.json: wins[0].goals[0]"))},
        BadInput{"DateANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("date": 20260102)")}},
                 1,
                 SAYS(S("x.json: wins[0].date"), S("20260102"))},
        BadInput{"IdAText",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("id": "5")")}},
                 1,
                 SAYS(S("x.json: wins[0].id"), S("'5'"))},
        BadInput{"IdAFraction",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("id": 1.5)")}},
                 1,
                 SAYS(S("x.json: wins[0].id"), S("1.5"))},
        BadInput{"CreatedAtANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("created_at": 17)")}},
                 1,
                 SAYS(S("x.json: wins[0].created_at"), S("17"))},
        BadInput{"TooManyTags",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(manyTags(100000))}},
                 1,
                 SAYS(S("x.json: wins[0].tags"), S("at most"))}),
    badInputName);

INSTANTIATE_TEST_SUITE_P(
    OtherObjects, HostileImport,
    ::testing::Values(
        BadInput{"VersionAText",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", R"({"format": "ladder-export", "version": "1"})"}},
                 1,
                 SAYS(S("x.json: version"), S("'1'"))},
        BadInput{"FormatANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", R"({"format": 1, "version": 1})"}},
                 1,
                 SAYS(S("x.json: format"))},
        BadInput{"GoalTitleWithANewline",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "a\nb")")}},
                 1,
                 SAYS(S("x.json: goals[0].title"), S("line"))},
        BadInput{"GoalStatusANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "t", "status": 1)")}},
                 1,
                 SAYS(S("x.json: goals[0].status"))},
        BadInput{"GoalDueANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "t", "due": 20260101)")}},
                 1,
                 SAYS(S("x.json: goals[0].due"), S("20260101"))},
        BadInput{"GoalSkillsAString",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "t", "skills": "testing")")}},
                 1,
                 SAYS(S("x.json: goals[0].skills"))},
        BadInput{"GoalSkillANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "t", "skills": [3])")}},
                 1,
                 SAYS(S("x.json: goals[0].skills[0]"))},
        BadInput{"GoalSkillTwice",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "t", "skills": ["testing", "testing"])")}},
                 1,
                 SAYS(S("x.json: goals[0].skills[1]"))},
        BadInput{"GoalIdRepeated",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json",
                   exportWith(R"("goals": [)" + goodGoal
                              + R"(, {"id": 7, "uuid": "c0000000-0000-0000-0000-000000000008", "title": "Other", "status": "open"}])")}},
                 1,
                 SAYS(S("x.json: goals[1].id"), S("goals[0]"))},
        BadInput{"GoalUuidRepeated",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json",
                   exportWith(R"("goals": [)" + goodGoal
                              + R"(, {"id": 8, "uuid": "c0000000-0000-0000-0000-000000000007", "title": "Other", "status": "open"}])")}},
                 1,
                 SAYS(S("x.json: goals[1].uuid"), S("goals[0]"))},
        BadInput{"MilestoneTextWithANewline",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "t", "milestones": [{"text": "a\rb"}])")}},
                 1,
                 SAYS(S("x.json: goals[0].milestones[0].text"))},
        BadInput{"MilestoneUnknownKey",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "t", "milestones": [{"text": "a", "colour": "red"}])")}},
                 1,
                 SAYS(S("x.json: goals[0].milestones[0].colour: unknown key"))},
        BadInput{"MilestoneNotAnObject",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "t", "milestones": ["a"])")}},
                 1,
                 SAYS(S("x.json: goals[0].milestones[0]: must be an object, not 'a'"))},
        BadInput{"MilestoneTextANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "t", "milestones": [{"text": 3}])")}},
                 1,
                 SAYS(S("x.json: goals[0].milestones[0].text: must be a text, not 3"))},
        BadInput{"AssessmentRatingAText",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", assessmentWith(R"("skill": "testing", "rating": "3")")}},
                 1,
                 SAYS(S("x.json: assessments[0].rating"), S("'3'"))},
        BadInput{"AssessmentSkillANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", assessmentWith(R"("skill": 4, "rating": 3)")}},
                 1,
                 SAYS(S("x.json: assessments[0].skill: 4 is not a slug"))},
        BadInput{"AssessmentUuidNotAUuid",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("assessments": [{"uuid": "x", "skill": "testing", "rating": 3, "date": "2026-01-02"}])")}},
                 1,
                 SAYS(S("x.json: assessments[0].uuid"))},
        BadInput{
            "AssessmentUuidRepeated",
            ARGS(S("import"), S("%DIR%/x.json")),
            {{"x.json",
              exportWith(
                  R"("assessments": [{"uuid": "d0000000-0000-0000-0000-000000000001", "skill": "testing", "rating": 3, "date": "2026-01-02"},
                                                          {"uuid": "d0000000-0000-0000-0000-000000000001", "skill": "testing", "rating": 2, "date": "2026-01-03"}])")}},
            1,
            SAYS(S("x.json: assessments[1].uuid"), S("assessments[0]"))},
        BadInput{"SettingsAList",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("settings": [])")}},
                 1,
                 SAYS(S("x.json: settings"))},
        BadInput{"SettingUnknown",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("settings": {"colour": "red"})")}},
                 1,
                 SAYS(S("x.json: settings.colour: unknown key"))},
        BadInput{"SettingANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("settings": {"user-name": 5})")}},
                 1,
                 SAYS(S("x.json: settings.user-name"))},
        BadInput{"SettingWithANewline",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("settings": {"user-name": "a\nb"})")}},
                 1,
                 SAYS(S("x.json: settings.user-name"))},
        BadInput{"ActiveFrameworkANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("active_framework": 1)")}},
                 1,
                 SAYS(S("x.json: active_framework"))},
        BadInput{"FrameworkUuidANumber",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("frameworks": [)" + frameworkWith(R"("uuid": 5, "name": "Tiny", )") + "]")}},
                 1,
                 SAYS(S("x.json: frameworks[0].uuid"))},
        BadInput{
            "FrameworkTwice",
            ARGS(S("import"), S("%DIR%/x.json")),
            {{"x.json",
              exportWith(R"("frameworks": [)" + frameworkWith(R"("name": "Tiny", )") + "," + frameworkWith(R"("name": "Other", )") + "]")}},
            1,
            SAYS(S("x.json: frameworks[1].slug"), S("tiny"))}),
    badInputName);

// Item 8: QJsonDocument keeps the last of two equal keys; Ladder refuses them.
INSTANTIATE_TEST_SUITE_P(
    DuplicateKeys, HostileImport,
    ::testing::Values(
        BadInput{"InAWin",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("starred": true, "starred": false)")}},
                 1,
                 SAYS(S("x.json: wins[0].starred: duplicate key"))},
        BadInput{"InAWinSpeltWithEscapes",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", winWith(R"("body": "a", "b\u006fdy": "b")")}},
                 1,
                 SAYS(S("x.json: wins[0].body: duplicate key"))},
        BadInput{"AtTheTop",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", R"({"format": "ladder-export", "version": 1, "version": 1})"}},
                 1,
                 SAYS(S("x.json: version: duplicate key"))},
        BadInput{"TwoWinsLists",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("wins": [], "wins": [])")}},
                 1,
                 SAYS(S("x.json: wins: duplicate key"))},
        BadInput{"InAGoalsMilestone",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", goalWith(R"("title": "t", "milestones": [{"text": "a", "text": "b"}])")}},
                 1,
                 SAYS(S("x.json: goals[0].milestones[0].text: duplicate key"))},
        BadInput{"InSettings",
                 ARGS(S("import"), S("%DIR%/x.json")),
                 {{"x.json", exportWith(R"("settings": {"user-name": "a", "user-name": "b"})")}},
                 1,
                 SAYS(S("x.json: settings.user-name: duplicate key"))},
        BadInput{"InAFrameworkFile",
                 ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                 {{"f.json", frameworkWith(R"("name": "Tiny", "name": "Other", )")}},
                 1,
                 SAYS(S("f.json: name: duplicate key"))},
        BadInput{"InAnExpectation",
                 ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                 {{"f.json",
                   R"({"format": "ladder-framework", "version": 1, "slug": "tiny", "name": "T", "levels": [{"slug": "junior", "name": "J"}],
                   "categories": [{"slug": "craft", "name": "Craft", "skills": [{"slug": "testing", "name": "Testing",
                   "expectations": {"junior": {"proficiency": 1, "proficiency": 4}}}]}]})"}},
                 1,
                 SAYS(S("f.json: categories[0].skills[0].expectations.junior.proficiency: duplicate key"))}),
    badInputName);

INSTANTIATE_TEST_SUITE_P(
    FrameworkFields, HostileImport,
    ::testing::Values(
        BadInput{"UuidANumber",
                 ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                 {{"f.json", frameworkWith(R"("uuid": 5, "name": "Tiny", )")}},
                 1,
                 SAYS(S("f.json: uuid"))},
        BadInput{"UuidNotAUuid",
                 ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                 {{"f.json", frameworkWith(R"("uuid": "nope", "name": "Tiny", )")}},
                 1,
                 SAYS(S("f.json: uuid"), S("'nope'"))},
        BadInput{"NameWithANewline",
                 ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                 {{"f.json", frameworkWith(R"("name": "Ti\nny", )")}},
                 1,
                 SAYS(S("f.json: name"))},
        BadInput{"LevelNameWithAnEscape",
                 ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                 {{"f.json", frameworkWith(R"("name": "Tiny", )", R"(Jun\u001b]0;x\u0007ior)")}},
                 1,
                 SAYS(S("f.json: levels[0] (junior).name"))},
        BadInput{"SkillNameWithANewline",
                 ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                 {{"f.json", frameworkWith(R"("name": "Tiny", )", "Junior", R"(Test\ning)")}},
                 1,
                 SAYS(S("f.json: categories[0] (craft).skills[0] (testing).name"))},
        BadInput{
            "VersionAText",
            ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
            {{"f.json",
              R"({"format": "ladder-framework", "version": "1", "slug": "tiny", "name": "T", "levels": [{"slug": "junior", "name": "J"}], "categories": []})"}},
            1,
            SAYS(S("f.json: version: must be the number 1 or 2, not '1'"))},
        BadInput{"TwentyThousandLevels",
                 ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                 {{"f.json", frameworkWithLevels(20000)}},
                 1,
                 SAYS(S("f.json: levels"), S("at most"))}),
    badInputName);

// Item 11: whatever the input, at most its limit is read.
INSTANTIATE_TEST_SUITE_P(
    Unbounded, HostileImport,
    ::testing::Values(
        BadInput{"ImportDevZero", ARGS(S("import"), S("/dev/zero")), {}, 1, SAYS(S("zero"))},
        BadInput{"ImportDevUrandom", ARGS(S("import"), S("/dev/urandom")), {}, 1, SAYS(S("urandom"))},
        BadInput{"FrameworkImportDevZero", ARGS(S("framework"), S("import"), S("/dev/zero")), {}, 1, SAYS(S("zero"))},
        BadInput{"FrameworkImportDevUrandom", ARGS(S("framework"), S("import"), S("/dev/urandom")), {}, 1, SAYS(S("urandom"))},
        BadInput{"ImportHugeFile",
                 ARGS(S("import"), S("%DIR%/huge.json")),
                 {{"huge.json", "<sparse 1073741825>"}},
                 1,
                 SAYS(S("huge.json"), S("1 GiB"))},
        BadInput{"FrameworkImportHugeFile",
                 ARGS(S("framework"), S("import"), S("%DIR%/huge.json")),
                 {{"huge.json", "<sparse 16777217>"}},
                 1,
                 SAYS(S("huge.json"), S("16 MiB"))},
        BadInput{"ImportEndlessPipe", ARGS(S("import"), S("/dev/stdin")), {}, 1, SAYS(S("stdin")), QByteArray(4 << 20, 'y')},
        BadInput{"FrameworkImportLongPipe",
                 ARGS(S("framework"), S("import"), S("/dev/stdin")),
                 {},
                 1,
                 SAYS(S("stdin"), S("16 MiB")),
                 "{\"name\": \"" + QByteArray(17 << 20, 'y')},
        BadInput{"ImportAFolder", ARGS(S("import"), S("%DIR%")), {}, 1, SAYS(S("%DIR%"), S("folder"))},
        BadInput{"FrameworkImportAFolder", ARGS(S("framework"), S("import"), S("%DIR%")), {}, 1, SAYS(S("%DIR%"), S("folder"))},
        BadInput{"WinAddLongStandardInput",
                 ARGS(S("win"), S("add")),
                 {},
                 1,
                 SAYS(S("standard input"), S("16 MiB")),
                 "A title\n" + QByteArray(17 << 20, 'b')}),
    badInputName);

// Item 15: lists that grew quadratically have a limit, refused at once.
INSTANTIATE_TEST_SUITE_P(
    Quadratic, HostileImport,
    ::testing::Values(BadInput{"WinAddManyTagOptions", tagOptions(5000), {}, 1, SAYS(S("tags"), S("at most 100"))},
                      BadInput{"WinAddManyHashTags", ARGS(S("win"), S("add")), {}, 1, SAYS(S("tags"), S("at most 100")), hashTags(100000)}),
    badInputName);

// A FIFO is read like any pipe, in bounded chunks, and its content checked.
TEST(HostileImportFifo, AFifoIsReadAsAStream)
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    ASSERT_EQ(runCli(db, {S("win"), S("add"), S("first")}).code, 0);
    const QString fifo = dir.file(QStringLiteral("in.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray before = fileBytes(db);
    // The shell opens the FIFO for writing; ladder-cli reads it.
    QProcess writer;
    writer.start(
        S("sh"),
        {S("-c"),
         S("printf '%s' '{\"format\": \"ladder-export\", \"version\": 1, \"wins\": [{\"date\": \"2026-01-02\", \"title\": 3}]}' > \"$1\""),
         S("sh"), fifo});
    ASSERT_TRUE(writer.waitForStarted());
    const CliRun r = runCli(db, {S("import"), fifo});
    writer.waitForFinished();
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.errLines().first().contains(S("in.fifo: wins[0].title"))) << r.err.toStdString();
    EXPECT_TRUE(fileBytes(db) == before);
}

// The limits leave room for what Ladder itself writes: a win at each limit
// imports, and exports back the same.
TEST(HostileImportLimits, AWinAtEveryLimitRoundTrips)
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    QByteArray tags;
    for (int i = 0; i < 100; ++i)
        tags += (i ? ",\"t" : "\"t") + QByteArray::number(1000 + i) + "\"";
    const QByteArray file
        = exportWith(R"("wins": [{"uuid": "b0000000-0000-0000-0000-000000000001", "date": "2026-01-02", "title": ")" + QByteArray(500, 'x')
                     + R"(", "body": "line one\nline two\ttab", "starred": true, "tags": [)" + tags + "]}]");
    ASSERT_TRUE(writeFile(dir.file(S("x.json")), file));
    const CliRun r = runCli(db, {S("import"), dir.file(S("x.json"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(queryInt(db, S("SELECT count(*) FROM win_tag")), 100);
    EXPECT_EQ(queryInt(db, S("SELECT starred FROM win")), 1);
    EXPECT_EQ(queryInt(db, S("SELECT instr(body, char(10)) > 0 FROM win")), 1);
    // The same file again: the win is already present, by its UUID.
    const CliRun again = runCli(db, {S("import"), dir.file(S("x.json"))});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains("already present: 1 wins")) << again.err.toStdString();
    // A win at the limit from the command line too.
    const CliRun add = runCli(db, tagOptions(100));
    EXPECT_EQ(add.code, 0) << add.err.toStdString();
}

} // namespace
