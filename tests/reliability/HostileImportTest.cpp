// Hostile input files (issue 12: items 8, 11, 13 and 15), run against the real
// ladder-cli binary. An import never bends a value into another one: every
// field has one type, a UUID names one row, a key appears once per object,
// titles and tags are one line. Input is bounded: /dev/zero, an endless pipe
// or a huge file is refused after at most its limit is read, with one line.
// Lists that grew quadratically (tags on a win, levels of a framework) have
// a documented limit (docs/formats.md). Each case: exit 1, exactly one line
// on stderr naming the file and the JSON path, nothing on stdout, and the
// database byte for byte unchanged.

#include "ReliabilitySupport.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace reliability;

namespace {

struct Hostile
{
    const char *name;
    QStringList arguments;                             // %DIR% is the case's folder
    QList<std::pair<const char *, QByteArray>> files;  // written into %DIR% first
    QStringList mentions;                              // all in the one line of stderr (%DIR% too)
    QByteArray input = {};                             // standard input
};

void PrintTo(const Hostile &h, std::ostream *os)
{
    *os << h.name;
}

// Every case runs on its own copy of one seeded database (copySeededDatabase).
using HostileImport = ::testing::TestWithParam<Hostile>;

TEST_P(HostileImport, OneLineNamingTheFileAndPlaceNothingChanged)
{
    const Hostile &h = GetParam();
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    ASSERT_TRUE(copySeededDatabase(db));
    for (const auto &[name, content] : h.files) {
        const QString path = dir.file(QString::fromUtf8(name));
        if (content.startsWith("<sparse ")) {
            // A file of this many bytes that takes no room on the disk.
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            ASSERT_TRUE(f.resize(content.mid(8, content.size() - 9).toLongLong()));
        } else if (content == "<fifo>") {
            ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else {
            ASSERT_TRUE(writeFile(path, content));
        }
    }
    const QByteArray before = fileBytes(db);
    ASSERT_FALSE(before.isEmpty());

    QStringList arguments;
    for (const QString &a : h.arguments)
        arguments << QString(a).replace(QStringLiteral("%DIR%"), dir.path());
    CliOptions options;
    options.input = h.input;
    const CliRun r = runCli(db, arguments, options);

    EXPECT_FALSE(r.crashed) << r.err.toStdString();
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.left(200).toStdString();
    const QStringList lines = r.errLines();
    ASSERT_EQ(lines.size(), 1) << r.err.left(2000).toStdString();
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("ladder-cli: error: "))) << r.err.toStdString();
    EXPECT_LT(lines.first().size(), 400) << r.err.toStdString();
    for (const QString &m : h.mentions) {
        const QString expected = QString(m).replace(QStringLiteral("%DIR%"), dir.path());
        EXPECT_TRUE(lines.first().contains(expected)) << "'" << expected.toStdString() << "' not in: " << r.err.toStdString();
    }
    EXPECT_FALSE(lines.first().contains(QStringLiteral("constraint"))) << r.err.toStdString();
    EXPECT_TRUE(fileBytes(db) == before) << "the database changed";
}

#define S(x) QStringLiteral(x)
#define ARGS(...) QStringList{__VA_ARGS__}
#define SAYS(...) QStringList{__VA_ARGS__}

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

const QByteArray goodGoal = R"({"id": 7, "uuid": "c0000000-0000-0000-0000-000000000007", "title": "Lead", "status": "open", "created_on": "2026-01-01"})";

QByteArray goalWith(const QByteArray &fields)
{
    return exportWith(R"("goals": [{"id": 7, "uuid": "c0000000-0000-0000-0000-000000000007", "status": "open", "created_on": "2026-01-01", )" + fields
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
    return R"({"format": "ladder-framework", "version": 1, "slug": "tiny", )" + top + R"("levels": [{"slug": "junior", "name": ")" + levelName
           + R"("}], "categories": [{"slug": "craft", "name": "Craft", "skills": [{"slug": "testing", "name": ")" + skillName
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

std::string caseName(const ::testing::TestParamInfo<Hostile> &info)
{
    return std::string(info.param.name);
}

// Item 8 (and 13): a value of the wrong type is an error at its JSON path,
// never a default, a null or SQLite's words.
INSTANTIATE_TEST_SUITE_P(
    WinFields, HostileImport,
    ::testing::Values(
        Hostile{"StarredOne", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("starred": 1)")}},
                SAYS(S("x.json: wins[0].starred: must be true or false, not 1"))},
        Hostile{"StarredYes", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("starred": "yes")")}},
                SAYS(S("x.json: wins[0].starred: must be true or false, not 'yes'"))},
        Hostile{"StarredNull", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("starred": null)")}}, SAYS(S("x.json: wins[0].starred"))},
        Hostile{"TagsAString", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("tags": "a b")")}},
                SAYS(S("x.json: wins[0].tags: must be a list of texts, not 'a b'"))},
        Hostile{"TagANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("tags": ["ok", 1])")}}, SAYS(S("x.json: wins[0].tags[1]"))},
        Hostile{"TagWithANewline", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("tags": ["a\nb"])")}},
                SAYS(S("x.json: wins[0].tags[0]"), S("line"))},
        Hostile{"BodyANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("body": 1)")}},
                SAYS(S("x.json: wins[0].body: must be a text, not 1"))},
        Hostile{"ImpactAList", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("impact": ["x"])")}}, SAYS(S("x.json: wins[0].impact"))},
        Hostile{"TitleANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("title": 5)")}}, SAYS(S("x.json: wins[0].title"), S("5"))},
        Hostile{"TitleWithANewline", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("title": "Shipped\nfake row")")}},
                SAYS(S("x.json: wins[0].title"), S("line"))},
        Hostile{"TitleWithAnEscape", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("title": "red \u001b[31m")")}},
                SAYS(S("x.json: wins[0].title"), S("U+001B"))},
        Hostile{"TitleWithABell", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("title": "ding\u0007")")}},
                SAYS(S("x.json: wins[0].title"), S("U+0007"))},
        Hostile{"TitleTooLong", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith("\"title\": \"" + QByteArray(5000, 'x') + "\"")}},
                SAYS(S("x.json: wins[0].title"), S("at most"))},
        Hostile{"UuidNotAUuid", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("uuid": "not-a-uuid")")}},
                SAYS(S("x.json: wins[0].uuid"), S("'not-a-uuid'"))},
        Hostile{"UuidANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("uuid": 42)")}}, SAYS(S("x.json: wins[0].uuid"), S("42"))},
        Hostile{"UuidRepeated", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", exportWith(R"("wins": [{"uuid": "b0000000-0000-0000-0000-000000000001", "date": "2026-01-02", "title": "one"},
                                                   {"uuid": "B0000000-0000-0000-0000-000000000001", "date": "2026-01-03", "title": "two"}])")}},
                SAYS(S("x.json: wins[1].uuid"), S("wins[0]"))},
        Hostile{"SkillANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("skills": [1])")}},
                SAYS(S("x.json: wins[0].skills[0]"), S("1"))},
        Hostile{"SkillNotASlug", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("skills": ["System Design"])")}},
                SAYS(S("x.json: wins[0].skills[0]"), S("'System Design'"))},
        Hostile{"SkillsAnObject", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("skills": {})")}}, SAYS(S("x.json: wins[0].skills"))},
        Hostile{"GoalAText", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("goals": ["7"])")}}, SAYS(S("x.json: wins[0].goals[0]"))},
        Hostile{"DateANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("date": 20260102)")}},
                SAYS(S("x.json: wins[0].date"), S("20260102"))},
        Hostile{"IdAText", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("id": "5")")}}, SAYS(S("x.json: wins[0].id"), S("'5'"))},
        Hostile{"IdAFraction", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("id": 1.5)")}}, SAYS(S("x.json: wins[0].id"), S("1.5"))},
        Hostile{"CreatedAtANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("created_at": 17)")}},
                SAYS(S("x.json: wins[0].created_at"), S("17"))},
        Hostile{"TooManyTags", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(manyTags(100000))}},
                SAYS(S("x.json: wins[0].tags"), S("at most"))}),
    caseName);

INSTANTIATE_TEST_SUITE_P(
    OtherObjects, HostileImport,
    ::testing::Values(
        Hostile{"VersionAText", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", R"({"format": "ladder-export", "version": "1"})"}},
                SAYS(S("x.json: version"), S("'1'"))},
        Hostile{"FormatANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", R"({"format": 1, "version": 1})"}}, SAYS(S("x.json: format"))},
        Hostile{"GoalTitleWithANewline", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", goalWith(R"("title": "a\nb")")}},
                SAYS(S("x.json: goals[0].title"), S("line"))},
        Hostile{"GoalStatusANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", goalWith(R"("title": "t", "status": 1)")}},
                SAYS(S("x.json: goals[0].status"))},
        Hostile{"GoalDueANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", goalWith(R"("title": "t", "due": 20260101)")}},
                SAYS(S("x.json: goals[0].due"), S("20260101"))},
        Hostile{"GoalSkillsAString", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", goalWith(R"("title": "t", "skills": "testing")")}},
                SAYS(S("x.json: goals[0].skills"))},
        Hostile{"GoalSkillANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", goalWith(R"("title": "t", "skills": [3])")}},
                SAYS(S("x.json: goals[0].skills[0]"))},
        Hostile{"GoalSkillTwice", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", goalWith(R"("title": "t", "skills": ["testing", "testing"])")}},
                SAYS(S("x.json: goals[0].skills[1]"))},
        Hostile{"GoalIdRepeated", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", exportWith(R"("goals": [)" + goodGoal
                                       + R"(, {"id": 7, "uuid": "c0000000-0000-0000-0000-000000000008", "title": "Other", "status": "open"}])")}},
                SAYS(S("x.json: goals[1].id"), S("goals[0]"))},
        Hostile{"GoalUuidRepeated", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", exportWith(R"("goals": [)" + goodGoal
                                       + R"(, {"id": 8, "uuid": "c0000000-0000-0000-0000-000000000007", "title": "Other", "status": "open"}])")}},
                SAYS(S("x.json: goals[1].uuid"), S("goals[0]"))},
        Hostile{"MilestoneTextWithANewline", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", goalWith(R"("title": "t", "milestones": [{"text": "a\rb"}])")}}, SAYS(S("x.json: goals[0].milestones[0].text"))},
        Hostile{"MilestoneUnknownKey", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", goalWith(R"("title": "t", "milestones": [{"text": "a", "colour": "red"}])")}},
                SAYS(S("x.json: goals[0].milestones[0].colour: unknown key"))},
        Hostile{"MilestoneNotAnObject", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", goalWith(R"("title": "t", "milestones": ["a"])")}},
                SAYS(S("x.json: goals[0].milestones[0]: must be an object, not 'a'"))},
        Hostile{"MilestoneTextANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", goalWith(R"("title": "t", "milestones": [{"text": 3}])")}},
                SAYS(S("x.json: goals[0].milestones[0].text: must be a text, not 3"))},
        Hostile{"AssessmentRatingAText", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", assessmentWith(R"("skill": "testing", "rating": "3")")}},
                SAYS(S("x.json: assessments[0].rating"), S("'3'"))},
        Hostile{"AssessmentSkillANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", assessmentWith(R"("skill": 4, "rating": 3)")}},
                SAYS(S("x.json: assessments[0].skill: 4 is not a slug"))},
        Hostile{"AssessmentUuidNotAUuid", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", exportWith(R"("assessments": [{"uuid": "x", "skill": "testing", "rating": 3, "date": "2026-01-02"}])")}},
                SAYS(S("x.json: assessments[0].uuid"))},
        Hostile{"AssessmentUuidRepeated", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", exportWith(R"("assessments": [{"uuid": "d0000000-0000-0000-0000-000000000001", "skill": "testing", "rating": 3, "date": "2026-01-02"},
                                                          {"uuid": "d0000000-0000-0000-0000-000000000001", "skill": "testing", "rating": 2, "date": "2026-01-03"}])")}},
                SAYS(S("x.json: assessments[1].uuid"), S("assessments[0]"))},
        Hostile{"SettingsAList", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", exportWith(R"("settings": [])")}}, SAYS(S("x.json: settings"))},
        Hostile{"SettingUnknown", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", exportWith(R"("settings": {"colour": "red"})")}},
                SAYS(S("x.json: settings.colour: unknown key"))},
        Hostile{"SettingANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", exportWith(R"("settings": {"user-name": 5})")}},
                SAYS(S("x.json: settings.user-name"))},
        Hostile{"SettingWithANewline", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", exportWith(R"("settings": {"user-name": "a\nb"})")}},
                SAYS(S("x.json: settings.user-name"))},
        Hostile{"ActiveFrameworkANumber", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", exportWith(R"("active_framework": 1)")}},
                SAYS(S("x.json: active_framework"))},
        Hostile{"FrameworkUuidANumber", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", exportWith(R"("frameworks": [)" + frameworkWith(R"("uuid": 5, "name": "Tiny", )") + "]")}},
                SAYS(S("x.json: frameworks[0].uuid"))},
        Hostile{"FrameworkTwice", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", exportWith(R"("frameworks": [)" + frameworkWith(R"("name": "Tiny", )") + "," + frameworkWith(R"("name": "Other", )") + "]")}},
                SAYS(S("x.json: frameworks[1].slug"), S("tiny"))}),
    caseName);

// Item 8: QJsonDocument keeps the last of two equal keys; Ladder refuses them.
INSTANTIATE_TEST_SUITE_P(
    DuplicateKeys, HostileImport,
    ::testing::Values(
        Hostile{"InAWin", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", winWith(R"("starred": true, "starred": false)")}},
                SAYS(S("x.json: wins[0].starred: duplicate key"))},
        Hostile{"InAWinSpeltWithEscapes", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", winWith(R"("body": "a", "b\u006fdy": "b")")}}, SAYS(S("x.json: wins[0].body: duplicate key"))},
        Hostile{"AtTheTop", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", R"({"format": "ladder-export", "version": 1, "version": 1})"}},
                SAYS(S("x.json: version: duplicate key"))},
        Hostile{"TwoWinsLists", ARGS(S("import"), S("%DIR%/x.json")), {{"x.json", exportWith(R"("wins": [], "wins": [])")}},
                SAYS(S("x.json: wins: duplicate key"))},
        Hostile{"InAGoalsMilestone", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", goalWith(R"("title": "t", "milestones": [{"text": "a", "text": "b"}])")}},
                SAYS(S("x.json: goals[0].milestones[0].text: duplicate key"))},
        Hostile{"InSettings", ARGS(S("import"), S("%DIR%/x.json")),
                {{"x.json", exportWith(R"("settings": {"user-name": "a", "user-name": "b"})")}}, SAYS(S("x.json: settings.user-name: duplicate key"))},
        Hostile{"InAFrameworkFile", ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                {{"f.json", frameworkWith(R"("name": "Tiny", "name": "Other", )")}}, SAYS(S("f.json: name: duplicate key"))},
        Hostile{"InAnExpectation", ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                {{"f.json", R"({"format": "ladder-framework", "version": 1, "slug": "tiny", "name": "T", "levels": [{"slug": "junior", "name": "J"}],
                   "categories": [{"slug": "craft", "name": "Craft", "skills": [{"slug": "testing", "name": "Testing",
                   "expectations": {"junior": {"proficiency": 1, "proficiency": 4}}}]}]})"}},
                SAYS(S("f.json: categories[0].skills[0].expectations.junior.proficiency: duplicate key"))}),
    caseName);

INSTANTIATE_TEST_SUITE_P(
    FrameworkFields, HostileImport,
    ::testing::Values(
        Hostile{"UuidANumber", ARGS(S("framework"), S("import"), S("%DIR%/f.json")), {{"f.json", frameworkWith(R"("uuid": 5, "name": "Tiny", )")}},
                SAYS(S("f.json: uuid"))},
        Hostile{"UuidNotAUuid", ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                {{"f.json", frameworkWith(R"("uuid": "nope", "name": "Tiny", )")}}, SAYS(S("f.json: uuid"), S("'nope'"))},
        Hostile{"NameWithANewline", ARGS(S("framework"), S("import"), S("%DIR%/f.json")), {{"f.json", frameworkWith(R"("name": "Ti\nny", )")}},
                SAYS(S("f.json: name"))},
        Hostile{"LevelNameWithAnEscape", ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                {{"f.json", frameworkWith(R"("name": "Tiny", )", R"(Jun\u001b]0;x\u0007ior)")}}, SAYS(S("f.json: levels[0].name"))},
        Hostile{"SkillNameWithANewline", ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                {{"f.json", frameworkWith(R"("name": "Tiny", )", "Junior", R"(Test\ning)")}}, SAYS(S("f.json: categories[0].skills[0].name"))},
        Hostile{"VersionAText", ARGS(S("framework"), S("import"), S("%DIR%/f.json")),
                {{"f.json", R"({"format": "ladder-framework", "version": "1", "slug": "tiny", "name": "T", "levels": [{"slug": "junior", "name": "J"}], "categories": []})"}},
                SAYS(S("f.json: version: must be the number 1, not '1'"))},
        Hostile{"TwentyThousandLevels", ARGS(S("framework"), S("import"), S("%DIR%/f.json")), {{"f.json", frameworkWithLevels(20000)}},
                SAYS(S("f.json: levels"), S("at most"))}),
    caseName);

// Item 11: whatever the input, at most its limit is read.
INSTANTIATE_TEST_SUITE_P(
    Unbounded, HostileImport,
    ::testing::Values(
        Hostile{"ImportDevZero", ARGS(S("import"), S("/dev/zero")), {}, SAYS(S("zero"))},
        Hostile{"ImportDevUrandom", ARGS(S("import"), S("/dev/urandom")), {}, SAYS(S("urandom"))},
        Hostile{"FrameworkImportDevZero", ARGS(S("framework"), S("import"), S("/dev/zero")), {}, SAYS(S("zero"))},
        Hostile{"FrameworkImportDevUrandom", ARGS(S("framework"), S("import"), S("/dev/urandom")), {}, SAYS(S("urandom"))},
        Hostile{"ImportHugeFile", ARGS(S("import"), S("%DIR%/huge.json")), {{"huge.json", "<sparse 1073741825>"}},
                SAYS(S("huge.json"), S("1 GiB"))},
        Hostile{"FrameworkImportHugeFile", ARGS(S("framework"), S("import"), S("%DIR%/huge.json")), {{"huge.json", "<sparse 16777217>"}},
                SAYS(S("huge.json"), S("16 MiB"))},
        Hostile{"ImportEndlessPipe", ARGS(S("import"), S("/dev/stdin")), {}, SAYS(S("stdin")), QByteArray(4 << 20, 'y')},
        Hostile{"FrameworkImportLongPipe", ARGS(S("framework"), S("import"), S("/dev/stdin")), {}, SAYS(S("stdin"), S("16 MiB")),
                "{\"name\": \"" + QByteArray(17 << 20, 'y')},
        Hostile{"ImportAFolder", ARGS(S("import"), S("%DIR%")), {}, SAYS(S("%DIR%"), S("folder"))},
        Hostile{"FrameworkImportAFolder", ARGS(S("framework"), S("import"), S("%DIR%")), {}, SAYS(S("%DIR%"), S("folder"))},
        Hostile{"WinAddLongStandardInput", ARGS(S("win"), S("add")), {}, SAYS(S("standard input"), S("16 MiB")),
                "A title\n" + QByteArray(17 << 20, 'b')}),
    caseName);

// Item 15: lists that grew quadratically have a limit, refused at once.
INSTANTIATE_TEST_SUITE_P(
    Quadratic, HostileImport,
    ::testing::Values(
        Hostile{"WinAddManyTagOptions", tagOptions(5000), {}, SAYS(S("tags"), S("at most 100"))},
        Hostile{"WinAddManyHashTags", ARGS(S("win"), S("add")), {}, SAYS(S("tags"), S("at most 100")), hashTags(100000)}),
    caseName);

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
    writer.start(S("sh"), {S("-c"), S("printf '%s' '{\"format\": \"ladder-export\", \"version\": 1, \"wins\": [{\"date\": \"2026-01-02\", \"title\": 3}]}' > \"$1\""), S("sh"), fifo});
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
    const QByteArray file = exportWith(R"("wins": [{"uuid": "b0000000-0000-0000-0000-000000000001", "date": "2026-01-02", "title": ")"
                                       + QByteArray(500, 'x') + R"(", "body": "line one\nline two\ttab", "starred": true, "tags": [)" + tags + "]}]");
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
